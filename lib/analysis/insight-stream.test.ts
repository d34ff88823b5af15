import { describe, expect, it } from "vitest";
import { InsightStreamParser } from "./insight-stream";

const REPLY = JSON.stringify({
  insights: [
    { type: "question", priority: "high", title: 'Ask about "ownership"', content: "What did {they} build?" },
    { type: "fact_check", priority: "medium", title: "Numbers", content: "Check 400%." },
  ],
});

describe("InsightStreamParser", () => {
  it("emits each insight as soon as its object closes, whatever the chunking", () => {
    for (const size of [1, 3, 7, 64]) {
      const parser = new InsightStreamParser();
      const seen: string[] = [];
      let firstAt = -1;
      for (let i = 0; i < REPLY.length; i += size) {
        const got = parser.push(REPLY.slice(i, i + size));
        if (got.length && firstAt < 0) firstAt = i;
        seen.push(...got.map((g) => g.title));
      }
      expect(seen).toEqual(['Ask about "ownership"', "Numbers"]);
      expect(firstAt).toBeLessThan(REPLY.indexOf("fact_check"));
      expect(parser.finish()).toBe(true);
    }
  });

  it("skips an invalid object, and reports a truncated or malformed reply without throwing", () => {
    const parser = new InsightStreamParser();
    const bad = '{"insights":[{"type":"nonsense","priority":"high","title":"x","content":"y"},{"type":"question","prio';
    expect(parser.push(bad)).toEqual([]);
    expect(parser.finish()).toBe(false);
  });
});
