import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { atsDebriefOf } from "../../lib/ats/debrief";
import { pushKey } from "../../lib/ats/idempotency";
import { MAPPINGS } from "../../lib/ats/mappings";
import { afterAttempt, backoffMs, enqueue, outboxSummary, retryNow, type SessionAts } from "../../lib/ats/outbox";
import { SessionDataSchema, type SessionInfo } from "../../lib/session/model";
import { atsTestEnv, startAtsTestServer, TEST_ATS, type AtsTestServer } from "../../lib/testing/ats-test-server";
import { POST as pushRoute } from "../api/ats/push/route";
import { AtsOutbox, type OutboxVault } from "./ats-outbox";

let ats: AtsTestServer;
const saved = { ...process.env };
beforeAll(async () => {
  ats = await startAtsTestServer();
});
afterEach(() => {
  for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
  Object.assign(process.env, saved);
  ats.reset();
});
afterAll(() => ats.close());

const data = SessionDataSchema.parse({
  info: {
    id: "outbox-session",
    candidate: "Marta Ruiz",
    role: "Data engineer",
    questionPlan: ["Kafka experience"],
    createdAt: Date.UTC(2026, 11, 1, 9),
    endedAt: Date.UTC(2026, 11, 1, 9, 40),
    retentionMs: null,
    scorecard: {
      ratings: [{ competency: "Kafka experience", rating: 3, note: "Good." }],
      recommendation: "Hire.",
      updatedAt: 1,
    },
  },
  segments: [],
  insights: [],
  notes: [],
});

async function queued(now: number): Promise<SessionAts> {
  const debrief = atsDebriefOf(data, ["Kafka experience"], false);
  const recordId = TEST_ATS.lever.opportunityId;
  const key = await pushKey("lever", recordId, debrief);
  const preview = MAPPINGS.lever.plan(debrief, recordId, key).preview;
  return enqueue(
    { record: recordId, pushes: [] },
    { key, connector: "lever", record: recordId, recordId, debrief, preview, createdAt: now },
    now,
  );
}

describe("the outbox's bookkeeping", () => {
  it("keeps one push per key, backs off after each failure, and honours a longer Retry-After", async () => {
    let box = await queued(0);
    const key = box.pushes[0]?.key ?? "";
    expect(enqueue(box, { ...box.pushes[0]!, createdAt: 5 }, 5)).toBe(box);
    box = afterAttempt(box, key, { kind: "later", code: "ats_unreachable", message: "away" }, 100);
    expect(box.pushes[0]).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: 100 + backoffMs(1) });
    box = afterAttempt(box, key, { kind: "later", code: "ats_rate_limited", message: "slow", retryAfterS: 600 }, 200);
    expect(box.pushes[0]?.nextAttemptAt).toBe(200 + 600_000);
    box = afterAttempt(box, key, { kind: "failed", code: "ats_not_found", message: "candidate not found" }, 300);
    expect(outboxSummary(box)).toMatchObject({ state: "failed", text: expect.stringContaining("candidate not found") });
    box = retryNow(box, key, 400);
    expect(box.pushes[0]).toMatchObject({ status: "pending", nextAttemptAt: 400 });
    box = afterAttempt(box, key, { kind: "sent", externalId: "n-1", url: "https://hire.lever.co/candidates/x" }, 500);
    expect(outboxSummary(box)).toEqual({
      state: "sent",
      text: "Sent to lever (id n-1)",
      url: "https://hire.lever.co/candidates/x",
    });
  });
});

describe("the outbox runner", () => {
  function memoryVault(info: SessionInfo) {
    const sessions = new Map([[info.id, info]]);
    const outbound: { id: string; value: unknown }[] = [];
    const vault: OutboxVault = {
      listSessions: async () => [...sessions.values()].map((i) => ({ id: i.id, info: structuredClone(i) })),
      saveSession: async (i) => void sessions.set(i.id, structuredClone(i)),
      put: async (_t, _s, id, _at, value) => void outbound.push({ id, value }),
    };
    return { vault, sessions, outbound };
  }

  it("waits while offline, then sends once through the server and logs every request", async () => {
    Object.assign(process.env, atsTestEnv(ats.url));
    const { vault, sessions, outbound } = memoryVault({ ...data.info, ats: await queued(Date.now()) });
    let online = false;
    const route = ((_: string, init: RequestInit) =>
      pushRoute(new Request("http://app.test/api/ats/push", init))) as typeof fetch;
    const offlineFetch = (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch;
    const outbox = new AtsOutbox({
      vault,
      fetch: (u, i) => (online ? route : offlineFetch)(u as string, i),
      isOnline: () => online,
    });
    await outbox.kick();
    expect(ats.notes.lever).toHaveLength(0);
    expect(sessions.get(data.info.id)?.ats?.pushes[0]?.status).toBe("pending");
    online = true;
    await outbox.kick();
    await outbox.kick();
    outbox.dispose();
    expect(ats.notes.lever).toHaveLength(1);
    expect(sessions.get(data.info.id)?.ats?.pushes[0]).toMatchObject({ status: "sent", attempts: 1 });
    // The device's request and the server's write to Lever are both in the outbound log.
    expect(outbound.map((o) => (o.value as { destination: string }).destination)).toEqual([
      "ATS push: lever (/api/ats/push)",
      "Lever (through the organisation's server)",
    ]);
  });

  it("a server answering without credentials fails the push with words, and sends nothing to the ATS", async () => {
    const { vault, sessions } = memoryVault({ ...data.info, ats: await queued(Date.now()) });
    const route = ((_: string, init: RequestInit) =>
      pushRoute(new Request("http://app.test/api/ats/push", init))) as typeof fetch;
    const outbox = new AtsOutbox({ vault, fetch: route });
    await outbox.kick();
    outbox.dispose();
    expect(sessions.get(data.info.id)?.ats?.pushes[0]).toMatchObject({
      status: "failed",
      error: { code: "ats_not_configured", message: expect.stringContaining("not configured") },
    });
    expect(ats.received).toHaveLength(0);
  });
});
