import { AtsPushRequestSchema } from "../../../../lib/ats/protocol";
import { ATS_BODY_LIMIT, atsFailure, chargeAtsCall } from "../../../../lib/ats/route-helpers";
import { pushDebrief } from "../../../../lib/ats/server";
import { authenticate } from "../../../../lib/server/auth/authenticate";
import { readBoundedJson, RouteFailure } from "../../../../lib/server/request-guard";
import { serverPolicy } from "../../../../lib/vault/server-policy";

export const dynamic = "force-dynamic";

/**
 * Relays the device's approved debrief to the ATS, once per idempotency key. Answers
 * `{ok, result, forwarded}` or `{error, retryAfterS?, forwarded}`; `forwarded` is exactly what the
 * server sent the ATS, for the device's "what left this device".
 */
export async function POST(request: Request): Promise<Response> {
  const forwarded: { destination: string; body: string }[] = [];
  try {
    const caller = await authenticate(request);
    const raw = await readBoundedJson(request, ATS_BODY_LIMIT);
    await chargeAtsCall(caller.id);
    const parsed = AtsPushRequestSchema.safeParse(raw);
    if (!parsed.success) throw new RouteFailure(400, "invalid_request");
    const result = await pushDebrief(parsed.data, { policy: await serverPolicy(), env: process.env }, forwarded);
    return Response.json({ ok: true, result, forwarded }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return atsFailure(error, forwarded);
  }
}
