import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { atsDebriefOf } from "../../../lib/ats/debrief";
import { pushKey } from "../../../lib/ats/idempotency";
import { AtsPushAnswerSchema, AtsStatusSchema } from "../../../lib/ats/protocol";
import { atsTestEnv, startAtsTestServer, TEST_ATS, type AtsTestServer } from "../../../lib/testing/ats-test-server";
import { SessionDataSchema } from "../../../lib/session/model";
import { POST as lookup } from "./lookup/route";
import { POST as push } from "./push/route";
import { GET as status } from "./route";

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
    id: "route-session",
    candidate: "Marta Ruiz",
    role: "Data engineer",
    questionPlan: ["Kafka experience"],
    createdAt: Date.UTC(2026, 11, 1, 9),
    endedAt: Date.UTC(2026, 11, 1, 9, 40),
    retentionMs: null,
    scorecard: {
      ratings: [{ competency: "Kafka experience", rating: 4, note: "" }],
      recommendation: "Hire.",
      updatedAt: 1,
    },
  },
  segments: [],
  insights: [],
  notes: [],
});

const post = (handler: (r: Request) => Promise<Response>, body: unknown, headers: Record<string, string> = {}) =>
  handler(
    new Request("http://app.test/api/ats/push", {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers: { "content-type": "application/json", ...headers },
    }),
  );

async function pushBody() {
  const debrief = atsDebriefOf(data, ["Kafka experience"], false);
  return {
    connector: "lever" as const,
    record: TEST_ATS.lever.opportunityId,
    debrief,
    key: await pushKey("lever", TEST_ATS.lever.opportunityId, debrief),
  };
}

describe("the ATS routes", () => {
  it("say which connectors the server has, naming no key and no URL", async () => {
    Object.assign(process.env, atsTestEnv(ats.url));
    delete process.env.COPILOT_ASHBY_API_KEY;
    const response = await status(new Request("http://app.test/api/ats"));
    const text = await response.text();
    const answer = AtsStatusSchema.parse(JSON.parse(text));
    expect(answer.connectors.map((c) => [c.id, c.configured, c.enabled])).toEqual([
      ["greenhouse", true, true],
      ["lever", true, true],
      ["ashby", false, true],
      ["webhook", true, true],
    ]);
    expect(answer.transcriptAllowed).toBe(false);
    expect(text).not.toMatch(/canary|127\.0\.0\.1|whsec_/);
  });

  it("push once, with what was sent to the ATS in the answer, and a repeat creates nothing", async () => {
    Object.assign(process.env, atsTestEnv(ats.url));
    const body = await pushBody();
    const first = AtsPushAnswerSchema.parse(await (await post(push, body)).json());
    expect(first).toMatchObject({ ok: true, result: { existing: false } });
    expect("forwarded" in first && first.forwarded.some((f) => f.body.includes("Kafka experience: Strong yes"))).toBe(
      true,
    );
    const again = AtsPushAnswerSchema.parse(await (await post(push, body)).json());
    expect(again).toMatchObject({ ok: true, result: { existing: true } });
    expect(ats.notes.lever).toHaveLength(1);
  });

  it("answer 'not configured' without credentials, and a typed error for each refusal, leaking nothing", async () => {
    const body = await pushBody();
    const notConfigured = await post(push, body);
    expect(notConfigured.status).toBe(503);
    expect(await notConfigured.json()).toMatchObject({ error: "ats_not_configured" });
    Object.assign(process.env, atsTestEnv(ats.url));
    expect((await post(push, { ...body, extra: 1 })).status).toBe(400);
    expect((await post(push, "not json at all")).status).toBe(400);
    expect((await post(push, body, { "content-type": "text/plain" })).status).toBe(415);
    expect((await post(push, "x".repeat(3 * 1024 * 1024))).status).toBe(413);
    expect((await post(push, body, { origin: "https://evil.example" })).status).toBe(403);
    const missing = await post(lookup, { connector: "lever", record: "11111111-2222-4333-8444-555555555555" });
    expect(missing.status).toBe(404);
    const text = await missing.text();
    expect(JSON.parse(text)).toEqual({ error: "ats_not_found", retryAfterS: null, forwarded: [] });
    expect(text).not.toMatch(/canary|127\.0\.0\.1/);
    expect(ats.notes.lever).toHaveLength(0);
  });

  it("find the record a push will land on", async () => {
    Object.assign(process.env, atsTestEnv(ats.url));
    const found = await post(lookup, {
      connector: "ashby",
      record: `https://app.ashbyhq.com/candidates/${TEST_ATS.ashby.candidateId}`,
    });
    expect(await found.json()).toEqual({
      ok: true,
      id: TEST_ATS.ashby.candidateId,
      name: "Marta Ruiz",
      url: `https://app.ashbyhq.com/candidates/${TEST_ATS.ashby.candidateId}`,
    });
  });

  it("in organisation mode, refuse a caller who has not signed in", async () => {
    Object.assign(process.env, atsTestEnv(ats.url), {
      COPILOT_DEPLOYMENT: "organisation",
      COPILOT_OIDC_ISSUER: "https://id.example.org",
      COPILOT_OIDC_CLIENT_ID: "copilot",
      COPILOT_OIDC_CLIENT_SECRET: "client-secret",
      COPILOT_PUBLIC_URL: "https://copilot.example.org",
      COPILOT_SESSION_SECRET: "route-test-session-secret-0123456789abcdef",
    });
    for (const response of [
      await status(new Request("http://app.test/api/ats")),
      await post(push, await pushBody()),
      await post(lookup, { connector: "lever", record: TEST_ATS.lever.opportunityId }),
    ]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: "sign_in_required" });
    }
    expect(ats.received).toHaveLength(0);
  });
});
