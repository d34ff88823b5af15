/**
 * One batch of segments through the privacy worker: the local analyzer's insights, plan coverage,
 * sentiment and model status, gathered into one state patch (a reopened two-hour session is hundreds
 * of segments: one render, not hundreds).
 */
import type * as Comlink from "comlink";
import type { Insight } from "../../lib/analysis/insight";
import { withModelInsight } from "../../lib/analysis/merge";
import type { ModelInsight } from "../../lib/privacy/analysis-request";
import type { TranscriptStore } from "../../lib/transcript/transcript-store";
import type { Segment } from "../../lib/transcript/segment";
import type { PrivacyWorkerApi } from "../../workers/privacy-protocol";
import type { AnalysisState } from "./analysis-state";

type FeedPatch = Pick<AnalysisState, "plan" | "nerModel" | "sentimentModel" | "modelProblems" | "sentiment"> &
  Partial<Pick<AnalysisState, "pseudonyms">> & {
    /** The local analyzer's insights for these segments (none when `show` is off). */
    fresh: Insight[];
  };

/** `show`: add the segments' local insights (a reopened session's are restored instead). */
export async function feedSegments(
  privacy: Comlink.Remote<PrivacyWorkerApi>,
  segments: readonly Segment[],
  state: AnalysisState,
  show: boolean,
): Promise<FeedPatch> {
  const patch: FeedPatch = {
    fresh: [],
    plan: state.plan,
    nerModel: state.nerModel,
    sentimentModel: state.sentimentModel,
    modelProblems: state.modelProblems,
    sentiment: state.sentiment,
  };
  for (const segment of segments) {
    const outcome = await privacy.addSegment(segment);
    patch.plan = outcome.plan;
    patch.nerModel = outcome.nerModel;
    patch.sentimentModel = outcome.sentimentModel;
    patch.modelProblems = outcome.problems;
    if (outcome.sentiment) patch.sentiment = [...patch.sentiment, outcome.sentiment];
    if (show) patch.fresh.push(...outcome.insights);
  }
  const pseudonyms = await privacy.pseudonyms();
  if (JSON.stringify(pseudonyms) !== JSON.stringify(state.pseudonyms)) patch.pseudonyms = pseudonyms;
  return patch;
}

/**
 * A streamed model insight against what is shown: a new card, one merged into a local card, or null
 * when it repeats a card. It rests on the segment the model cites (resolved on the device), else the
 * window's last; `addedTo` names that segment when a card was added.
 */
export function mergeModelInsight(
  known: readonly Insight[],
  insight: ModelInsight,
  lastSegmentId: string,
  transcript: TranscriptStore,
  modelCount: number,
): { insights: Insight[]; addedTo: string | null } | null {
  const segmentId = insight.segment ?? lastSegmentId;
  const atMs = transcript.get().segments.find((x) => x.id === segmentId)?.startMs ?? 0;
  const next = withModelInsight([...known], insight, { segmentId, atMs, id: `${segmentId}-m${modelCount + 1}` });
  const unchanged =
    !next.added && next.insights.length === known.length && next.insights.every((i, n) => i === known[n]);
  return unchanged ? null : { insights: next.insights, addedTo: next.added ? segmentId : null };
}
