import { atsStatus } from "../../../lib/ats/server";
import { atsFailure } from "../../../lib/ats/route-helpers";
import { authenticate } from "../../../lib/server/auth/authenticate";
import { serverPolicy } from "../../../lib/vault/server-policy";

export const dynamic = "force-dynamic";

/** Which ATS connectors this server has (configured) and the policy allows (never a key or a URL). */
export async function GET(request: Request): Promise<Response> {
  try {
    await authenticate(request);
    return Response.json(atsStatus(await serverPolicy(), process.env), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return atsFailure(error);
  }
}
