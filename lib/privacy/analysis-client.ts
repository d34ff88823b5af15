/**
 * THE ONE DOOR OUT. The only module that sends anything off the device. It accepts only ScrubbedText
 * (a type only the scrubber can produce, checked again at runtime), sends it to the one configured
 * endpoint, and records every payload, byte for byte, in the outbound log the user can open.
 */
import { CopilotError } from "../errors";
import {
  AnalysisRouteLineSchema,
  type AnalysisReply,
  type AnalysisRequest,
  type ModelInsight,
} from "./analysis-request";
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

  /** Sends one window; `onInsight` sees each insight as it streams in. */
  async analyze(
    input: ScrubbedAnalysisInput,
    onInsight: (insight: ModelInsight) => void = () => {},
  ): Promise<AnalysisReply> {
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
    if (response.status === 403) {
      throw new CopilotError({
        code: "analysis_not_allowed",
        message: "The organisation's policy does not allow this analysis endpoint.",
      });
    }
    if (!response.ok || !response.body) {
      const detail = (await response.json().catch(() => null)) as { error?: string; forwarded?: unknown } | null;
      await this.logForwarded(detail?.forwarded);
      throw new CopilotError({
        code: "analysis_failed",
        message:
          detail?.error === "malformed_model_output"
            ? "the language model sent a malformed reply"
            : `the analysis service answered ${response.status}`,
      });
    }
    const insights: ModelInsight[] = [];
    let ended: { error?: string } | null = null;
    for await (const raw of lines(response.body)) {
      let parsed;
      try {
        parsed = AnalysisRouteLineSchema.safeParse(JSON.parse(raw));
      } catch {
        parsed = null;
      }
      if (!parsed?.success)
        throw new CopilotError({ code: "analysis_failed", message: "the analysis service sent a malformed reply" });
      const line = parsed.data;
      if ("insight" in line) {
        insights.push(line.insight);
        onInsight(line.insight);
      } else {
        // The server forwarded our scrubbed text to the model host: that hop is logged too.
        await this.logForwarded(line.forwarded);
        ended = "error" in line ? { error: line.error } : {};
      }
    }
    if (!ended) throw new CopilotError({ code: "analysis_failed", message: "the analysis stream ended early" });
    if (ended.error)
      throw new CopilotError({ code: "analysis_failed", message: "the language model sent a malformed reply" });
    return { insights };
  }

  private async logForwarded(forwarded: unknown): Promise<void> {
    if (!Array.isArray(forwarded)) return;
    for (const hop of forwarded as { destination?: unknown; body?: unknown }[]) {
      if (typeof hop.destination === "string" && typeof hop.body === "string") {
        await this.o.record({ at: new Date().toISOString(), destination: hop.destination, body: hop.body });
      }
    }
  }
}

async function* lines(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const reader = body.getReader();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (value) buffer += decoder.decode(value, { stream: true });
    let newline = buffer.indexOf("\n");
    while (newline >= 0) {
      const line = buffer.slice(0, newline).trim();
      buffer = buffer.slice(newline + 1);
      if (line) yield line;
      newline = buffer.indexOf("\n");
    }
    if (done) break;
  }
  if (buffer.trim()) yield buffer.trim();
}
