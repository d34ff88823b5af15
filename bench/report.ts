/**
 * bench/report: the debrief's analytics and local scorecard draft for a two-hour interview (1,500 final
 * segments, 300 cards, a plan and a job description) in Node, the code `copilot report` and the app run.
 */
import { analyzeInterview } from "../lib/analytics/analyze";
import { localSummary } from "../lib/analytics/summary";
import { longSession } from "./session-fixture";
import { row, type Row } from "./stats";

export const REPORT_PLAN = ["Kubernetes migration", "On-call and incidents", "Postgres upgrade", "Mentoring"];
export const REPORT_JOB = "Own our Go services on Kubernetes and PostgreSQL; Kafka and Terraform a plus.";

export function benchReport(runs = 25): Row[] {
  const data = longSession(1500, 300, true);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now();
    const analytics = analyzeInterview({
      segments: data.segments,
      questionPlan: REPORT_PLAN,
      jobDescription: REPORT_JOB,
      insights: data.insights,
    });
    localSummary(data.segments, analytics, data.insights, REPORT_JOB);
    times.push(performance.now() - t0);
  }
  return [
    row("Analytics + local summary, 1,500 segments + 300 cards (Node)", times, "ms", {
      text: "p95 ≤ 200",
      max: 200,
      on: "p95",
    }),
  ];
}
