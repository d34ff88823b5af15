/** Where the identity provider sends the browser back: checks its answer and sets the session cookie. */
import { currentDeployment } from "../../../../lib/server/auth/authenticate";
import { finishSignIn } from "../../../../lib/server/auth/sign-in-routes";
import { failureResponse } from "../../../../lib/server/route-failure";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  return failureResponse(async () => finishSignIn(currentDeployment(), request));
}
