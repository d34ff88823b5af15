/** bench/insights: the local analyzer's time per final segment, over a long mixed interview. */
import { LocalAnalyzer } from "../lib/analysis/local-analyzer";
import { loadJudgementSet } from "../lib/analysis/eval/evaluate";
import { complianceChecks, COMPLIANCE_TOPICS } from "../lib/analysis/rules/compliance";
import { loadEvalSet } from "../lib/privacy/evaluate";
import type { Segment } from "../lib/transcript/segment";
import { row, type Row } from "./stats";

const QUESTIONS = [
  "Tell me about a time you resolved a conflict within your team.",
  "What is your experience with Kubernetes and Kafka?",
  "Walk me through the last system you designed.",
];

export function benchInsights(rounds = 5): Row[] {
  const answers = loadEvalSet().map((r) => r.text);
  const segments: Segment[] = [];
  answers.forEach((text, i) => {
    if (i % 6 === 0) segments.push(seg(segments.length, "Interviewer", QUESTIONS[(i / 6) % QUESTIONS.length] ?? ""));
    segments.push(seg(segments.length, "Candidate", text));
  });
  const times: number[] = [];
  for (let r = 0; r < rounds; r += 1) {
    const analyzer = new LocalAnalyzer({ questionPlan: ["conflict", "Kubernetes", "system design"] });
    for (const s of segments) {
      const t0 = performance.now();
      analyzer.analyze(s);
      times.push(performance.now() - t0);
    }
  }
  // Every interviewer question of the judgement set (lawful ones included) through the compliance check.
  const questions = loadJudgementSet()
    .filter((r) => r.speaker === "Interviewer")
    .map((r) => r.text);
  const compliance: number[] = [];
  for (let r = 0; r < rounds * 4; r += 1) {
    for (const q of questions) {
      const t0 = performance.now();
      complianceChecks(q, COMPLIANCE_TOPICS);
      compliance.push(performance.now() - t0);
    }
  }
  // A 2-hour interview: 1,500 final segments (a question every sixth), the whole analyzer on each.
  const long: Segment[] = [];
  for (let i = 0; long.length < TWO_HOUR_SEGMENTS; i += 1) {
    const text = answers[i % answers.length] ?? "";
    if (i % 6 === 0) long.push(seg(long.length, "Interviewer", QUESTIONS[(i / 6) % QUESTIONS.length] ?? ""));
    long.push(seg(long.length, "Candidate", text));
  }
  const longTimes: number[] = [];
  const analyzer = new LocalAnalyzer({ questionPlan: ["conflict", "Kubernetes", "system design"] });
  for (const s of long) {
    const t0 = performance.now();
    analyzer.analyze(s);
    longTimes.push(performance.now() - t0);
  }
  return [
    row(`Local analyzer per final segment (${segments.length}-segment interview)`, times.slice(segments.length), "ms", {
      text: "p95 ≤ 10",
      max: 10,
      on: "p95",
    }),
    row(`Compliance check per interviewer question (${questions.length} questions)`, compliance, "ms", {
      text: "p95 ≤ 10",
      max: 10,
      on: "p95",
    }),
    row(`Local analyzer per final segment, 2-hour interview (${long.length} segments)`, longTimes, "ms", {
      text: "p95 ≤ 10",
      max: 10,
      on: "p95",
    }),
  ];
}

const TWO_HOUR_SEGMENTS = 1_500;

function seg(i: number, speaker: string, text: string): Segment {
  return {
    id: `b${i}`,
    channel: "mic",
    speaker,
    startMs: i * 6000,
    endMs: i * 6000 + 5000,
    text,
    confidence: 0.9,
    final: true,
  };
}
