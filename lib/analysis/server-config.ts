/** Server-only configuration of the language model. The key never leaves the server. */
export interface LlmConfig {
  apiKey: string;
  baseURL: string | undefined;
  model: string;
  timeoutMs: number;
}

export const DEFAULT_LLM_MODEL = "gpt-4o-mini";

export function llmConfig(env: Record<string, string | undefined> = process.env): LlmConfig | null {
  const apiKey = env.COPILOT_LLM_API_KEY ?? env.OPENAI_API_KEY;
  if (!apiKey) return null;
  return {
    apiKey,
    baseURL: env.COPILOT_LLM_BASE_URL ?? env.OPENAI_BASE_URL,
    model: env.COPILOT_LLM_MODEL ?? DEFAULT_LLM_MODEL,
    timeoutMs: Number(env.COPILOT_LLM_TIMEOUT_MS ?? 15_000),
  };
}
