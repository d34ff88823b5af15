/**
 * A model insight joins the cards already shown: dropped when it (nearly) repeats one, merged into the
 * local fact check about the same segment (one card per claim, the model's reason added), else added.
 */
import type { ModelInsight } from "../privacy/analysis-request";
import { nearDuplicate, sortInsights, type Insight } from "./insight";

const MODEL_AGREES = "The model also flags it:";

export function withModelInsight(
  shown: readonly Insight[],
  insight: ModelInsight,
  at: { segmentId: string; atMs: number; id: string },
): { insights: Insight[]; added: boolean } {
  if (shown.some((s) => nearDuplicate(s, insight))) return { insights: [...shown], added: false };
  const local =
    insight.type === "fact_check"
      ? shown.find((i) => i.source === "local" && i.type === "fact_check" && i.segmentId === at.segmentId)
      : undefined;
  if (local) {
    if (local.content.includes(MODEL_AGREES)) return { insights: [...shown], added: false };
    const merged = { ...local, content: `${local.content} ${MODEL_AGREES} ${insight.content}` };
    return { insights: shown.map((i) => (i.id === local.id ? merged : i)), added: false };
  }
  const card: Insight = {
    type: insight.type,
    priority: insight.priority,
    title: insight.title,
    content: insight.content,
    id: at.id,
    source: "model",
    segmentId: at.segmentId,
    atMs: at.atMs,
  };
  return { insights: sortInsights([...shown, card]), added: true };
}
