/** Asks the organisation's server whether model analysis is configured and allowed (parsed, never cast). */
import { AnalysisServerStatusSchema, type AnalysisServerStatus } from "./analysis-request";

export const ANALYZE_ROUTE = "/api/analyze";

/** The server's answer, "offline" when it cannot be reached, "invalid" when its answer is not one. */
export async function fetchAnalysisStatus(
  fetchFn: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<AnalysisServerStatus | "offline" | "invalid"> {
  let raw: unknown;
  try {
    raw = await (await fetchFn(ANALYZE_ROUTE)).json();
  } catch {
    return "offline";
  }
  const parsed = AnalysisServerStatusSchema.safeParse(raw);
  return parsed.success ? parsed.data : "invalid";
}
