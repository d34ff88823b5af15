/** Starts sign-in: a redirect to the organisation's identity provider (organisation mode only). */
import { currentDeployment } from "../../../../lib/server/auth/authenticate";
import { startSignIn } from "../../../../lib/server/auth/sign-in-routes";
import { failureResponse } from "../../../../lib/server/route-failure";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return failureResponse(async () => startSignIn(currentDeployment()));
}
