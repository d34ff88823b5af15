import { describe, expect, it } from "vitest";
import { changedStableShare, PartialAgreement } from "./agreement";

/** Runs a scripted sequence of hypotheses; returns what is shown after each (stable part | tail). */
function run(hypotheses: string[]): string[] {
  const a = new PartialAgreement();
  return hypotheses.map((h) => {
    const { text, stableChars } = a.update(h);
    return `${text.slice(0, stableChars)}|${text.slice(stableChars)}`;
  });
}

describe("stable partials by agreement", () => {
  it("commits what two consecutive hypotheses agree on, from the start, and shows the rest as the tail", () => {
    expect(
      run([
        "I led",
        "I led the",
        "I led the Kafka migration",
        "I led the Kafka migration at",
        "I led the Kafka migration at Stripe",
      ]),
    ).toEqual([
      "|I led",
      "I led| the",
      "I led the| Kafka migration",
      "I led the Kafka migration| at",
      "I led the Kafka migration at| Stripe",
    ]);
  });

  it("ignores case and punctuation when comparing, keeping the first spelling", () => {
    expect(run(["we moved Kafka,", "We moved kafka to", "we moved Kafka to AWS."])).toEqual([
      "|we moved Kafka,",
      "we moved Kafka,| to",
      "we moved Kafka, to| AWS.",
    ]);
  });

  it("never rewrites committed words, however a later hypothesis changes its mind", () => {
    const a = new PartialAgreement();
    a.update("the cost was fifteen");
    a.update("the cost was fifteen percent");
    // The model now hears "fifty": committed words stand; the tail shows the new guess after them.
    const shown = a.update("the cost was fifty percent lower");
    expect(shown.text.slice(0, shown.stableChars)).toBe("the cost was fifteen");
    expect(shown.text).toBe("the cost was fifteen percent lower");
    // And nothing new is committed on a hypothesis that disagrees with what is committed.
    expect(a.stable).toEqual(["the", "cost", "was", "fifteen"]);
  });

  it("commits nothing while consecutive hypotheses disagree from the first word", () => {
    expect(run(["so", "well", "um so", "so the"])).toEqual(["|so", "|well", "|um so", "|so the"]);
  });

  it("handles an empty or repeated hypothesis without losing committed words", () => {
    const a = new PartialAgreement();
    a.update("our p99 dropped");
    a.update("our p99 dropped by");
    expect(a.update("").text).toBe("our p99 dropped");
    expect(a.update("our p99 dropped by half").stableWords).toBe(3);
  });
});

describe("flicker", () => {
  it("is the share of stable words the final changed", () => {
    expect(changedStableShare(["we", "moved", "kafka"], "We moved Kafka to AWS.")).toBe(0);
    expect(changedStableShare(["the", "cost", "was", "fifteen"], "the cost was fifty percent")).toBe(0.25);
    expect(changedStableShare([], "anything")).toBe(0);
  });
});
