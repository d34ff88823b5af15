import { describe, expect, it } from "vitest";
import { buildWindow, segmentOfRef, settledWords } from "./analysis-window";

describe("the analysis window", () => {
  it("keeps the newest whole lines within the size and names the last one", () => {
    const lines = Array.from({ length: 40 }, (_, i) => ({
      id: `s${i}`,
      line: `Candidate: answer ${i} `.padEnd(100, "x"),
    }));
    const { text, lastId, refs } = buildWindow(lines, 1_000);
    expect(lastId).toBe("s39");
    expect(text.length).toBeLessThanOrEqual(1_000);
    expect(text.split("\n")).toHaveLength(9);
    expect(text.startsWith("[L1] Candidate: answer 31 ")).toBe(true);
    expect(refs[0]).toBe("s31");
    expect(buildWindow([])).toEqual({ text: "", lastId: null, refs: [] });
  });

  it("maps the line a model insight cites to its segment, else to the window's last", () => {
    const refs = ["s7", "s8", "s9"];
    expect(segmentOfRef("L2", refs, "s9")).toBe("s8");
    expect(segmentOfRef("[L1]", refs, "s9")).toBe("s7");
    expect(segmentOfRef("L12", refs, "s9")).toBe("s9");
    expect(segmentOfRef(undefined, refs, "s9")).toBe("s9");
  });

  it("takes only the settled words of speech still going on: the last word may be cut mid-name", () => {
    expect(settledWords("My name is Sarah Jo")).toBe("My name is Sarah");
    expect(settledWords("  we moved   billing to ")).toBe("we moved billing");
    expect(settledWords("Hello")).toBe("");
    expect(settledWords("")).toBe("");
  });
});
