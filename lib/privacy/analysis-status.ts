/** Asks the organisation's server whether model analysis is configured and allowed (parsed, never cast). */
import { AnalysisServerStatusSchema, type AnalysisServerStatus } from "./analysis-request";

export const ANALYZE_ROUTE = "/api/analyze";

/**
 * The server's answer: "offline" when it cannot be reached, "signed_out" when it needs a sign-in first
 * (organisation mode), "invalid" when its answer is not one.
 */
export async function fetchAnalysisStatus(
  fetchFn: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<AnalysisServerStatus | "offline" | "invalid" | "signed_out"> {
  let raw: unknown;
  let status: number;
  try {
    const response = await fetchFn(ANALYZE_ROUTE);
    status = response.status;
    raw = await response.json();
  } catch {
    return "offline";
  }
  if (status === 401 && (raw as { error?: unknown } | null)?.error === "sign_in_required") return "signed_out";
  const parsed = AnalysisServerStatusSchema.safeParse(raw);
  return parsed.success ? parsed.data : "invalid";
}
