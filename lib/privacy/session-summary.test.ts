import { describe, expect, it } from "vitest";
import { testSummaryFor } from "../testing/llm-test-server";
import { CANDIDATE, INTERVIEWER, type Segment } from "../transcript/segment";
import { AnalysisClient } from "./analysis-client";
import { AnalysisRequestSchema } from "./analysis-request";
import { OutboundLog } from "./outbound-log";
import { PrivacySession } from "./privacy-session";
import type { TextModels } from "./provided-models";

const NO_MODELS: TextModels = {
  personSpans: async () => [],
  sentimentOf: async () => null,
  status: () => ({ nerModel: null, sentimentModel: null, problems: { ner: null, sentiment: null } }),
};

/** The real session and client, with a route that answers each summary request from its own window. */
function harness(failAt: number[] = []) {
  const requests: string[] = [];
  const log = new OutboundLog();
  let calls = 0;
  const client = new AnalysisClient({
    endpoint: "http://app.test/api/analyze",
    fetch: (async (_url: string, init: RequestInit) => {
      calls += 1;
      const body = String(init.body);
      if (failAt.includes(calls)) return Response.json({ error: "model_timeout", forwarded: [] }, { status: 504 });
      requests.push(body);
      const request = AnalysisRequestSchema.parse(JSON.parse(body));
      const lines = [{ summary: testSummaryFor(request) }, { done: true, forwarded: [] }];
      return new Response(lines.map((l) => JSON.stringify(l)).join("\n"));
    }) as typeof fetch,
    record: (entry) => log.record(entry),
  });
  const session = new PrivacySession(
    { candidateName: "Priya Raman", role: "SRE", jobDescription: "Kubernetes and Postgres." },
    { client, models: NO_MODELS },
  );
  return { session, requests, log };
}

/** A two-hour-like interview: questions and answers, personal data sprinkled through it. */
function interview(count: number): Segment[] {
  const pii = [
    "You can reach me on 07700 900123 if the call drops.",
    "My email is priya.raman@example.com, by the way.",
    "I worked with Tom Becker on the Kafka cluster.",
    "I live at 42 Elm Street, so the office is close.",
  ];
  return Array.from({ length: count }, (_, k): Segment => {
    const asking = k % 2 === 0;
    const text = asking
      ? `Question ${k}: how did you handle the Postgres upgrade and the Kubernetes rollout?`
      : k % 25 === 1
        ? (pii[((k / 25) % pii.length) | 0] ?? "")
        : `Answer ${k}: I planned the upgrade, ran it in stages and cut the p99 latency by ${k % 50} percent.`;
    return {
      id: `seg-${k}`,
      channel: "mic",
      speaker: asking ? INTERVIEWER : CANDIDATE,
      startMs: k * 4_000,
      endMs: k * 4_000 + 3_500,
      text,
      confidence: 1,
      final: true,
    };
  });
}

describe("the model's debrief summary", () => {
  it("sends a long interview in several scrubbed requests, each logged, and links every item to its segment", async () => {
    const { session, requests, log } = harness();
    const segments = interview(400);
    const progress: string[] = [];
    const summary = await session.summarize(
      segments,
      ["Postgres upgrade", "Working with Priya Raman's team"],
      (done, of) => progress.push(`${done}/${of}`),
      1_000,
    );
    expect(requests.length).toBeGreaterThan(3);
    expect(summary.requests).toBe(requests.length);
    expect(progress.at(-1)).toBe(`${requests.length}/${requests.length}`);
    // Exactly what left is in the log, and none of it holds the personal data.
    expect(log.since(0).entries.map((e) => e.body)).toEqual(requests);
    for (const body of requests) {
      expect(body).not.toMatch(/Priya|Raman|07700|900123|example\.com|Tom Becker|Becker|42 Elm/);
      const request = AnalysisRequestSchema.parse(JSON.parse(body));
      expect(request.task).toBe("summary");
      expect(request.window.length).toBeLessThanOrEqual(8_000);
    }
    // The parts cover the interview once, in order.
    const parts = requests.map((b) => AnalysisRequestSchema.parse(JSON.parse(b)).part);
    expect(parts.map((p) => p?.index)).toEqual(requests.map((_, i) => i + 1));
    // A competency with a name in it went scrubbed and comes back with the name on this device.
    expect(requests[0]).toContain("[CANDIDATE]");
    expect(summary.competencies.map((c) => c.competency)).toEqual([
      "Postgres upgrade",
      "Working with Priya Raman's team",
    ]);
    // Each item opens the segment it quotes (the test model quotes the start of the line it cites).
    const byId = new Map(segments.map((s) => [s.id, s]));
    const items = summary.competencies.flatMap((c) => [...c.for, ...c.against]);
    let plain = 0;
    for (const item of items) {
      const segment = byId.get(item.segmentId);
      expect(segment).toBeDefined();
      expect(item.atMs).toBe(segment?.startMs);
      const quote = /^Said "(.*)"$/.exec(item.point)?.[1] ?? "";
      if (quote.includes("[")) continue;
      plain += 1;
      expect(segment?.text.startsWith(quote)).toBe(true);
    }
    expect(plain).toBeGreaterThan(6);
    // Merged: interview order, at most six per side, one overview per part.
    const first = summary.competencies[0];
    expect(first?.for.map((e) => e.atMs)).toEqual([...(first?.for ?? [])].map((e) => e.atMs).sort((a, b) => a - b));
    expect(first?.for.length).toBeLessThanOrEqual(6);
    expect(summary.overview).toHaveLength(requests.length);
    expect(summary.overview[0]?.fromMs).toBe(0);
  });

  it("after a failed request, a retry sends only the parts not yet answered", async () => {
    const { session, requests } = harness([3]);
    const segments = interview(300);
    await expect(session.summarize(segments, ["Postgres upgrade"])).rejects.toMatchObject({ code: "analysis_failed" });
    const answeredBefore = requests.length;
    expect(answeredBefore).toBe(2);
    const summary = await session.summarize(segments, ["Postgres upgrade"]);
    // Parts 1 and 2 came from the cache: only part 3 onwards were sent again.
    expect(requests.length).toBe(summary.requests);
  });

  it("refuses an empty transcript with a clear error and sends nothing", async () => {
    const { session, requests } = harness();
    await expect(session.summarize([], ["Postgres upgrade"])).rejects.toMatchObject({ code: "invalid_input" });
    expect(requests).toHaveLength(0);
  });
});
