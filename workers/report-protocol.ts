/** The report worker's typed protocol: the debrief of one stored session, computed off the main thread. */
import type { InterviewAnalytics } from "../lib/analytics/analyze";
import type { LocalSummary } from "../lib/analytics/summary";
import type { DebriefInput } from "../lib/session/exports";

export type { DebriefInput };

export interface Debrief {
  analytics: InterviewAnalytics;
  summary: LocalSummary;
}

export interface ReportWorkerApi {
  debrief(input: DebriefInput): Promise<Debrief>;
}
