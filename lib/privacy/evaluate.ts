/** Scores the scrubber on the labelled set: recall per category and the share of must-survive words kept. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { CategorySchema, type ScrubPolicy } from "./categories";
import { PseudonymMap } from "./pseudonyms";
import { scrub } from "./scrubber";

const RowSchema = z.object({
  id: z.string(),
  text: z.string(),
  pii: z.array(z.object({ text: z.string(), category: CategorySchema })),
  survive: z.array(z.string()),
});
export type EvalRow = z.infer<typeof RowSchema>;

export const EVAL_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "eval", "pii-eval.jsonl");

export function loadEvalSet(file = EVAL_FILE): EvalRow[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => RowSchema.parse(JSON.parse(l)));
}

export interface EvalReport {
  recall: Record<string, { found: number; total: number; rate: number }>;
  survival: { kept: number; total: number; rate: number };
  misses: { id: string; category: string; text: string; scrubbed: string }[];
  overScrubbed: { id: string; word: string; scrubbed: string }[];
}

export function evaluate(rows: EvalRow[], policy?: ScrubPolicy): EvalReport {
  const recall: EvalReport["recall"] = {};
  const misses: EvalReport["misses"] = [];
  const overScrubbed: EvalReport["overScrubbed"] = [];
  let kept = 0;
  let total = 0;
  for (const row of rows) {
    // Each utterance is its own session: no help from names learned in other rows.
    const { scrubbed } = scrub(row.text, new PseudonymMap(), { policy });
    for (const p of row.pii) {
      const r = (recall[p.category] ??= { found: 0, total: 0, rate: 0 });
      r.total += 1;
      if (!scrubbed.text.includes(p.text)) r.found += 1;
      else misses.push({ id: row.id, category: p.category, text: p.text, scrubbed: scrubbed.text });
    }
    for (const word of row.survive) {
      total += 1;
      if (scrubbed.text.includes(word)) kept += 1;
      else overScrubbed.push({ id: row.id, word, scrubbed: scrubbed.text });
    }
  }
  for (const r of Object.values(recall)) r.rate = r.found / r.total;
  return { recall, survival: { kept, total, rate: kept / total }, misses, overScrubbed };
}
