import { describe, expect, it } from "vitest";
import { buildWindow, settledWords } from "./analysis-window";

describe("the analysis window", () => {
  it("keeps the newest whole lines within the size and names the last one", () => {
    const lines = Array.from({ length: 40 }, (_, i) => ({
      id: `s${i}`,
      line: `Candidate: answer ${i} `.padEnd(100, "x"),
    }));
    const { text, lastId } = buildWindow(lines, 1_000);
    expect(lastId).toBe("s39");
    expect(text.length).toBeLessThanOrEqual(1_000);
    expect(text.split("\n")).toHaveLength(9);
    expect(text.startsWith("Candidate: answer 31 ")).toBe(true);
    expect(buildWindow([])).toEqual({ text: "", lastId: null });
  });

  it("takes only the settled words of speech still going on: the last word may be cut mid-name", () => {
    expect(settledWords("My name is Sarah Jo")).toBe("My name is Sarah");
    expect(settledWords("  we moved   billing to ")).toBe("we moved billing");
    expect(settledWords("Hello")).toBe("");
    expect(settledWords("")).toBe("");
  });
});
