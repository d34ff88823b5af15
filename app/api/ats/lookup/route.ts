import { AtsLookupRequestSchema } from "../../../../lib/ats/protocol";
import { atsFailure, chargeAtsCall } from "../../../../lib/ats/route-helpers";
import { lookupRecord } from "../../../../lib/ats/server";
import { authenticate } from "../../../../lib/server/auth/authenticate";
import { readBoundedJson, RouteFailure } from "../../../../lib/server/request-guard";
import { serverPolicy } from "../../../../lib/vault/server-policy";

export const dynamic = "force-dynamic";

/** The ATS record a push will land on: its id, whose it is and its link, so the interviewer can confirm it. */
export async function POST(request: Request): Promise<Response> {
  try {
    const caller = await authenticate(request);
    const raw = await readBoundedJson(request, 4 * 1024);
    await chargeAtsCall(caller.id);
    const parsed = AtsLookupRequestSchema.safeParse(raw);
    if (!parsed.success) throw new RouteFailure(400, "invalid_request");
    const found = await lookupRecord(parsed.data.connector, parsed.data.record, {
      policy: await serverPolicy(),
      env: process.env,
    });
    return Response.json({ ok: true, ...found }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return atsFailure(error);
  }
}
