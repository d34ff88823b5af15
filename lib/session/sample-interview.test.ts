import { describe, expect, it } from "vitest";
import { LocalAnalyzer } from "../analysis/local-analyzer";
import { SAMPLE_INTERVIEW, SAMPLE_SETUP } from "./sample-interview";
import { TAB_OF, TABS } from "./tabs";

describe("the sample interview", () => {
  it("gives local insights in every tab and covers the question plan", () => {
    const analyzer = new LocalAnalyzer({ questionPlan: SAMPLE_SETUP.questionPlan, today: new Date("2026-11-22") });
    const insights = SAMPLE_INTERVIEW.flatMap((line, n) =>
      analyzer.analyze({
        id: `sample-${n}`,
        channel: "mic",
        speaker: line.speaker,
        startMs: line.startMs,
        endMs: line.startMs + line.durationMs,
        text: line.text,
        confidence: 1,
        final: true,
      }),
    );
    for (const tab of TABS) {
      expect(
        insights.filter((i) => TAB_OF[i.type] === tab.id).length,
        `local insights in the ${tab.label} tab`,
      ).toBeGreaterThan(0);
    }
    expect(insights.some((i) => i.type === "fact_check" && /React/.test(i.content + i.title))).toBe(true);
    expect(analyzer.state.plan.filter((p) => p.covered).map((p) => p.item)).toEqual(SAMPLE_SETUP.questionPlan);
  });
});
