/** bench/insights: the local analyzer's time per final segment, over a long mixed interview. */
import { LocalAnalyzer } from "../lib/analysis/local-analyzer";
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
  return [
    row(`Local analyzer per final segment (${segments.length}-segment interview)`, times.slice(segments.length), "ms", {
      text: "p95 ≤ 10",
      max: 10,
      on: "p95",
    }),
  ];
}

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
