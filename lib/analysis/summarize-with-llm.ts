/**
 * Server side of the debrief's summary: one chunk of a finished interview, one streamed chat completion
 * with structured output, within the same limits as the live analysis (withModel). The reply is read
 * whole, clipped to the schema's bounds (a model that writes a long sentence is not a failure) and
 * validated; anything else is malformed output.
 */
import type OpenAI from "openai";
import { SummaryChunkSchema, type AnalysisRequest, type SummaryChunk } from "../privacy/analysis-request";
import { MalformedModelOutput, streamJson, withModel, type Forwarded } from "./analyze-with-llm";
import { languageInstruction, userMessage } from "./prompt";
import type { LlmConfig } from "./server-config";
import { SUMMARY_JSON_SCHEMA, SUMMARY_SYSTEM_PROMPT } from "./summary-prompt";

const clip = (value: unknown, chars: number): unknown =>
  typeof value === "string" && value.length > chars ? `${value.slice(0, chars - 1)}…` : value;
const first = (value: unknown, n: number): unknown[] => (Array.isArray(value) ? value.slice(0, n) : []);
const asRecord = (value: unknown): Record<string, unknown> =>
  value && typeof value === "object" ? (value as Record<string, unknown>) : {};

/** The model's JSON held to the schema's bounds: long strings cut, long lists shortened. */
export function parseSummaryChunk(text: string): SummaryChunk {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new MalformedModelOutput("the model's summary is not valid JSON");
  }
  const o = asRecord(raw);
  const bounded = {
    overview: clip(o.overview, 1_500),
    evidence: first(o.evidence, 40).map((item) => {
      const e = asRecord(item);
      return { ...e, competency: clip(e.competency, 300), point: clip(e.point, 500), segment: clip(e.segment, 200) };
    }),
    openQuestions: first(o.openQuestions, 20).map((item) => {
      const q = asRecord(item);
      return { ...q, competency: clip(q.competency, 300), question: clip(q.question, 500) };
    }),
  };
  const parsed = SummaryChunkSchema.safeParse(bounded);
  if (!parsed.success) throw new MalformedModelOutput("the model's summary does not match the summary schema");
  return parsed.data;
}

async function streamSummary(
  client: OpenAI,
  request: AnalysisRequest,
  config: LlmConfig,
  signal: AbortSignal,
  onChunk: () => void,
): Promise<SummaryChunk> {
  let text = "";
  for await (const part of streamJson(
    client,
    config,
    SUMMARY_SYSTEM_PROMPT + languageInstruction(request.language),
    userMessage(request),
    "summary",
    SUMMARY_JSON_SCHEMA,
    signal,
    onChunk,
  ))
    text += part;
  return parseSummaryChunk(text);
}

/** One chunk's summary (evidence, open questions, overview), from the model within its time limits. */
export async function summarizeWithLlm(
  request: AnalysisRequest,
  config: LlmConfig,
  forwarded: Forwarded[] = [],
  signal?: AbortSignal,
): Promise<SummaryChunk> {
  let result: SummaryChunk | null = null;
  await withModel(
    config,
    async (client, aborted, onChunk) => {
      result = await streamSummary(client, request, config, aborted, onChunk);
    },
    forwarded,
    signal,
  );
  if (!result) throw new MalformedModelOutput("the model sent no summary");
  return result;
}
