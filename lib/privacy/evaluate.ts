/** Scores the scrubber on the labelled set: recall per category and the share of must-survive words kept. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Language } from "../language";
import { CategorySchema, type ScrubPolicy, type Span } from "./categories";
import { PseudonymMap } from "./pseudonyms";
import { scrub } from "./scrubber";

const RowSchema = z.object({
  id: z.string(),
  /** The phrasing family the row belongs to (speech sets): survival and recall are reported per family. */
  family: z.string().optional(),
  /** Earlier utterances of the same session, scrubbed first (names learned there count here). */
  context: z.array(z.string()).optional(),
  /** The candidate's name as entered in setup. */
  candidate: z.string().optional(),
  text: z.string(),
  pii: z.array(z.object({ text: z.string(), category: CategorySchema })),
  survive: z.array(z.string()),
});
export type EvalRow = z.infer<typeof RowSchema>;

const EVAL_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "eval");
export const EVAL_FILE = path.join(EVAL_DIR, "pii-eval.jsonl");
/** Speech-style set (lower case, spoken identifiers, near-misses), written by phrasing family. */
export const SPEECH_EVAL_FILE = path.join(EVAL_DIR, "speech-eval.jsonl");
/** Written apart from the detector's development, with other names and sentences: a generalisation check. */
export const SPEECH_HOLDOUT_FILE = path.join(EVAL_DIR, "speech-holdout.jsonl");
/** Written last, blind to the detector's code, with new names and sentences (see docs/decisions.md). */
export const SPEECH_BLIND_FILE = path.join(EVAL_DIR, "speech-blind.jsonl");
export const SPEECH_BLIND_2_FILE = path.join(EVAL_DIR, "speech-blind-2.jsonl");
/** Per language (es, de, fr, it), written by phrasing family; `blind` was written after the rules. */
export const languageEvalFile = (language: Language, blind = false) =>
  path.join(EVAL_DIR, `pii-${language}${blind ? "-blind" : ""}.jsonl`);

export function loadEvalSet(file = EVAL_FILE): EvalRow[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => RowSchema.parse(JSON.parse(l)));
}

export interface EvalReport {
  recall: Record<string, { found: number; total: number; rate: number }>;
  survival: { kept: number; total: number; rate: number };
  /** Per phrasing family: PII found and words kept. */
  families: Record<string, { found: number; total: number; kept: number; words: number }>;
  misses: { id: string; category: string; text: string; scrubbed: string }[];
  overScrubbed: { id: string; word: string; scrubbed: string }[];
}

/** `extra`: a transformer NER model's person spans per text, when the evaluation includes the model. */
export function evaluate(
  rows: EvalRow[],
  policy?: ScrubPolicy,
  extra?: Map<string, Span[]>,
  language?: Language,
): EvalReport {
  const recall: EvalReport["recall"] = {};
  const misses: EvalReport["misses"] = [];
  const overScrubbed: EvalReport["overScrubbed"] = [];
  const families: EvalReport["families"] = {};
  let kept = 0;
  let total = 0;
  for (const row of rows) {
    // Each row is its own session (with its own earlier utterances): no help from other rows.
    const session = new PseudonymMap(row.candidate);
    for (const earlier of row.context ?? [])
      scrub(earlier, session, { policy, isInterviewer: true, extraSpans: extra?.get(earlier), language });
    const { scrubbed } = scrub(row.text, session, {
      policy,
      isInterviewer: true,
      extraSpans: extra?.get(row.text),
      language,
    });
    const family = (families[row.family ?? "all"] ??= { found: 0, total: 0, kept: 0, words: 0 });
    for (const p of row.pii) {
      const r = (recall[p.category] ??= { found: 0, total: 0, rate: 0 });
      r.total += 1;
      family.total += 1;
      if (!scrubbed.text.includes(p.text)) {
        r.found += 1;
        family.found += 1;
      } else misses.push({ id: row.id, category: p.category, text: p.text, scrubbed: scrubbed.text });
    }
    for (const word of row.survive) {
      total += 1;
      family.words += 1;
      if (scrubbed.text.includes(word)) {
        kept += 1;
        family.kept += 1;
      } else overScrubbed.push({ id: row.id, word, scrubbed: scrubbed.text });
    }
  }
  for (const r of Object.values(recall)) r.rate = r.found / r.total;
  return { recall, survival: { kept, total, rate: kept / total }, families, misses, overScrubbed };
}
