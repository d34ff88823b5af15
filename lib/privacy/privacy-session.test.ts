import { describe, expect, it } from "vitest";
import { CANDIDATE, INTERVIEWER, type Segment } from "../transcript/segment";
import { AnalysisClient } from "./analysis-client";
import { OutboundLog } from "./outbound-log";
import { PrivacySession, REPLY_CACHE_LIMIT, type PrivacySessionSetup } from "./privacy-session";
import type { TextModels } from "./provided-models";

const NO_MODELS: TextModels = {
  personSpans: async () => [],
  sentimentOf: async () => null,
  status: () => ({ nerModel: null, sentimentModel: null, problems: { ner: null, sentiment: null } }),
};

/** A session over the real scrubber and client, with a fetch that records every request it gets. */
function harness(setup: Partial<PrivacySessionSetup> = {}, reply = (n: number) => `Ask about point ${n}.`) {
  const requests: { url: string; body: string }[] = [];
  const log = new OutboundLog();
  const client = new AnalysisClient({
    endpoint: "http://app.test/api/analyze",
    fetch: (async (url: string, init: RequestInit) => {
      requests.push({ url, body: String(init.body) });
      const insight = { type: "question", priority: "high", title: "Probe", content: reply(requests.length) };
      return new Response(`${JSON.stringify({ insight })}\n${JSON.stringify({ done: true, forwarded: [] })}\n`);
    }) as typeof fetch,
    record: (entry) => log.record(entry),
  });
  const session = new PrivacySession({ candidateName: "Priya Raman", ...setup }, { client, models: NO_MODELS });
  return { session, requests, log };
}

let n = 0;
const segment = (speaker: string, text: string, final = true): Segment => ({
  id: `s${(n += 1)}`,
  channel: "mic",
  speaker,
  startMs: n * 1000,
  endMs: n * 1000 + 900,
  text,
  confidence: 1,
  final,
});

describe("PrivacySession", () => {
  it("never sends the same window twice, and sends again as soon as the window changes", async () => {
    const { session, requests } = harness();
    await session.addSegment(segment(INTERVIEWER, "Tell me about the outage you led."));
    await session.addSegment(segment(CANDIDATE, "I'm Priya Raman, call me on 07700 900123; we rolled back Kafka."));
    const first = await session.analyze(() => {});
    expect(first?.insights).toHaveLength(1);
    expect(await session.analyze(() => {})).toBeNull();
    expect(await session.analyze(() => {})).toBeNull();
    expect(requests).toHaveLength(1);
    // What left holds no personal data: the real scrubber ran on the window.
    expect(requests[0]?.body).not.toMatch(/Priya|Raman|07700|900123/);
    expect(requests[0]?.body).toContain("[CANDIDATE]");
    await session.addSegment(segment(CANDIDATE, "Then we added consumer lag alerts."));
    expect(await session.analyze(() => {})).not.toBeNull();
    expect(requests).toHaveLength(2);
  });

  it("answers a window it already sent from the reply cache, with names revealed on the device", async () => {
    const { session, requests } = harness({}, () => "Ask [CANDIDATE] for the numbers.");
    await session.addSegment(segment(CANDIDATE, "Priya here; we cut latency by forty percent."));
    const ongoing = segment(CANDIDATE, "and the second thing we did was shard the topics by", false);
    // The ongoing utterance's settled words end the window: a new window, sent.
    const withOngoing = await session.analyze(() => {}, ongoing);
    expect(requests).toHaveLength(1);
    expect(withOngoing?.insights[0]?.content).toBe("Ask Priya Raman for the numbers.");
    // The window without it was never sent: sent now.
    await session.analyze(() => {});
    expect(requests).toHaveLength(2);
    // Back to the window with the ongoing words: answered from the cache, nothing sent.
    const again = await session.analyze(() => {}, ongoing);
    expect(requests).toHaveLength(2);
    expect(again?.insights).toEqual(withOngoing?.insights);
  });

  it("forgets the oldest cached reply beyond the cache limit", async () => {
    const { session, requests } = harness();
    const first = segment(CANDIDATE, "We migrated the billing service to Postgres.");
    await session.addSegment(first);
    const ongoing = (k: number) => segment(CANDIDATE, `and then in step number ${k} we also went on`, false);
    const windows = Array.from({ length: REPLY_CACHE_LIMIT + 1 }, (_, k) => ongoing(k));
    for (const w of windows) await session.analyze(() => {}, w);
    expect(requests).toHaveLength(REPLY_CACHE_LIMIT + 1);
    // The newest is cached (nothing sent when it comes back after another window)…
    await session.analyze(() => {}, windows[1] ?? null);
    await session.analyze(() => {}, windows.at(-1) ?? null);
    expect(requests).toHaveLength(REPLY_CACHE_LIMIT + 1);
    // …the first was dropped, so it is sent again.
    await session.analyze(() => {}, windows[0] ?? null);
    expect(requests).toHaveLength(REPLY_CACHE_LIMIT + 2);
  });

  it("streams insights with the segment they cite and logs exactly what left", async () => {
    const { session, requests, log } = harness();
    const seen: string[] = [];
    await session.addSegment(segment(CANDIDATE, "Reach me at priya.raman@example.com about the Redis work."));
    const outcome = await session.analyze((insight, last) => seen.push(`${insight.title}@${last}`));
    expect(seen).toEqual([`Probe@${outcome?.lastSegmentId}`]);
    expect(log.since(0).entries.map((e) => e.body)).toEqual(requests.map((r) => r.body));
    expect(requests[0]?.body).not.toMatch(/priya|raman|example\.com/i);
  });

  it("keeps a bounded number of scrubbed lines however long the interview", async () => {
    const { session, requests } = harness();
    for (let k = 0; k < 600; k += 1) await session.addSegment(segment(CANDIDATE, `Answer number ${k} about caching.`));
    await session.analyze(() => {});
    const body = JSON.parse(requests[0]?.body ?? "{}") as { window: string };
    expect(body.window).toContain("Answer number 599 about caching.");
    expect(body.window.length).toBeLessThanOrEqual(2_000);
  });
});

describe("OutboundLog", () => {
  it("hands readers only what is new, and holds a bounded number of entries", () => {
    const log = new OutboundLog(3);
    const entry = (k: number) => ({ at: `t${k}`, destination: "d", body: `b${k}` });
    log.record(entry(1));
    log.record(entry(2));
    const first = log.since(0);
    expect(first.entries.map((e) => e.body)).toEqual(["b1", "b2"]);
    expect(log.since(first.next).entries).toEqual([]);
    for (let k = 3; k <= 6; k += 1) log.record(entry(k));
    const later = log.since(first.next);
    expect(later.entries.map((e) => e.body)).toEqual(["b4", "b5", "b6"]);
    expect(later.missed).toBe(1);
    expect(later.next).toBe(6);
  });
});

describe("PrivacySession in the interview's language", () => {
  it("names the language in every request (none for English), and follows a corrected language", async () => {
    const english = harness();
    await english.session.addSegment(segment(CANDIDATE, "I led the migration to Kubernetes last year."));
    await english.session.analyze(() => {});
    expect(JSON.parse(english.requests[0]?.body ?? "{}").language).toBeUndefined();

    const spanish = harness({ language: "es" });
    expect(spanish.session.language).toBe("es");
    await spanish.session.addSegment(segment(CANDIDATE, "Dirigí la migración a Kubernetes el año pasado."));
    await spanish.session.analyze(() => {});
    expect(JSON.parse(spanish.requests[0]?.body ?? "{}").language).toBe("es");
    spanish.session.setLanguage("fr");
    await spanish.session.addSegment(segment(CANDIDATE, "J'ai dirigé la migration vers Kubernetes."));
    await spanish.session.analyze(() => {});
    expect(JSON.parse(spanish.requests[1]?.body ?? "{}").language).toBe("fr");
  });

  it("the request schema refuses a language the app does not support", async () => {
    const { AnalysisRequestSchema } = await import("./analysis-request");
    expect(AnalysisRequestSchema.safeParse({ window: "x", language: "es" }).success).toBe(true);
    expect(AnalysisRequestSchema.safeParse({ window: "x", language: "klingon" }).success).toBe(false);
  });
});
