/** The fast compound score is the package's, exactly: on every lexicon word in context, and on generated text. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import vader from "vader-sentiment";
import { describe, expect, it } from "vitest";
import { makeRng } from "../rng";
import { vaderCompound } from "./vader-compound";

const packageScore = (text: string) => vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
const lexicon = readFileSync(
  path.join(path.dirname(createRequire(import.meta.url).resolve("vader-sentiment/package.json")), "vader_lexicon.txt"),
  "utf8",
)
  .split("\n")
  .map((line) => line.split("\t")[0] ?? "")
  .filter(Boolean);
/** Words the package treats specially: boosters, negations, "but", "least", idioms, contractions, marks. */
const SPECIAL = [
  "very",
  "extremely",
  "barely",
  "kind",
  "of",
  "sort",
  "kinda",
  "kind-of",
  "not",
  "never",
  "isn't",
  "don't",
  "dont",
  "without",
  "least",
  "at",
  "so",
  "this",
  "but",
  "BUT",
  "the",
  "shit",
  "bomb",
  "yeah",
  "right",
  "cut",
  "mustard",
  "GOOD",
  "VERY",
  "NOT",
  "!",
  "?",
  "!!!",
  "??",
  "?!?",
  "!?!?",
  ":)",
  ":-)",
  "(:",
  "a",
  "I",
  "…",
  "’s",
  "'s",
  "—",
];
const MARKS = [
  "",
  "",
  "",
  "",
  ".",
  "!",
  "?",
  ",",
  ";",
  ":",
  "-",
  "'",
  '"',
  "!!",
  "!!!",
  "...",
  "??",
  "?!?",
  ")",
  "(",
  "…",
];

function differences(texts: string[]): [string, number, number][] {
  return texts
    .map((t): [string, number, number] => [t, packageScore(t), vaderCompound(t)])
    .filter(([, a, b]) => !Object.is(a, b));
}

describe("vaderCompound", () => {
  it("scores every lexicon word as the package does, alone and after a booster, a negation or 'kind of'", () => {
    const texts = lexicon.flatMap((w) => [
      w,
      `very ${w}!`,
      `not "${w}," kind of ${w}`,
      `at least ${w} but ${w.toUpperCase()} was fine`,
    ]);
    expect(differences(texts).slice(0, 5)).toEqual([]);
  });

  it("agrees with the package on generated sentences with marks, capitals and odd spacing", () => {
    const rng = makeRng(0x7ade);
    const vocab = [...lexicon, ...SPECIAL, ...SPECIAL, ...SPECIAL];
    const pick = <T>(items: readonly T[]) => items[Math.floor(rng() * items.length)] as T;
    const texts = Array.from({ length: 5_000 }, () =>
      Array.from({ length: 1 + Math.floor(rng() * 14) }, () => {
        const word = rng() < 0.15 ? pick(vocab).toUpperCase() : pick(vocab);
        return rng() < 0.5 ? `${word}${pick(MARKS)}` : `${pick(MARKS)}${word}`;
      }).join(rng() < 0.1 ? "  " : rng() < 0.05 ? "\n" : " "),
    );
    expect(differences(texts).slice(0, 5)).toEqual([]);
  });

  it("scores an empty or blank text 0, as the package does", () => {
    expect(differences(["", " ", "a", "!!", "I am."])).toEqual([]);
  });
});
