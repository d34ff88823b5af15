import { describe, expect, it } from "vitest";
import path from "node:path";
import {
  evaluate,
  loadEvalSet,
  SPEECH_BLIND_2_FILE,
  SPEECH_BLIND_FILE,
  SPEECH_EVAL_FILE,
  SPEECH_HOLDOUT_FILE,
  type EvalReport,
} from "./evaluate";

const STRUCTURED = ["email", "phone", "ssn", "card", "ip"];
const IDENTIFIERS = ["email", "phone", "ssn", "card", "ip", "address", "dob", "id_number", "profile"];

function print(name: string, report: EvalReport) {
  const lines = Object.entries(report.recall).map(
    ([c, r]) => `  ${c.padEnd(10)} ${r.found}/${r.total} = ${r.rate.toFixed(3)}`,
  );
  const families = Object.entries(report.families).map(
    ([f, r]) =>
      `  ${f.padEnd(28)} pii ${r.total ? `${r.found}/${r.total}` : "-"}  kept ${r.words ? `${r.kept}/${r.words}` : "-"}`,
  );
  console.log(
    `${name}: recall per category\n${lines.join("\n")}\n  survival ${report.survival.kept}/${report.survival.total} = ${report.survival.rate.toFixed(3)}\nper family:\n${families.join("\n")}`,
  );
  if (report.misses.length) console.log(`${name} misses:`, report.misses);
  if (report.overScrubbed.length) console.log(`${name} over-scrubbed:`, report.overScrubbed);
}

describe("scrubber on the written evaluation set", () => {
  const rows = loadEvalSet();
  const report = evaluate(rows);

  it("has at least 150 utterances covering every category", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    for (const c of [...STRUCTURED, "person", "address", "dob", "id_number", "profile"]) {
      expect(report.recall[c]?.total ?? 0, c).toBeGreaterThan(4);
    }
  });

  it("keeps its figures: every identifier 0.98, people 0.98, survival 0.99", () => {
    print("written set", report);
    for (const c of IDENTIFIERS) expect(report.recall[c]?.rate, c).toBeGreaterThanOrEqual(0.98);
    expect(report.recall.person?.rate).toBeGreaterThanOrEqual(0.98);
    expect(report.survival.rate).toBeGreaterThanOrEqual(0.99);
  });
});

describe("scrubber on speech as a speech model writes it (phrasing families, near-misses)", () => {
  const rows = loadEvalSet(SPEECH_EVAL_FILE);
  const report = evaluate(rows);

  it("covers every family with PII and as many near-miss rows", () => {
    const withPii = rows.filter((r) => r.pii.length > 0).length;
    expect(rows.length).toBeGreaterThanOrEqual(250);
    expect(rows.length - withPii).toBeGreaterThanOrEqual(withPii - 5);
    expect(Object.keys(report.families).length).toBeGreaterThanOrEqual(15);
  });

  it("recall >= 0.95 for people and >= 0.98 for every identifier; survival >= 0.98", () => {
    print("speech set", report);
    expect(report.recall.person?.rate).toBeGreaterThanOrEqual(0.95);
    for (const c of IDENTIFIERS) if (report.recall[c]) expect(report.recall[c]?.rate, c).toBeGreaterThanOrEqual(0.98);
    expect(report.survival.rate).toBeGreaterThanOrEqual(0.98);
  });
});

describe("scrubber on the speech holdouts (other names and sentences, written apart from the detector)", () => {
  it.each([SPEECH_HOLDOUT_FILE, SPEECH_BLIND_FILE, SPEECH_BLIND_2_FILE])(
    "stays close to the development figures: %s",
    (file) => {
      const report = evaluate(loadEvalSet(file));
      print(path.basename(file), report);
      const ids = IDENTIFIERS.map((c) => report.recall[c]).filter((r) => r !== undefined);
      const found = ids.reduce((n, r) => n + r.found, 0);
      const total = ids.reduce((n, r) => n + r.total, 0);
      // A regression guard, not the target: the holdout is small (8 dates of birth, 6 phones).
      expect(report.recall.person?.rate).toBeGreaterThanOrEqual(0.9);
      expect(found / total).toBeGreaterThanOrEqual(0.9);
      expect(report.survival.rate).toBeGreaterThanOrEqual(0.95);
    },
  );
});
