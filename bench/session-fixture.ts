/** A long interview for the vault and UI benchmarks: segments alternate speakers, insights spread over it. */
import type { SessionData } from "../lib/session/model";

const WORDS =
  "we migrated the billing service to kubernetes and cut deploy time from two hours to fifteen minutes while I owned the rollout plan the on call rota and the postgres upgrade with zero downtime".split(
    " ",
  );
const TYPES = ["insight", "question", "fact_check", "warning", "highlight", "sentiment"] as const;

export function longSession(segments: number, insights: number, ended: boolean): SessionData {
  const start = Date.now() - 2 * 60 * 60 * 1000;
  const segs = Array.from({ length: segments }, (_, n) => {
    const startMs = n * 4800;
    const text = Array.from({ length: 14 + (n % 17) }, (_, k) => WORDS[(n * 7 + k) % WORDS.length]).join(" ");
    return {
      id: `bench-${n}`,
      channel: "mic" as const,
      speaker: n % 3 === 0 ? "Interviewer" : "Candidate",
      startMs,
      endMs: startMs + 4200,
      text: `${text}.`,
      confidence: 0.9,
      final: true,
    };
  });
  const cards = Array.from({ length: insights }, (_, n) => {
    const seg = segs[Math.floor((n * segments) / insights)] ?? segs[0];
    return {
      id: `bench-i${n}`,
      type: TYPES[n % TYPES.length] ?? "insight",
      priority: (["high", "medium", "low"] as const)[n % 3] ?? "low",
      title: `Insight ${n}: probe the rollout plan`,
      content: "Ask what they personally decided, and how they measured the result before and after.",
      source: "local" as const,
      segmentId: seg?.id ?? "bench-0",
      atMs: seg?.startMs ?? 0,
      flags: { pinned: false, dismissed: false, asked: false },
    };
  });
  return {
    info: {
      id: `bench-${segments}-${insights}-${Date.now().toString(36)}`,
      candidate: "Bench Candidate",
      consent: null,
      plannedMinutes: null,
      scorecard: null,
      modelSummary: null,
      ats: null,
      language: "en",
      detectLanguage: false,
      role: "Staff engineer",
      jobDescription: "",
      questionPlan: [],
      analysisMode: "local",
      sample: false,
      createdAt: start,
      endedAt: ended ? start + segments * 4800 : null,
      retentionMs: 24 * 60 * 60 * 1000,
    },
    segments: segs,
    insights: cards,
    notes: [],
    outbound: [],
    plan: [],
  };
}
