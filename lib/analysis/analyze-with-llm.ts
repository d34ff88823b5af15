/**
 * Server side of analysis: one streamed chat completion with structured output through the official
 * openai SDK, against OpenAI or any compatible endpoint. The SDK retries 429, 5xx and timeouts with
 * exponential backoff and jitter. Each insight is handed on as soon as it is complete; the exact request
 * body sent to the model host is kept so the device can show it in "what left this device".
 */
import OpenAI from "openai";
import type { AnalysisRequest, ModelInsight } from "../privacy/analysis-request";
import { InsightStreamParser } from "./insight-stream";
import { INSIGHTS_JSON_SCHEMA, systemPromptFor, userMessage } from "./prompt";
import type { LlmConfig } from "./server-config";

export interface Forwarded {
  destination: string;
  body: string;
}

export class MalformedModelOutput extends Error {}
/** The model passed the deadline, or stalled between chunks. */
export class ModelTimeout extends Error {}

export const MAX_RETRIES = 2;
/** The most reply text buffered from one call (characters): 20 insights of 1,200 characters fit. */
export const OUTPUT_CHAR_LIMIT = 64 * 1024;

/** One model call: the SDK client, the abort signal it must honour, and a hook to call on every chunk. */
export type ModelCall = (client: OpenAI, signal: AbortSignal, onChunk: () => void) => Promise<void>;

/**
 * Runs one model call within its limits. `signal`: the caller went away (the browser disconnected): the
 * call is aborted. It also ends at the configured deadline, and when the model sends nothing for
 * `chunkTimeoutMs`. Every request body sent to the model host is pushed to `forwarded`.
 */
export async function withModel(
  config: LlmConfig,
  call: ModelCall,
  forwarded: Forwarded[] = [],
  signal?: AbortSignal,
): Promise<void> {
  const abort = new AbortController();
  let timedOut = false;
  const stop = (why: "deadline" | "stalled" | "caller") => {
    timedOut ||= why !== "caller";
    abort.abort();
  };
  const onCallerGone = () => stop("caller");
  signal?.addEventListener("abort", onCallerGone);
  if (signal?.aborted) stop("caller");
  const deadline = setTimeout(() => stop("deadline"), config.deadlineMs);
  let idle = setTimeout(() => stop("stalled"), config.chunkTimeoutMs);
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    timeout: config.timeoutMs,
    maxRetries: MAX_RETRIES,
    fetch: async (input, init) => {
      // Callers see a label of the destination, never its URL.
      forwarded.push({ destination: config.label, body: typeof init?.body === "string" ? init.body : "" });
      return fetch(input, init);
    },
  });
  try {
    await call(client, abort.signal, () => {
      clearTimeout(idle);
      idle = setTimeout(() => stop("stalled"), config.chunkTimeoutMs);
    });
  } catch (error) {
    if (timedOut) throw new ModelTimeout(`the model did not finish within its time limits`);
    throw error;
  } finally {
    clearTimeout(deadline);
    clearTimeout(idle);
    signal?.removeEventListener("abort", onCallerGone);
  }
}

/** The live insights for one window, each handed on as soon as it is complete. */
export async function analyzeWithLlm(
  request: AnalysisRequest,
  config: LlmConfig,
  onInsight: (insight: ModelInsight) => void,
  forwarded: Forwarded[] = [],
  signal?: AbortSignal,
): Promise<void> {
  await withModel(
    config,
    (client, aborted, onChunk) => streamInsights(client, request, config, onInsight, aborted, onChunk),
    forwarded,
    signal,
  );
}

async function streamInsights(
  client: OpenAI,
  request: AnalysisRequest,
  config: LlmConfig,
  onInsight: (insight: ModelInsight) => void,
  signal: AbortSignal,
  onChunk: () => void,
): Promise<void> {
  const parser = new InsightStreamParser();
  for await (const text of streamJson(
    client,
    config,
    systemPromptFor(request),
    userMessage(request),
    "insights",
    INSIGHTS_JSON_SCHEMA,
    signal,
    onChunk,
  ))
    for (const insight of parser.push(text)) onInsight(insight);
  if (!parser.finish())
    throw new MalformedModelOutput("the model's reply is not valid JSON matching the insight schema");
}

/**
 * One streamed chat completion with a strict JSON schema: yields the reply's text as it comes, calls
 * `onChunk` on every chunk (the stall timer), and refuses a reply longer than any valid one.
 */
export async function* streamJson(
  client: OpenAI,
  config: LlmConfig,
  system: string,
  user: string,
  schemaName: string,
  schema: Record<string, unknown>,
  signal: AbortSignal,
  onChunk: () => void,
): AsyncGenerator<string> {
  const stream = await client.chat.completions.create(
    {
      model: config.model,
      temperature: 0.2,
      max_completion_tokens: config.maxOutputTokens,
      stream: true,
      messages: [
        { role: "system", content: system },
        { role: "user", content: user },
      ],
      response_format: { type: "json_schema", json_schema: { name: schemaName, strict: true, schema } },
    },
    { signal },
  );
  let buffered = 0;
  for await (const chunk of stream) {
    onChunk();
    const text = chunk.choices[0]?.delta?.content ?? "";
    buffered += text.length;
    if (buffered > OUTPUT_CHAR_LIMIT) throw new MalformedModelOutput("the model's reply is longer than any valid one");
    yield text;
  }
}
