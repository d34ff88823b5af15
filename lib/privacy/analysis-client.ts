/**
 * THE ONE DOOR OUT. The only module that sends anything off the device. It accepts only ScrubbedText
 * (a type only the scrubber can produce, checked again at runtime), sends it to the one configured
 * endpoint, and records every payload, byte for byte, in the outbound log the user can open.
 */
import { CopilotError, fromRouteError, type RouteErrorCode } from "../errors";
import {
  AnalysisRouteLineSchema,
  RouteErrorBodySchema,
  type AnalysisReply,
  type AnalysisRequest,
  type AnalysisRouteLine,
  type ModelInsight,
  type SummaryChunk,
} from "./analysis-request";
import { isScrubbed, type ScrubbedText } from "./scrubber";
import { LanguageSchema, type Language } from "../language";

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
  /** The interview's language (a code from a closed list, not free text: it needs no scrubbing). */
  language?: Language;
}

export interface ScrubbedSummaryInput extends ScrubbedAnalysisInput {
  competencies: ScrubbedText[];
  part: { index: number; of: number };
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
    const insights: ModelInsight[] = [];
    await this.exchange(this.requestOf(input), (line) => {
      if (!("insight" in line)) return;
      insights.push(line.insight);
      onInsight(line.insight);
    });
    return { insights };
  }

  /** Sends one chunk of a finished interview for the debrief's summary. */
  async summarize(input: ScrubbedSummaryInput): Promise<SummaryChunk> {
    const request: AnalysisRequest = { ...this.requestOf(input), task: "summary", part: input.part };
    request.competencies = input.competencies.map((c, i) => require(c, `competencies[${i}]`));
    let summary: SummaryChunk | null = null;
    await this.exchange(request, (line) => {
      if ("summary" in line) summary = line.summary;
    });
    if (!summary)
      throw new CopilotError({ code: "analysis_malformed", message: "The language model sent no summary." });
    return summary;
  }

  /** Every text field checked to come from the scrubber. */
  private requestOf(input: ScrubbedAnalysisInput): AnalysisRequest {
    const request: AnalysisRequest = { window: require(input.window, "window") };
    if (input.question !== undefined) request.question = require(input.question, "question");
    if (input.role !== undefined) request.role = require(input.role, "role");
    if (input.jobDescription !== undefined) request.jobDescription = require(input.jobDescription, "jobDescription");
    if (input.questionPlan !== undefined)
      request.questionPlan = input.questionPlan.map((q, i) => require(q, `questionPlan[${i}]`));
    if (input.language !== undefined) request.language = LanguageSchema.parse(input.language);
    return request;
  }

  /** Logs, sends and reads one request's streamed answer; `onLine` sees each line before the end. */
  private async exchange(request: AnalysisRequest, onLine: (line: AnalysisRouteLine) => void): Promise<void> {
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
    if (!response.ok || !response.body) {
      const raw: unknown = await response.json().catch(() => null);
      const parsed = RouteErrorBodySchema.safeParse(raw);
      if (!parsed.success) {
        throw new CopilotError({
          code: "analysis_failed",
          message: `the analysis service answered ${response.status} without a reason`,
        });
      }
      await this.logForwarded(parsed.data.forwarded);
      throw new CopilotError(fromRouteError(parsed.data.error, parsed.data.reason));
    }
    let ended: { error?: RouteErrorCode } | null = null;
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
      if ("done" in line || "error" in line) {
        // The server forwarded our scrubbed text to the model host: that hop is logged too.
        await this.logForwarded(line.forwarded);
        ended = "error" in line ? { error: line.error } : {};
      } else onLine(line);
    }
    if (!ended) throw new CopilotError({ code: "analysis_failed", message: "the analysis stream ended early" });
    if (ended.error) throw new CopilotError(fromRouteError(ended.error));
  }

  private async logForwarded(forwarded: readonly { destination: string; body: string }[]): Promise<void> {
    for (const hop of forwarded) {
      await this.o.record({ at: new Date().toISOString(), destination: hop.destination, body: hop.body });
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
