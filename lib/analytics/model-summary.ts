/**
 * The debrief's summary written by the language model: the interview is sent in chunks (each a normal,
 * scrubbed analysis request), and the chunks' answers are merged here, on the device, into one summary
 * per competency. Merging is ours, not the model's: every item keeps the segment it rests on, nothing
 * is sent a second time, and the merge is the same on every run.
 */
import { z } from "zod";
import type { SummaryChunk } from "../privacy/analysis-request";

export const ModelEvidenceSchema = z.object({
  segmentId: z.string(),
  atMs: z.number(),
  point: z.string().max(500),
});
export type ModelEvidence = z.infer<typeof ModelEvidenceSchema>;

export const ModelSummarySchema = z.object({
  createdAt: z.number(),
  /** How many requests it took (each one is in "what left this device"). */
  requests: z.number().int().min(1),
  /** One overview per chunk, in order, with the stretch of the interview it covers. */
  overview: z.array(z.object({ fromMs: z.number(), toMs: z.number(), text: z.string().max(1_500) })).max(500),
  competencies: z
    .array(
      z.object({
        competency: z.string().max(300),
        for: z.array(ModelEvidenceSchema).max(50),
        against: z.array(ModelEvidenceSchema).max(50),
        open: z.array(z.string().max(500)).max(50),
      }),
    )
    .max(100),
});
export type ModelSummary = z.infer<typeof ModelSummarySchema>;

/** One chunk's answer with what is needed to place it: its line references' segments and their times. */
export interface PlacedChunk {
  reply: SummaryChunk;
  /** refs[n - 1] is line Ln's segment id. */
  refs: readonly string[];
}

/** Items kept per competency and side, and open questions per competency. */
export const EVIDENCE_PER_SIDE = 6;
export const OPEN_PER_COMPETENCY = 5;

const key = (text: string) => text.trim().toLowerCase().replace(/\s+/g, " ");

/** The segment a reference names, or null: a summary item with a wrong reference is dropped, never misplaced. */
export function refSegment(ref: string, refs: readonly string[]): string | null {
  const n = /^\[?L(\d{1,4})\]?$/i.exec(ref.trim())?.[1];
  return n ? (refs[Number(n) - 1] ?? null) : null;
}

/**
 * Merges the chunks' answers: each competency's evidence in interview order (one item per segment and
 * side, at most EVIDENCE_PER_SIDE), its latest open questions without repeats, and the overviews in order.
 * A competency the model names that is not one of ours is dropped (it cannot be rated).
 */
export function mergeSummary(
  chunks: readonly PlacedChunk[],
  competencies: readonly string[],
  timeOf: (segmentId: string) => { startMs: number; endMs: number } | undefined,
  createdAt: number,
): ModelSummary {
  const byKey = new Map(competencies.map((c) => [key(c), c]));
  const merged = new Map(
    competencies.map((c) => [
      c,
      {
        for: new Map<string, ModelEvidence>(),
        against: new Map<string, ModelEvidence>(),
        open: new Map<string, string>(),
      },
    ]),
  );
  const overview: ModelSummary["overview"] = [];
  for (const { reply, refs } of chunks) {
    const times = refs.map(timeOf).filter((t) => t !== undefined);
    if (reply.overview.trim() && times.length > 0)
      overview.push({
        fromMs: Math.min(...times.map((t) => t.startMs)),
        toMs: Math.max(...times.map((t) => t.endMs)),
        text: reply.overview.trim(),
      });
    for (const e of reply.evidence) {
      const target = merged.get(byKey.get(key(e.competency)) ?? "");
      const segmentId = refSegment(e.segment, refs);
      const at = segmentId ? timeOf(segmentId) : undefined;
      if (!target || !segmentId || !at || !e.point.trim()) continue;
      const side = target[e.stance];
      if (!side.has(segmentId)) side.set(segmentId, { segmentId, atMs: at.startMs, point: e.point.trim() });
    }
    for (const q of reply.openQuestions) {
      const target = merged.get(byKey.get(key(q.competency)) ?? "");
      if (target && q.question.trim() && !target.open.has(key(q.question)))
        target.open.set(key(q.question), q.question.trim());
    }
  }
  const inOrder = (items: Map<string, ModelEvidence>) =>
    [...items.values()].sort((a, b) => a.atMs - b.atMs).slice(0, EVIDENCE_PER_SIDE);
  return {
    createdAt,
    requests: Math.max(1, chunks.length),
    overview,
    competencies: competencies.map((competency) => {
      const m = merged.get(competency);
      return {
        competency,
        for: m ? inOrder(m.for) : [],
        against: m ? inOrder(m.against) : [],
        // The latest are kept: a question from early on may have been answered later.
        open: m ? [...m.open.values()].slice(-OPEN_PER_COMPETENCY) : [],
      };
    }),
  };
}
