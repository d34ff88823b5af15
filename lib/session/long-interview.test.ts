import { describe, expect, it } from "vitest";
import { longInterview } from "./long-interview";
import { SAMPLE_INTERVIEW } from "./sample-interview";

const end = (l: { startMs: number; durationMs: number }) => l.startMs + l.durationMs;

describe("longInterview", () => {
  it("covers the minutes asked, and stops at the first line that reaches them", () => {
    for (const minutes of [1, 5, 30, 120]) {
      const lines = longInterview(minutes);
      expect(end(lines.at(-1)!)).toBeGreaterThanOrEqual(minutes * 60_000);
      expect(end(lines.at(-2)!)).toBeLessThan(minutes * 60_000);
    }
    // Two hours of the sample script is many rounds of it.
    expect(longInterview(120).length).toBeGreaterThan(SAMPLE_INTERVIEW.length * 35);
  });

  it("times strictly increase, lines never overlap, and pauses are natural", () => {
    const lines = longInterview(120);
    expect(lines[0]!.startMs).toBe(SAMPLE_INTERVIEW[0]!.startMs);
    for (let i = 1; i < lines.length; i += 1) {
      const gap = lines[i]!.startMs - end(lines[i - 1]!);
      expect(lines[i]!.startMs).toBeGreaterThan(lines[i - 1]!.startMs);
      expect(gap, `pause before line ${i}`).toBeGreaterThan(0);
      expect(gap, `pause before line ${i}`).toBeLessThan(10_000);
      expect(lines[i]!.durationMs).toBeGreaterThan(0);
    }
  });

  it("keeps the base's turn taking: each line's speaker is the base line's", () => {
    const lines = longInterview(60);
    lines.forEach((line, i) => expect(line.speaker).toBe(SAMPLE_INTERVIEW[i % SAMPLE_INTERVIEW.length]!.speaker));
  });

  it("starts with the base script as written, then varies the text in every later round", () => {
    const lines = longInterview(120);
    const n = SAMPLE_INTERVIEW.length;
    expect(lines.slice(0, n).map((l) => l.text)).toEqual(SAMPLE_INTERVIEW.map((l) => l.text));
    // No line is said twice in two hours: the analyzer and the dedupe always see new text.
    expect(new Set(lines.map((l) => l.text)).size).toBe(lines.length);
    // Numbers and technologies change across rounds, not just appended asides.
    const kafkaLines = lines.filter((_, i) => i % n === 3).map((l) => l.text);
    expect(new Set(kafkaLines.map((t) => t.replace(/\?.*$/, "?"))).size).toBeGreaterThan(3);
    const migration = lines.filter((_, i) => i % n === 13).map((l) => l.text.match(/\d+/g)?.join(","));
    expect(new Set(migration).size).toBeGreaterThan(10);
    // Metric names such as p99 stay as they are.
    expect(lines.filter((_, i) => i % n === 12).every((l) => l.text.includes("p99"))).toBe(true);
  });

  it("is deterministic, and a different seed gives a different script", () => {
    expect(longInterview(30)).toEqual(longInterview(30));
    expect(longInterview(30, SAMPLE_INTERVIEW, { seed: 7 })).not.toEqual(longInterview(30));
  });

  it("works on any base script", () => {
    const base = SAMPLE_INTERVIEW.slice(3, 5);
    const lines = longInterview(2, base);
    expect(end(lines.at(-1)!)).toBeGreaterThanOrEqual(120_000);
    lines.forEach((line, i) => expect(line.speaker).toBe(base[i % 2]!.speaker));
  });

  it("refuses a length that is not a positive number, with a clear error", () => {
    for (const bad of [0, -5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(() => longInterview(bad)).toThrow(/minutes must be a positive number/);
    expect(() => longInterview(5, [])).toThrow(/no lines/);
  });
});
