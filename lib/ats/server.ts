/**
 * The server's side of an ATS push: which connectors this deployment has (credentials in its
 * environment, enabled by the organisation's policy), and the push itself: the record read from the
 * id or link, the key checked against the content, the transcript refused unless the policy allows it,
 * and one write per key (a push already made, or in flight, for the same key answers with the same
 * result; the connector also finds its own earlier write in the ATS after a restart).
 */
import type { OrganisationPolicy } from "../vault/policy";
import type { AtsConnector, AtsRecordInfo, AtsResult } from "./connector";
import { ashbyConnector } from "./connectors/ashby";
import { greenhouseConnector } from "./connectors/greenhouse";
import { leverConnector } from "./connectors/lever";
import { webhookConnector } from "./connectors/webhook";
import { ATS_CONNECTORS, type AtsConnectorId } from "./debrief";
import { AtsError, atsHttp, type AtsHttpOptions } from "./http";
import { pushKey } from "./idempotency";
import type { AtsPushRequest, AtsStatus } from "./protocol";

export const CONNECTORS: Record<AtsConnectorId, AtsConnector<never>> = {
  greenhouse: greenhouseConnector as AtsConnector<never>,
  lever: leverConnector as AtsConnector<never>,
  ashby: ashbyConnector as AtsConnector<never>,
  webhook: webhookConnector as AtsConnector<never>,
};

type Env = Record<string, string | undefined>;

/** A vendor's base URL: its public API unless the deployment points it elsewhere (a proxy, a test server). */
export function baseUrlOf(id: AtsConnectorId, env: Env): string {
  const override = env[`COPILOT_${id.toUpperCase()}_BASE_URL`]?.trim();
  return (override || CONNECTORS[id].defaultBaseUrl).replace(/\/+$/, "");
}

export function atsStatus(policy: OrganisationPolicy, env: Env): AtsStatus {
  return {
    connectors: ATS_CONNECTORS.map((id) => ({
      id,
      label: CONNECTORS[id].label,
      configured: CONNECTORS[id].credentials(env) !== null,
      enabled: policy.ats.connectors.includes(id),
      recordHint: CONNECTORS[id].recordHint,
    })),
    transcriptAllowed: policy.ats.includeTranscript,
  };
}

/** Pushes finished or in flight in this process, by key (bounded; the ATS check covers restarts). */
const done = new Map<string, Promise<AtsResult>>();
const DONE_LIMIT = 1_000;

/** What a restarted server process remembers: nothing (tests use it to show the ATS check alone). */
export function forgetPushes(): void {
  done.clear();
}

export interface PushOptions {
  policy: OrganisationPolicy;
  env: Env;
  http?: Omit<AtsHttpOptions, "label">;
}

function connectorFor(id: AtsConnectorId, options: PushOptions) {
  const connector = CONNECTORS[id];
  if (!options.policy.ats.connectors.includes(id)) throw new AtsError("ats_not_enabled");
  const credentials = connector.credentials(options.env);
  if (credentials === null) throw new AtsError("ats_not_configured");
  return (forwarded?: { destination: string; body: string }[]) => ({
    connector,
    ctx: {
      baseUrl: baseUrlOf(id, options.env),
      credentials,
      http: atsHttp({ ...options.http, forwarded, label: `${connector.label} (through the organisation's server)` }),
    },
  });
}

export async function lookupRecord(id: AtsConnectorId, record: string, options: PushOptions): Promise<AtsRecordInfo> {
  const { connector, ctx } = connectorFor(id, options)();
  const recordId = connector.parseRecord(record);
  if (!recordId) throw new AtsError("ats_invalid", null, `That is not a ${connector.recordHint.toLowerCase()}.`);
  return connector.lookup(ctx, recordId);
}

export async function pushDebrief(
  request: AtsPushRequest,
  options: PushOptions,
  forwarded: { destination: string; body: string }[] = [],
): Promise<AtsResult> {
  const open = connectorFor(request.connector, options);
  const { connector, ctx } = open(forwarded);
  if (request.debrief.transcript !== null && !options.policy.ats.includeTranscript)
    throw new AtsError("ats_not_enabled", null, "The transcript may not be sent to the ATS.");
  const recordId = connector.parseRecord(request.record);
  if (!recordId) throw new AtsError("ats_invalid", null, `That is not a ${connector.recordHint.toLowerCase()}.`);
  if ((await pushKey(request.connector, recordId, request.debrief)) !== request.key)
    throw new AtsError("ats_invalid", null, "The push's key does not match its content.");
  const earlier = done.get(request.key);
  if (earlier) return { ...(await earlier), existing: true };
  const write = connector.plan(request.debrief, recordId, request.key);
  const pushing = connector.push(ctx, recordId, write, request.key);
  done.set(request.key, pushing);
  if (done.size > DONE_LIMIT) done.delete(done.keys().next().value ?? "");
  try {
    return await pushing;
  } catch (error) {
    // A failed push may be tried again.
    done.delete(request.key);
    throw error;
  }
}
