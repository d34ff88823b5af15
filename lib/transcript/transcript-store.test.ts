import { describe, expect, it } from "vitest";
import type { Segment } from "./segment";
import { TranscriptStore } from "./transcript-store";

const seg = (id: string, startMs: number, text: string, final: boolean): Segment => ({
  id,
  channel: "mic",
  speaker: "Candidate",
  startMs,
  endMs: startMs + 1000,
  text,
  confidence: 0.9,
  final,
});

describe("TranscriptStore", () => {
  it("orders by time, replaces partials with finals, ignores late partials, removes retractions", () => {
    const store = new TranscriptStore();
    let notified = 0;
    store.subscribe(() => (notified += 1));
    store.apply({ kind: "segment", segment: seg("b", 5000, "later", false) });
    store.apply({ kind: "segment", segment: seg("a", 1000, "We red", false) });
    store.apply({ kind: "segment", segment: seg("a", 1000, "We reduced it.", true) });
    store.apply({ kind: "segment", segment: seg("a", 1000, "We red", false) });
    expect(store.get().segments.map((s) => [s.id, s.text, s.final])).toEqual([
      ["a", "We reduced it.", true],
      ["b", "later", false],
    ]);
    store.apply({ kind: "retract", id: "b", reason: "too_short" });
    expect(store.get().segments.map((s) => s.id)).toEqual(["a"]);
    expect(store.get().finalCount).toBe(1);
    expect(notified).toBe(4);
  });

  it("corrects a segment's speaker afterwards", () => {
    const store = new TranscriptStore();
    store.apply({ kind: "segment", segment: seg("a", 0, "Hi", true) });
    store.setSpeaker("a", "Interviewer");
    expect(store.get().segments[0]?.speaker).toBe("Interviewer");
  });
});
