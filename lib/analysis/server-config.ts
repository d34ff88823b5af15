/** Server-only configuration of the language model. The key never leaves the server. */
export interface LlmConfig {
  apiKey: string;
  baseURL: string | undefined;
  model: string;
  /** Per attempt (the SDK retries). */
  timeoutMs: number;
  /** The whole call, retries and streaming included. */
  deadlineMs: number;
  /** The longest silence between two streamed chunks before the model counts as stalled. */
  chunkTimeoutMs: number;
  /** `max_completion_tokens` on every call. */
  maxOutputTokens: number;
  /** What callers are told the destination is: a label, never the URL or its credentials. */
  label: string;
}

export const DEFAULT_LLM_MODEL = "gpt-4o-mini";

const positive = (raw: string | undefined, fallback: number) => {
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

export function llmConfig(env: Record<string, string | undefined> = process.env): LlmConfig | null {
  const apiKey = env.COPILOT_LLM_API_KEY ?? env.OPENAI_API_KEY;
  if (!apiKey) return null;
  const model = env.COPILOT_LLM_MODEL ?? DEFAULT_LLM_MODEL;
  return {
    apiKey,
    baseURL: env.COPILOT_LLM_BASE_URL ?? env.OPENAI_BASE_URL,
    model,
    timeoutMs: positive(env.COPILOT_LLM_TIMEOUT_MS, 15_000),
    deadlineMs: positive(env.COPILOT_LLM_DEADLINE_MS, 30_000),
    chunkTimeoutMs: positive(env.COPILOT_LLM_CHUNK_TIMEOUT_MS, 10_000),
    maxOutputTokens: positive(env.COPILOT_LLM_MAX_TOKENS, 1_200),
    label: env.COPILOT_LLM_LABEL ?? `the organisation's model (${model})`,
  };
}
