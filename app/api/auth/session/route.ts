/** Who is signed in (a name only), or 401 sign_in_required when organisation mode needs a sign-in. */
import { currentDeployment } from "../../../../lib/server/auth/authenticate";
import { whoIsSignedIn } from "../../../../lib/server/auth/sign-in-routes";
import { failureResponse } from "../../../../lib/server/route-failure";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return failureResponse(async () => whoIsSignedIn(currentDeployment(), request));
}
