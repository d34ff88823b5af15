import { describe, expect, it } from "vitest";
import { NO_FLAGS, type StoredInsight } from "../session/model";
import type { Segment } from "../transcript/segment";
import { analyzeInterview } from "./analyze";
import { interruptionsOf } from "./turns";

let n = 0;
const seg = (speaker: string, startMs: number, endMs: number, text: string, channel: Segment["channel"] = "mic") => ({
  id: `s${(n += 1)}`,
  channel,
  speaker,
  startMs,
  endMs,
  text,
  confidence: 1,
  final: true,
});

/** Written for this test; every figure below is counted by hand from these lines. */
function interview(): Segment[] {
  n = 0;
  return [
    seg("Interviewer", 0, 5_000, "Thanks for joining. Could you walk me through the Kafka migration?"),
    seg("Candidate", 6_500, 36_500, "We moved forty services over two quarters and I owned the consumer framework."),
    seg("Interviewer", 37_000, 40_000, "Did you lead that team?"),
    seg("Candidate", 40_800, 42_800, "Yes, I did."),
    seg("Interviewer", 43_000, 47_000, "Tell me about a conflict with your manager."),
    seg("Candidate", 49_000, 79_000, "My manager wanted a big bang cutover and I wanted a gradual one."),
    seg("Candidate", 79_500, 109_500, "So I wrote up both plans with the risks and we agreed on gradual."),
  ];
}

const insight = (
  id: string,
  flags: Partial<typeof NO_FLAGS>,
  type: StoredInsight["type"] = "question",
): StoredInsight => ({
  id,
  type,
  priority: "medium",
  title: id,
  content: id,
  source: "local",
  segmentId: "s2",
  atMs: 6_500,
  flags: { ...NO_FLAGS, ...flags },
});

describe("conversation analytics against hand counts", () => {
  const a = analyzeInterview({
    segments: interview(),
    questionPlan: ["Kafka migration", "Conflict with a manager", "On-call experience"],
    jobDescription: "We run Kafka and Kubernetes, provisioned with Terraform.",
    insights: [
      insight("q1", { asked: true }),
      insight("q2", { dismissed: true }),
      insight("q3", {}),
      insight("c1", {}, "compliance"),
    ],
  });

  it("talk time, share, words per minute and the longest monologue per speaker", () => {
    // Interviewer 5 + 3 + 4 = 12 s; candidate 30 + 2 + 30 + 30 = 92 s; 104 s in all.
    expect(a.speakers.Interviewer).toMatchObject({ role: "interviewer", talkMs: 12_000, turns: 3 });
    expect(a.speakers.Candidate).toMatchObject({ role: "candidate", talkMs: 92_000, turns: 3 });
    expect(a.speakers.Interviewer?.talkShare).toBeCloseTo(12 / 104, 5);
    expect(a.speakers.Candidate?.talkShare).toBeCloseTo(92 / 104, 5);
    // The last answer runs from 49.0 s to 109.5 s over two segments.
    expect(a.speakers.Candidate?.longestMonologueMs).toBe(60_500);
    expect(a.speakers.Candidate?.longestMonologueSegmentIds).toEqual(["s6", "s7"]);
    // 11 + 5 + 8 = 24 interviewer words in 12 s = 120 per minute.
    expect(a.speakers.Interviewer?.words).toBe(24);
    expect(a.speakers.Interviewer?.wordsPerMinute).toBe(120);
  });

  it("questions with their class, segment and answer; think time from question end to answer start", () => {
    expect(a.questions.map((q) => [q.class, q.segmentId])).toEqual([
      ["technical", "s1"],
      ["closed", "s3"],
      ["open", "s5"],
    ]);
    expect(a.questions.map((q) => q.answer?.thinkTimeMs)).toEqual([1_500, 800, 2_000]);
    expect(a.questions[2]?.answer).toMatchObject({ segmentIds: ["s6", "s7"], answerMs: 60_500 });
    expect(a.figures.find((f) => f.id === "think-time")?.value).toBe(1_500);
  });

  it("plan coverage with the time spent per topic, and job-description skills never discussed", () => {
    expect(a.plan.map((p) => [p.item, p.covered, p.timeMs])).toEqual([
      // Raised at 0 s; until the next topic: 5 + 30 + 3 + 2 s.
      ["Kafka migration", true, 40_000],
      // Raised at 43 s; to the end: 4 + 30 + 30 s.
      ["Conflict with a manager", true, 64_000],
      ["On-call experience", false, 0],
    ]);
    expect(a.missedTopics).toEqual(["Kubernetes", "Terraform"]);
  });

  it("a topic the candidate brings up counts as covered (as the live checklist ticks it)", () => {
    const segments = [
      ...interview(),
      seg("Candidate", 110_000, 120_000, "My on-call experience is two years of rotas."),
    ];
    const b = analyzeInterview({ segments, questionPlan: ["On-call experience"] });
    // The line joins the answer that began at 49 s (the same turn).
    expect(b.plan[0]).toMatchObject({ covered: true, coveredAtMs: 49_000 });
  });

  it("follow-up uptake and compliance warnings come from the stored cards", () => {
    expect(a.followUps).toMatchObject({ shown: 3, asked: 1, dismissed: 1 });
    expect(a.compliance).toEqual([{ insightId: "c1", segmentId: "s2", title: "c1" }]);
    expect(a.figures.find((f) => f.id === "follow-up-uptake")?.value).toBeCloseTo(1 / 3);
  });

  it("every figure is explained and names the segments it counts where it counts any", () => {
    for (const f of a.figures) expect(f.explanation.length, f.id).toBeGreaterThan(10);
    const ids = new Set(interview().map((s) => s.id));
    for (const f of a.figures) for (const id of f.segmentIds) expect(ids.has(id), `${f.id} → ${id}`).toBe(true);
  });

  it("finds the interviewer by who asks, when the labels are names", () => {
    const named = interview().map((s) => ({ ...s, speaker: s.speaker === "Interviewer" ? "Dana" : "Marta" }));
    const b = analyzeInterview({ segments: named });
    expect([b.interviewer, b.candidate]).toEqual(["Dana", "Marta"]);
  });
});

describe("interruptions", () => {
  it("one microphone: a speaker change right after an unfinished sentence; not after a finished one or a pause", () => {
    n = 0;
    const cut = [
      seg("Candidate", 0, 10_000, "And then the thing I was going to say is that the"),
      seg("Interviewer", 10_100, 12_000, "Sorry, can I stop you there?"),
      seg("Candidate", 12_100, 20_000, "Sure. We shipped it in May."),
      seg("Interviewer", 20_100, 22_000, "Great."),
      seg("Candidate", 23_500, 30_000, "and the second part was"),
      seg("Interviewer", 31_500, 33_000, "Go on."),
    ];
    expect(interruptionsOf(cut)).toEqual([
      expect.objectContaining({
        segmentId: "s2",
        interruptedSegmentId: "s1",
        kind: "cut_off",
        interrupter: "Interviewer",
      }),
    ]);
  });

  it("two channels: speaking over the other counts; a few hundred milliseconds of timing jitter does not", () => {
    n = 0;
    const both = [
      seg("Candidate", 0, 10_000, "We moved forty services over two quarters.", "call"),
      seg("Interviewer", 8_000, 9_000, "Mm, right.", "mic"),
      seg("Interviewer", 11_000, 14_000, "What broke first?", "mic"),
      seg("Candidate", 13_900, 20_000, "The consumers did.", "call"),
    ];
    expect(interruptionsOf(both)).toEqual([
      expect.objectContaining({ segmentId: "s2", interruptedSegmentId: "s1", kind: "overlap" }),
    ]);
  });
});
