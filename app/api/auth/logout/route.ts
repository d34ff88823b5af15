/** Signs out: the session cookie is cleared (from this app's own pages only). */
import { signOut } from "../../../../lib/server/auth/sign-in-routes";
import { failureResponse } from "../../../../lib/server/route-failure";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  return failureResponse(async () => signOut(request));
}
