/**
 * Scores the local judgement checks on the labelled set (`judgement-eval.jsonl`, written by phrasing
 * family, near-misses included): each row's earlier segments go through the analyzer first, then its
 * segment; the row's check fired or not. Precision and recall per check and overall.
 *
 * The other languages have a main set each (`judgement-eval-<lang>.jsonl`, families written before the
 * rules) and a blind set (`judgement-blind-<lang>.jsonl`, new phrasings written after the rules and
 * measured without tuning). Their rows may also name `negative_tone`: the row's own utterance scores at
 * or below the trend card's threshold (the per-utterance sentiment the trend is made of).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { LanguageSchema, type Language } from "../../language";
import { CANDIDATE, INTERVIEWER, type Segment } from "../../transcript/segment";
import { LocalAnalyzer, THRESHOLDS } from "../local-analyzer";

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const JUDGEMENT_EVAL_FILE = path.join(HERE, "judgement-eval.jsonl");

/** A language's main or blind set (English has one set, the original). */
export function judgementFile(language: Language, set: "main" | "blind" = "main"): string {
  if (language === "en") return JUDGEMENT_EVAL_FILE;
  return path.join(HERE, `judgement-${set === "main" ? "eval" : "blind"}-${language}.jsonl`);
}
/** The date the set was written for: claims are judged against it. */
export const EVAL_TODAY = new Date("2026-12-01T12:00:00Z");

const Speaker = z.enum([INTERVIEWER, CANDIDATE]);
const RowSchema = z.object({
  id: z.string(),
  check: z.string(),
  family: z.string(),
  context: z.array(z.object({ speaker: Speaker, text: z.string() })).default([]),
  speaker: Speaker,
  text: z.string(),
  fires: z.boolean(),
  note: z.string().optional(),
});
export type JudgementRow = z.infer<typeof RowSchema>;

export function loadJudgementSet(file = JUDGEMENT_EVAL_FILE): JudgementRow[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => RowSchema.parse(JSON.parse(l)));
}

export interface CheckScore {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
}

export interface JudgementReport {
  checks: Record<string, CheckScore>;
  overall: CheckScore;
  wrong: { id: string; check: string; expected: boolean; text: string; got: string[] }[];
}

const segment = (i: number, speaker: string, text: string): Segment => ({
  id: `e${i}`,
  channel: "import",
  confidence: 1,
  speaker,
  text,
  startMs: i * 5_000,
  endMs: i * 5_000 + 4_000,
  final: true,
});

/** The checks that fired on the row's own segment. */
export function checksFired(row: JudgementRow, today = EVAL_TODAY, language: Language = "en"): string[] {
  const analyzer = new LocalAnalyzer({ today, language, isInterviewer: (s) => s.speaker === INTERVIEWER });
  row.context.forEach((c, i) => analyzer.analyze(segment(i, c.speaker, c.text)));
  const own = segment(row.context.length, row.speaker, row.text);
  const insights = analyzer.analyze(own);
  const fired = insights.map((i) => i.check).filter((c): c is string => Boolean(c));
  const point = analyzer.state.sentiment.find((p) => p.segmentId === own.id);
  if (point && point.compound <= THRESHOLDS.negativeTrend) fired.push("negative_tone");
  return [...new Set(fired)];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
function score(s: Omit<CheckScore, "precision" | "recall">): CheckScore {
  return { ...s, precision: ratio(s.tp, s.tp + s.fp), recall: ratio(s.tp, s.tp + s.fn) };
}

export function evaluateJudgement(
  rows: JudgementRow[],
  today = EVAL_TODAY,
  language: Language = "en",
): JudgementReport {
  const counts: Record<string, { tp: number; fp: number; fn: number; tn: number }> = {};
  const wrong: JudgementReport["wrong"] = [];
  for (const row of rows) {
    const got = checksFired(row, today, language);
    const fired = got.includes(row.check);
    const c = (counts[row.check] ??= { tp: 0, fp: 0, fn: 0, tn: 0 });
    if (fired && row.fires) c.tp += 1;
    else if (fired) c.fp += 1;
    else if (row.fires) c.fn += 1;
    else c.tn += 1;
    if (fired !== row.fires) wrong.push({ id: row.id, check: row.check, expected: row.fires, text: row.text, got });
  }
  const total = Object.values(counts).reduce(
    (t, c) => ({ tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn, tn: t.tn + c.tn }),
    { tp: 0, fp: 0, fn: 0, tn: 0 },
  );
  return {
    checks: Object.fromEntries(Object.entries(counts).map(([k, c]) => [k, score(c)])),
    overall: score(total),
    wrong,
  };
}

export function formatJudgementReport(report: JudgementReport): string {
  const line = (name: string, s: CheckScore) =>
    `| ${name.padEnd(22)} | ${String(s.tp + s.fn).padStart(3)} | ${String(s.fp + s.tn).padStart(3)} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} |`;
  return [
    "| check                  | pos | neg | precision | recall |",
    "| ---------------------- | --- | --- | --------- | ------ |",
    ...Object.entries(report.checks).map(([k, s]) => line(k, s)),
    line("overall", report.overall),
  ].join("\n");
}

/** The share of near-misses a check fired on (0..1). */
export const falseFireRate = (s: CheckScore) => (s.fp + s.tn === 0 ? 0 : s.fp / (s.fp + s.tn));

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  // evaluate.ts [file] [--lang es] [--blind] [--wrong]
  const at = process.argv.indexOf("--lang");
  const language = LanguageSchema.parse(at > 0 ? process.argv[at + 1] : "en");
  const file = process.argv[2] && !process.argv[2].startsWith("--") ? process.argv[2] : undefined;
  const set = process.argv.includes("--blind") ? "blind" : "main";
  const report = evaluateJudgement(loadJudgementSet(file ?? judgementFile(language, set)), EVAL_TODAY, language);
  console.log(formatJudgementReport(report));
  if (process.argv.includes("--wrong")) for (const w of report.wrong) console.log(JSON.stringify(w));
}
