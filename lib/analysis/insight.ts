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
  /** Which local check raised it (for evaluation and `copilot analyze --json`). */
  check: z.string().optional(),
  /** Other segments it rests on (an earlier claim it contradicts), each a jump target. */
  relatedSegmentIds: z.array(z.string()).optional(),
});
export type Insight = z.infer<typeof InsightSchema>;
export type InsightDraft = Omit<Insight, "id" | "source" | "segmentId" | "atMs" | "check" | "relatedSegmentIds"> & {
  check?: string;
  relatedSegmentIds?: string[];
};

const PRIORITY_RANK = { high: 0, medium: 1, low: 2 } as const;

/** High priority first; within a priority, the newest first. */
export function sortInsights<T extends Pick<Insight, "priority" | "atMs">>(insights: readonly T[]): T[] {
  return [...insights].sort((a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || b.atMs - a.atMs);
}

type Comparable = Pick<Insight, "type" | "title" | "content">;
const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** The same suggestion from a later window, in (nearly) the same words, is shown once. */
export function nearDuplicate(a: Comparable, b: Comparable): boolean {
  if (a.type !== b.type) return false;
  const x = words(`${a.title} ${a.content}`);
  const y = words(`${b.title} ${b.content}`);
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.max(1, new Set([...x, ...y]).size) >= 0.8;
}
