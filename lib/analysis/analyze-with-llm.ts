/**
 * Server side of analysis: one streamed chat completion with structured output through the official
 * openai SDK, against OpenAI or any compatible endpoint. The SDK retries 429, 5xx and timeouts with
 * exponential backoff and jitter. Each insight is handed on as soon as it is complete; the exact request
 * body sent to the model host is kept so the device can show it in "what left this device".
 */
import OpenAI from "openai";
import type { AnalysisRequest, ModelInsight } from "../privacy/analysis-request";
import { InsightStreamParser } from "./insight-stream";
import { INSIGHTS_JSON_SCHEMA, SYSTEM_PROMPT, userMessage } from "./prompt";
import type { LlmConfig } from "./server-config";

export interface Forwarded {
  destination: string;
  body: string;
}

export class MalformedModelOutput extends Error {}

export const MAX_RETRIES = 2;

export async function analyzeWithLlm(
  request: AnalysisRequest,
  config: LlmConfig,
  onInsight: (insight: ModelInsight) => void,
  forwarded: Forwarded[] = [],
): Promise<void> {
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    timeout: config.timeoutMs,
    maxRetries: MAX_RETRIES,
    fetch: async (input, init) => {
      forwarded.push({ destination: String(input), body: typeof init?.body === "string" ? init.body : "" });
      return fetch(input, init);
    },
  });
  const stream = await client.chat.completions.create({
    model: config.model,
    temperature: 0.2,
    stream: true,
    messages: [
      { role: "system", content: SYSTEM_PROMPT },
      { role: "user", content: userMessage(request) },
    ],
    response_format: {
      type: "json_schema",
      json_schema: { name: "insights", strict: true, schema: INSIGHTS_JSON_SCHEMA },
    },
  });
  const parser = new InsightStreamParser();
  for await (const chunk of stream) {
    for (const insight of parser.push(chunk.choices[0]?.delta?.content ?? "")) onInsight(insight);
  }
  if (!parser.finish())
    throw new MalformedModelOutput("the model's reply is not valid JSON matching the insight schema");
}
