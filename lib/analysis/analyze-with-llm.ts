/**
 * Server side of analysis: one chat completion with structured output through the official openai SDK,
 * against OpenAI or any compatible endpoint. Returns the validated insights and the exact request body
 * that went to the model host, so the device can show it in "what left this device".
 */
import OpenAI from "openai";
import { AnalysisReplySchema, type AnalysisReply, type AnalysisRequest } from "../privacy/analysis-request";
import { INSIGHTS_JSON_SCHEMA, SYSTEM_PROMPT, userMessage } from "./prompt";
import type { LlmConfig } from "./server-config";

export interface Forwarded {
  destination: string;
  body: string;
}

export class MalformedModelOutput extends Error {}

export async function analyzeWithLlm(
  request: AnalysisRequest,
  config: LlmConfig,
): Promise<AnalysisReply & { forwarded: Forwarded[] }> {
  const forwarded: Forwarded[] = [];
  const client = new OpenAI({
    apiKey: config.apiKey,
    baseURL: config.baseURL,
    timeout: config.timeoutMs,
    maxRetries: 2,
    fetch: async (input, init) => {
      forwarded.push({ destination: String(input), body: typeof init?.body === "string" ? init.body : "" });
      return fetch(input, init);
    },
  });
  const completion = await client.chat.completions.create({
    model: config.model,
    temperature: 0.2,
    messages: [
      { role: "system", content: SYSTEM_PROMPT },
      { role: "user", content: userMessage(request) },
    ],
    response_format: {
      type: "json_schema",
      json_schema: { name: "insights", strict: true, schema: INSIGHTS_JSON_SCHEMA },
    },
  });
  const content = completion.choices[0]?.message?.content ?? "";
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    throw new MalformedModelOutput("the model's reply is not JSON");
  }
  const parsed = AnalysisReplySchema.safeParse(json);
  if (!parsed.success) throw new MalformedModelOutput("the model's reply does not match the insight schema");
  return { ...parsed.data, forwarded };
}
