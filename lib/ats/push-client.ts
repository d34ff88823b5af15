/**
 * The device's door to the ATS: the approved debrief, exactly as previewed, to the organisation's
 * server (never to a vendor: the browser's CSP allows only this origin, and the credentials live on
 * the server). Real names go this way by design, the ATS being the organisation's system of record;
 * audio and unpreviewed text never do. Every request, and what the server sent the ATS, is recorded in
 * the same outbound log as the analysis requests, before it is known whether it arrived.
 */
import { ATS_WORDS, CopilotError, fromRouteError } from "../errors";
import type { OutboundRecord } from "../privacy/analysis-client";
import { AtsPushAnswerSchema, ATS_PUSH_ROUTE, TRANSIENT_ATS_CODES, type AtsPushRequest } from "./protocol";
import type { AttemptOutcome } from "./outbox";

export interface AtsPushClientOptions {
  endpoint?: string;
  fetch: typeof fetch;
  record: (entry: OutboundRecord) => void | Promise<void>;
  timeoutMs?: number;
}

export class AtsPushClient {
  constructor(private readonly o: AtsPushClientOptions) {}

  /** One attempt: sent, later (worth retrying) or failed (needs a person). Never throws for the ATS's answer. */
  async push(request: AtsPushRequest): Promise<AttemptOutcome> {
    const endpoint = this.o.endpoint ?? ATS_PUSH_ROUTE;
    const body = JSON.stringify(request);
    await this.o.record({
      at: new Date().toISOString(),
      destination: `ATS push: ${request.connector} (${endpoint})`,
      body,
    });
    let response: Response;
    try {
      response = await this.o.fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 30_000),
      });
    } catch {
      return { kind: "later", code: "ats_unreachable", message: "The organisation's server could not be reached." };
    }
    const parsed = AtsPushAnswerSchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success)
      return {
        kind: "later",
        code: "ats_unreachable",
        message: `The server answered ${response.status} without a reason.`,
      };
    const answer = parsed.data;
    for (const hop of answer.forwarded)
      await this.o.record({ at: new Date().toISOString(), destination: hop.destination, body: hop.body });
    if ("ok" in answer) return { kind: "sent", externalId: answer.result.externalId, url: answer.result.url };
    const words = fromRouteError(answer.error).message;
    if (TRANSIENT_ATS_CODES.has(answer.error) || answer.error === "rate_limited")
      return { kind: "later", code: answer.error, message: words, retryAfterS: answer.retryAfterS ?? null };
    return { kind: "failed", code: answer.error, message: words };
  }
}

/** For callers that want a thrown error (the CLI): an outcome that did not send, as a CopilotError. */
export function throwUnlessSent(outcome: AttemptOutcome): Extract<AttemptOutcome, { kind: "sent" }> {
  if (outcome.kind === "sent") return outcome;
  const code = outcome.code in ATS_WORDS ? (outcome.code as keyof typeof ATS_WORDS) : "ats_unreachable";
  throw new CopilotError({ code, message: outcome.message });
}
