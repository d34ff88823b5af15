import { describe, expect, it } from "vitest";
import { wordErrorRate } from "./wer";

describe("wordErrorRate", () => {
  it("counts substitutions, insertions and deletions over the reference length", () => {
    expect(wordErrorRate("ask not what your country", "Ask not, what your country!")).toBe(0);
    expect(wordErrorRate("a b c d", "a x c d")).toBe(0.25);
    expect(wordErrorRate("a b c d", "a b c d e")).toBe(0.25);
    expect(wordErrorRate("a b c d", "a c d")).toBe(0.25);
    expect(wordErrorRate("a b", "")).toBe(1);
  });
});
