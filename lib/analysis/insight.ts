import { z } from "zod";
import { InsightTypeSchema } from "../privacy/analysis-request";

/** The insight model of the original design: one card in the copilot panel. */
export const InsightSchema = z.object({
  id: z.string(),
  type: InsightTypeSchema,
  priority: z.enum(["high", "medium", "low"]),
  title: z.string(),
  content: z.string(),
  source: z.enum(["local", "model"]),
  /** The final segment it refers to (for "jump to the transcript moment"). */
  segmentId: z.string(),
  /** Milliseconds into the interview. */
  atMs: z.number().nonnegative(),
});
export type Insight = z.infer<typeof InsightSchema>;
export type InsightDraft = Omit<Insight, "id" | "source" | "segmentId" | "atMs">;

const PRIORITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/** High priority first; within a priority, the newest first. */
export function sortInsights<T extends Pick<Insight, "priority" | "atMs">>(insights: readonly T[]): T[] {
  return [...insights].sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || b.atMs - a.atMs);
}
