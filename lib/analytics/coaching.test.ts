import { describe, expect, it } from "vitest";
import type { Segment } from "../transcript/segment";
import { CoachingMonitor, type Nudge } from "./coaching";

let n = 0;
const seg = (speaker: string, startMs: number, endMs: number, text: string): Segment => ({
  id: `c${(n += 1)}`,
  channel: "mic",
  speaker,
  startMs,
  endMs,
  text,
  confidence: 1,
  final: true,
});

function play(segments: Segment[], options: { plannedMinutes?: number | null; planRemaining?: number } = {}) {
  const monitor = new CoachingMonitor({
    interviewer: "Interviewer",
    plannedMinutes: options.plannedMinutes ?? null,
    planRemaining: options.planRemaining ?? 0,
  });
  const out: Nudge[] = [];
  segments.forEach((s, i) => {
    const nudge = monitor.observe(segments.slice(0, i + 1), s);
    if (nudge) out.push(nudge);
  });
  return out;
}

describe("live coaching nudges", () => {
  it("the interviewer talking more than half of the last five minutes; not when the candidate holds the floor", () => {
    n = 0;
    const lecture = [
      seg("Interviewer", 0, 60_000, "Let me tell you about the team and how we work."),
      seg("Candidate", 61_000, 80_000, "That sounds good."),
      seg("Interviewer", 81_000, 150_000, "And our roadmap for next year has three parts."),
    ];
    expect(play(lecture).map((x) => x.kind)).toEqual(["talking_too_much"]);
    n = 0;
    const balanced = [
      seg("Interviewer", 0, 20_000, "Tell me about your last project."),
      seg("Candidate", 21_000, 110_000, "We rebuilt the billing pipeline over six months."),
      seg("Interviewer", 111_000, 120_000, "What was your part?"),
    ];
    expect(play(balanced)).toEqual([]);
  });

  it("an answer past two minutes; a long interview of short answers never", () => {
    n = 0;
    const long = [
      seg("Interviewer", 0, 5_000, "Walk me through the migration."),
      seg("Candidate", 6_000, 70_000, "We started with the read path."),
      seg("Candidate", 70_500, 130_000, "Then the write path, which was harder."),
    ];
    expect(play(long).map((x) => x.kind)).toEqual(["long_answer"]);
    n = 0;
    const short: Segment[] = [];
    for (let t = 0; t < 20 * 60_000; t += 60_000) {
      short.push(seg("Interviewer", t, t + 10_000, "What happened next?"));
      short.push(seg("Candidate", t + 11_000, t + 55_000, "We shipped the next part."));
    }
    expect(play(short)).toEqual([]);
  });

  it("three closed questions in a row; an open one in between resets the count", () => {
    n = 0;
    const closed = [
      seg("Interviewer", 0, 2_000, "Did you lead it?"),
      seg("Candidate", 2_500, 4_000, "Yes."),
      seg("Interviewer", 4_500, 6_000, "Was it on time?"),
      seg("Candidate", 6_500, 8_000, "Mostly."),
      seg("Interviewer", 8_500, 10_000, "Are you still there?"),
    ];
    expect(play(closed).map((x) => x.kind)).toEqual(["closed_streak"]);
    n = 0;
    const mixed = [
      seg("Interviewer", 0, 2_000, "Did you lead it?"),
      seg("Interviewer", 4_500, 6_000, "How did you plan the work?"),
      seg("Interviewer", 8_500, 10_000, "Was it on time?"),
      seg("Interviewer", 10_500, 11_000, "Are you still there?"),
    ];
    expect(play(mixed)).toEqual([]);
  });

  it("time is short with plan topics left; not without a planned length or with the plan done", () => {
    n = 0;
    const late = [
      seg("Interviewer", 0, 5_000, "Hello."),
      seg("Candidate", 25 * 60_000, 25 * 60_000 + 5_000, "Thanks."),
    ];
    expect(play(late, { plannedMinutes: 30, planRemaining: 2 }).map((x) => x.text)).toEqual([
      "2 plan topics left and about 5 minutes to go.",
    ]);
    n = 0;
    expect(play(late, { plannedMinutes: null, planRemaining: 2 })).toEqual([]);
    n = 0;
    expect(play(late, { plannedMinutes: 30, planRemaining: 0 })).toEqual([]);
  });

  it("is rate-limited: the same kind not again within five minutes, and no two nudges within a minute", () => {
    n = 0;
    const segments: Segment[] = [];
    for (let t = 0; t < 12 * 60_000; t += 30_000)
      segments.push(seg("Interviewer", t, t + 29_000, "And another thing about us."));
    const kinds = play(segments);
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < kinds.length; i += 1)
      expect((kinds[i]?.atMs ?? 0) - (kinds[i - 1]?.atMs ?? 0)).toBeGreaterThanOrEqual(5 * 60_000);
  });
});
