import { describe, expect, it } from "vitest";
import { buildChunks } from "../privacy/analysis-window";
import { mergeSummary, refSegment, type PlacedChunk } from "./model-summary";

const times = (id: string) => {
  const n = Number(/\d+/.exec(id)?.[0]);
  return Number.isNaN(n) ? undefined : { startMs: n * 1_000, endMs: n * 1_000 + 900 };
};

describe("merging the model's summary chunks", () => {
  const chunk = (refs: string[], reply: Partial<PlacedChunk["reply"]>): PlacedChunk => ({
    refs,
    reply: { overview: "", evidence: [], openQuestions: [], ...reply },
  });

  it("places each item on the segment its line reference names, in interview order, once per segment", () => {
    const merged = mergeSummary(
      [
        chunk(["s1", "s2", "s3"], {
          overview: "Covered the upgrade.",
          evidence: [
            { competency: "Postgres upgrade", stance: "for", point: "Ran it in stages.", segment: "L3" },
            { competency: "postgres  UPGRADE", stance: "for", point: "Same line again.", segment: "[L3]" },
            { competency: "Postgres upgrade", stance: "against", point: "Unsure of the lag.", segment: "L1" },
          ],
        }),
        chunk(["s4", "s5"], {
          evidence: [{ competency: "Postgres upgrade", stance: "for", point: "Planned the rollback.", segment: "L1" }],
        }),
      ],
      ["Postgres upgrade"],
      times,
      7,
    );
    expect(merged.requests).toBe(2);
    expect(merged.createdAt).toBe(7);
    const [pg] = merged.competencies;
    expect(pg?.for.map((e) => [e.segmentId, e.point])).toEqual([
      ["s3", "Ran it in stages."],
      ["s4", "Planned the rollback."],
    ]);
    expect(pg?.against.map((e) => e.segmentId)).toEqual(["s1"]);
    // An overview only where the model wrote one, with the stretch it covers.
    expect(merged.overview).toEqual([{ fromMs: 1_000, toMs: 3_900, text: "Covered the upgrade." }]);
  });

  it("drops an item whose reference is wrong or missing, and a competency that is not ours", () => {
    const merged = mergeSummary(
      [
        chunk(["s1", "s2"], {
          evidence: [
            { competency: "Postgres upgrade", stance: "for", point: "Out of range.", segment: "L9" },
            { competency: "Postgres upgrade", stance: "for", point: "No reference.", segment: "" },
            { competency: "Postgres upgrade", stance: "for", point: "Not a reference.", segment: "line two" },
            { competency: "Leadership", stance: "for", point: "Not a competency we assess.", segment: "L1" },
            { competency: "Postgres upgrade", stance: "for", point: "   ", segment: "L2" },
          ],
        }),
      ],
      ["Postgres upgrade"],
      times,
      0,
    );
    expect(merged.competencies).toEqual([{ competency: "Postgres upgrade", for: [], against: [], open: [] }]);
  });

  it("keeps at most six items a side and the five latest open questions, without repeats", () => {
    const refs = Array.from({ length: 10 }, (_, k) => `s${k + 1}`);
    const merged = mergeSummary(
      [
        chunk(refs, {
          evidence: refs.map((_, k) => ({
            competency: "Mentoring",
            stance: "for" as const,
            point: `Example ${k + 1}`,
            segment: `L${10 - k}`,
          })),
          openQuestions: [
            ...Array.from({ length: 7 }, (_, k) => ({ competency: "Mentoring", question: `Q${k + 1}?` })),
            { competency: "Mentoring", question: "q7? " },
          ],
        }),
      ],
      ["Mentoring"],
      times,
      0,
    );
    expect(merged.competencies[0]?.for.map((e) => e.segmentId)).toEqual(["s1", "s2", "s3", "s4", "s5", "s6"]);
    expect(merged.competencies[0]?.open).toEqual(["Q3?", "Q4?", "Q5?", "Q6?", "Q7?"]);
  });

  it("reads line references in the forms a model writes them, and nothing else", () => {
    const refs = ["a", "b", "c"];
    expect(["L2", "[L2]", "l2", " L2 "].map((r) => refSegment(r, refs))).toEqual(["b", "b", "b", "b"]);
    expect(["L0", "L4", "2", "Line 2", "L2a"].map((r) => refSegment(r, refs))).toEqual([null, null, null, null, null]);
  });
});

describe("summary chunks", () => {
  it("covers every line once, in order, each chunk within its size and numbered from L1", () => {
    const lines = Array.from({ length: 500 }, (_, k) => ({ id: `s${k}`, line: `Candidate: answer ${k} `.repeat(3) }));
    const chunks = buildChunks(lines, 2_000);
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.flatMap((c) => c.refs)).toEqual(lines.map((l) => l.id));
    for (const c of chunks) {
      expect(c.text.length).toBeLessThanOrEqual(2_000);
      expect(c.text.startsWith("[L1] ")).toBe(true);
      expect(c.text.split("\n")).toHaveLength(c.refs.length);
    }
  });

  it("cuts a line longer than a chunk instead of sending an oversized request", () => {
    const chunks = buildChunks(
      [
        { id: "long", line: "x".repeat(10_000) },
        { id: "next", line: "short" },
      ],
      1_000,
    );
    expect(chunks.map((c) => c.refs)).toEqual([["long"], ["next"]]);
    expect(chunks[0]?.text.length).toBeLessThanOrEqual(1_000);
    expect(buildChunks([])).toEqual([]);
  });
});
