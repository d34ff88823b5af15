import { describe, expect, it } from "vitest";
import { evaluate, loadEvalSet } from "./evaluate";

const STRUCTURED = ["email", "phone", "ssn", "card", "ip"];

describe("scrubber on the labelled evaluation set", () => {
  const rows = loadEvalSet();
  const report = evaluate(rows);

  it("has at least 150 utterances covering every category", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    for (const c of [...STRUCTURED, "person", "address", "dob", "id_number", "profile"]) {
      expect(report.recall[c]?.total ?? 0, c).toBeGreaterThan(4);
    }
  });

  it("meets the recall and survival targets", () => {
    const lines = Object.entries(report.recall).map(
      ([c, r]) => `${c.padEnd(10)} ${r.found}/${r.total} = ${r.rate.toFixed(3)}`,
    );
    console.log(
      `PII recall per category:\n${lines.join("\n")}\nsurvival ${report.survival.kept}/${report.survival.total} = ${report.survival.rate.toFixed(3)}`,
    );
    if (report.misses.length) console.log("misses:", report.misses);
    if (report.overScrubbed.length) console.log("over-scrubbed:", report.overScrubbed);
    for (const c of STRUCTURED) expect(report.recall[c]?.rate, c).toBeGreaterThanOrEqual(0.98);
    expect(report.recall.person?.rate).toBeGreaterThanOrEqual(0.9);
    expect(report.survival.rate).toBeGreaterThanOrEqual(0.95);
  });
});
