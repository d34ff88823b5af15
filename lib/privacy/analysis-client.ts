/**
 * THE ONE DOOR OUT. The only module that sends anything off the device. It accepts only ScrubbedText
 * (a type only the scrubber can produce, checked again at runtime), sends it to the one configured
 * endpoint, and records every payload, byte for byte, in the outbound log the user can open.
 */
import { CopilotError } from "../errors";
import { AnalysisRouteReplySchema, type AnalysisReply, type AnalysisRequest } from "./analysis-request";
import { isScrubbed, type ScrubbedText } from "./scrubber";

export interface OutboundRecord {
  at: string;
  destination: string;
  /** Exactly the request body that left the device. */
  body: string;
}

export interface ScrubbedAnalysisInput {
  window: ScrubbedText;
  question?: ScrubbedText;
  role?: ScrubbedText;
  jobDescription?: ScrubbedText;
  questionPlan?: ScrubbedText[];
}

export interface AnalysisClientOptions {
  /** The single allowed destination (the app's own analysis route, which holds the API key). */
  endpoint: string;
  fetch: typeof fetch;
  record: (entry: OutboundRecord) => void | Promise<void>;
  timeoutMs?: number;
}

function require(value: unknown, field: string): string {
  if (!isScrubbed(value)) {
    throw new CopilotError({
      code: "unscrubbed_text",
      message: `refused to send "${field}": it did not come from the scrubber, so it may contain personal data`,
    });
  }
  return value.text;
}

export class AnalysisClient {
  constructor(private readonly o: AnalysisClientOptions) {}

  async analyze(input: ScrubbedAnalysisInput): Promise<AnalysisReply> {
    const request: AnalysisRequest = { window: require(input.window, "window") };
    if (input.question !== undefined) request.question = require(input.question, "question");
    if (input.role !== undefined) request.role = require(input.role, "role");
    if (input.jobDescription !== undefined) request.jobDescription = require(input.jobDescription, "jobDescription");
    if (input.questionPlan !== undefined)
      request.questionPlan = input.questionPlan.map((q, i) => require(q, `questionPlan[${i}]`));
    const body = JSON.stringify(request);
    // Logged before sending: what may have left the device is always in the log.
    await this.o.record({ at: new Date().toISOString(), destination: this.o.endpoint, body });
    let response: Response;
    try {
      response = await this.o.fetch(this.o.endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        signal: AbortSignal.timeout(this.o.timeoutMs ?? 20_000),
      });
    } catch (error) {
      throw new CopilotError({
        code: "analysis_failed",
        message: `the analysis service did not answer (${(error as Error).message})`,
      });
    }
    if (response.status === 503) {
      throw new CopilotError({
        code: "analysis_unavailable",
        message: "No language model is configured on the server.",
      });
    }
    if (!response.ok)
      throw new CopilotError({ code: "analysis_failed", message: `the analysis service answered ${response.status}` });
    const parsed = AnalysisRouteReplySchema.safeParse(await response.json().catch(() => null));
    if (!parsed.success) {
      throw new CopilotError({ code: "analysis_failed", message: "the analysis service sent a malformed reply" });
    }
    // The server forwarded our scrubbed text to the model host: that hop is logged too.
    for (const hop of parsed.data.forwarded) {
      await this.o.record({ at: new Date().toISOString(), destination: hop.destination, body: hop.body });
    }
    return { insights: parsed.data.insights };
  }
}
