import { describe, expect, it } from "vitest";
import type { Insight } from "./insight";
import { withModelInsight } from "./merge";

const local: Insight = {
  id: "s4-l1",
  type: "fact_check",
  priority: "high",
  title: "18 years of Kotlin?",
  content: '"Kotlin for 18 years": Kotlin was first released publicly in 2011-07.',
  source: "local",
  segmentId: "s4",
  atMs: 4000,
  check: "impossible_duration",
};
const at = (segmentId: string) => ({ segmentId, atMs: 1000, id: `${segmentId}-m1` });

describe("a model insight joining the cards", () => {
  it("a model fact check about the same segment as a local one merges into it: one card", () => {
    const model = {
      type: "fact_check" as const,
      priority: "medium" as const,
      title: "Verify Kotlin tenure",
      content: "Kotlin 1.0 shipped in 2016.",
    };
    const { insights, added } = withModelInsight([local], model, at("s4"));
    expect(added).toBe(false);
    expect(insights).toHaveLength(1);
    expect(insights[0]?.content).toContain("The model also flags it: Kotlin 1.0 shipped in 2016.");
    // Said again by a later window: still one card, merged once.
    expect(withModelInsight(insights, { ...model, content: "Again." }, at("s4")).insights[0]?.content).not.toContain(
      "Again.",
    );
  });
  it("about another segment, or of another type, it is its own card", () => {
    const q = {
      type: "question" as const,
      priority: "low" as const,
      title: "Ask about Kotlin",
      content: "Which Kotlin features?",
    };
    expect(withModelInsight([local], q, at("s4")).insights).toHaveLength(2);
    const other = {
      type: "fact_check" as const,
      priority: "low" as const,
      title: "Check the migration",
      content: "2 TB in 3 weekends?",
    };
    const { insights, added } = withModelInsight([local], other, at("s9"));
    expect(added).toBe(true);
    expect(insights.map((i) => i.segmentId).sort()).toEqual(["s4", "s9"]);
  });
  it("a near-duplicate of a card shown is dropped", () => {
    const same = { type: "fact_check" as const, priority: "high" as const, title: local.title, content: local.content };
    expect(withModelInsight([local], same, at("s7")).insights).toHaveLength(1);
  });
});
