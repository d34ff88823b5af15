/**
 * The scrubber per language (#19): Spanish, German, French and Italian evaluation sets written by
 * phrasing family (PII rows and as many near-misses), and blind sets written after the rules. Prints
 * recall per category, survival and every miss, like scrubber-eval.test.ts.
 */
import { describe, expect, it } from "vitest";
import type { Language } from "../language";
import { evaluate, languageEvalFile, loadEvalSet, type EvalReport } from "./evaluate";
import { loadAllScrubLanguages } from "./language-words";

// The languages' word lists load on demand (lib/privacy/language-words.ts).
await loadAllScrubLanguages();

const LANGS: Exclude<Language, "en">[] = ["es", "de", "fr", "it"];
const IDENTIFIERS = ["email", "phone", "address", "dob", "id_number", "profile", "card", "ip", "ssn"];

function print(name: string, report: EvalReport) {
  const lines = Object.entries(report.recall).map(
    ([c, r]) => `  ${c.padEnd(10)} ${r.found}/${r.total} = ${r.rate.toFixed(3)}`,
  );
  const ids = identifierRecall(report);
  const families = Object.entries(report.families).map(
    ([f, r]) =>
      `  ${f.padEnd(18)} pii ${r.total ? `${r.found}/${r.total}` : "-"}  kept ${r.words ? `${r.kept}/${r.words}` : "-"}`,
  );
  console.log(
    `${name}: recall per category\n${lines.join("\n")}\n  identifiers ${ids.found}/${ids.total} = ${ids.rate.toFixed(3)}\n  survival ${report.survival.kept}/${report.survival.total} = ${report.survival.rate.toFixed(3)}\nper family:\n${families.join("\n")}`,
  );
  if (report.misses.length) console.log(`${name} misses:`, report.misses);
  if (report.overScrubbed.length) console.log(`${name} over-scrubbed:`, report.overScrubbed);
}

function identifierRecall(report: EvalReport) {
  const ids = IDENTIFIERS.map((c) => report.recall[c]).filter((r) => r !== undefined);
  const found = ids.reduce((n, r) => n + r.found, 0);
  const total = ids.reduce((n, r) => n + r.total, 0);
  return { found, total, rate: total ? found / total : 1 };
}

describe.each(LANGS)("scrubbing in %s", (language) => {
  const rows = loadEvalSet(languageEvalFile(language));
  const report = evaluate(rows, undefined, undefined, language);

  it("has at least 120 rows, by family, with about as many near-misses as PII rows", () => {
    const withPii = rows.filter((r) => r.pii.length > 0).length;
    expect(rows.length).toBeGreaterThanOrEqual(120);
    expect(rows.length - withPii).toBeGreaterThanOrEqual(withPii * 0.6);
    expect(new Set(rows.map((r) => r.family)).size).toBeGreaterThanOrEqual(12);
  });

  it("recall >= 0.95 on identifiers and >= 0.9 on people; survival >= 0.95", () => {
    print(`pii-${language}`, report);
    expect(identifierRecall(report).rate).toBeGreaterThanOrEqual(0.95);
    expect(report.recall.person?.rate).toBeGreaterThanOrEqual(0.9);
    expect(report.survival.rate).toBeGreaterThanOrEqual(0.95);
  });

  it("blind set (written after the rules, not tuned on): figures printed, a loose regression guard", () => {
    const blind = evaluate(loadEvalSet(languageEvalFile(language, true)), undefined, undefined, language);
    print(`pii-${language}-blind`, blind);
    expect(identifierRecall(blind).rate).toBeGreaterThanOrEqual(0.8);
    expect(blind.recall.person?.rate ?? 1).toBeGreaterThanOrEqual(0.75);
    expect(blind.survival.rate).toBeGreaterThanOrEqual(0.9);
  });
});
