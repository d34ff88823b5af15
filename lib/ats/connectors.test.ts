import { createHmac } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { atsTestEnv, startAtsTestServer, TEST_ATS, type AtsTestServer, type Vendor } from "../testing/ats-test-server";
import { DEFAULT_ORG_POLICY, type OrganisationPolicy } from "../vault/policy";
import { markerOf, type AtsConnectorId, type AtsDebrief } from "./debrief";
import { pushKey } from "./idempotency";
import { forgetPushes, lookupRecord, pushDebrief } from "./server";

let server: AtsTestServer;
let env: Record<string, string>;
beforeAll(async () => {
  server = await startAtsTestServer();
  env = atsTestEnv(server.url);
});
beforeEach(() => server.reset());
afterAll(() => server.close());

const debrief = (recommendation = "Move to the system design round."): AtsDebrief => ({
  sessionId: `s-${Math.random().toString(36).slice(2)}`,
  candidate: "Marta Ruiz",
  role: "Data engineer",
  interviewedAt: Date.UTC(2026, 11, 1, 9),
  durationMs: 42 * 60_000,
  ratings: [
    { competency: "Kafka experience", rating: 3, label: "Yes", note: "Solid on partitions." },
    { competency: "Mentoring", rating: null, label: "Not rated", note: "" },
  ],
  recommendation,
  transcript: null,
});

const RECORDS: Record<AtsConnectorId, string> = {
  greenhouse: `https://app.greenhouse.io/people/${TEST_ATS.greenhouse.candidateId}?application_id=55`,
  lever: `https://hire.lever.co/candidates/${TEST_ATS.lever.opportunityId}`,
  ashby: `https://app.ashbyhq.com/candidate-searches/new/right-side/candidates/${TEST_ATS.ashby.candidateId}`,
  webhook: "req-2026-0042",
};
const IDS: Record<AtsConnectorId, string> = {
  greenhouse: TEST_ATS.greenhouse.candidateId,
  lever: TEST_ATS.lever.opportunityId,
  ashby: TEST_ATS.ashby.candidateId,
  webhook: "req-2026-0042",
};

const noWait = { sleep: async () => {} };
async function push(
  connector: AtsConnectorId,
  d = debrief(),
  options: { policy?: OrganisationPolicy; env?: Record<string, string> } = {},
) {
  const forwarded: { destination: string; body: string }[] = [];
  const key = await pushKey(connector, IDS[connector], d);
  const result = await pushDebrief(
    { connector, record: RECORDS[connector], debrief: d, key },
    { policy: options.policy ?? DEFAULT_ORG_POLICY, env: options.env ?? env, http: noWait },
    forwarded,
  );
  return { result, forwarded, key };
}
const writes = (vendor: Vendor) =>
  server.received.filter(
    (r) =>
      r.vendor === vendor &&
      r.method === "POST" &&
      !r.path.includes("/auth/") &&
      !r.path.includes("list") &&
      !r.path.includes(".info"),
  );

describe("the Greenhouse connector (Harvest v3)", () => {
  it("gets a token by client credentials, writes one note with the documented fields, and finds it on a retry", async () => {
    const d = debrief();
    const { result, key } = await push("greenhouse", d);
    expect(result).toMatchObject({ existing: false, url: `https://app.greenhouse.io/people/${IDS.greenhouse}` });
    const token = server.received.find((r) => r.path === "/greenhouse/auth/token");
    expect(token?.body).toContain("grant_type=client_credentials");
    expect(token?.body).toContain(`sub=${TEST_ATS.greenhouse.userId}`);
    const [write] = writes("greenhouse");
    expect(write?.headers.authorization).toMatch(/^Bearer gh-token-/);
    const body = JSON.parse(write?.body ?? "{}");
    expect(body).toEqual({
      candidate_id: Number(IDS.greenhouse),
      body: expect.stringContaining("- Kafka experience: Yes\n  Solid on partitions."),
      user_id: Number(TEST_ATS.greenhouse.userId),
      visibility: "public",
    });
    expect(body.body).toContain(markerOf(key));
    expect(body.body).toContain("Recommendation: Move to the system design round.");
    // A retry (the same key) writes nothing new: answered from memory, and after a restart from the
    // note's marker in Greenhouse.
    const again = await push("greenhouse", d);
    expect(again.result).toEqual({ ...result, existing: true });
    forgetPushes();
    const afterRestart = await push("greenhouse", d);
    expect(afterRestart.result).toEqual({ ...result, existing: true });
    expect(server.notes.greenhouse).toHaveLength(1);
  });

  it("finds the candidate from a link, and says when there is none", async () => {
    await expect(lookupRecord("greenhouse", RECORDS.greenhouse, { policy: DEFAULT_ORG_POLICY, env })).resolves.toEqual({
      id: IDS.greenhouse,
      name: "Marta Ruiz",
      url: `https://app.greenhouse.io/people/${IDS.greenhouse}`,
    });
    await expect(lookupRecord("greenhouse", "999", { policy: DEFAULT_ORG_POLICY, env })).rejects.toMatchObject({
      code: "ats_not_found",
    });
    await expect(
      lookupRecord("greenhouse", "https://evil.example/people/4242", { policy: DEFAULT_ORG_POLICY, env }),
    ).rejects.toMatchObject({ code: "ats_invalid" });
  });

  it("maps a refused key, a missing field and a missing candidate to typed codes", async () => {
    await expect(
      push("greenhouse", debrief(), { env: { ...env, COPILOT_GREENHOUSE_CLIENT_SECRET: "wrong" } }),
    ).rejects.toMatchObject({ code: "ats_bad_key", message: expect.stringContaining("bad key") });
    server.fail("greenhouse", 403);
    await expect(push("greenhouse")).rejects.toMatchObject({ code: "ats_forbidden" });
    // The test server checks the documented required fields: a note without a visibility is a 422.
    server.fail("greenhouse", 422);
    await expect(push("greenhouse")).rejects.toMatchObject({ code: "ats_invalid" });
  });
});

describe("the Lever connector", () => {
  it("writes one note on the opportunity with Basic auth, and a retry finds it", async () => {
    const d = debrief();
    const { result } = await push("lever", d);
    expect(result).toMatchObject({ externalId: expect.stringMatching(/^note-/), existing: false });
    const [write] = writes("lever");
    expect(write?.path).toBe(`/lever/v1/opportunities/${IDS.lever}/notes`);
    expect(write?.headers.authorization).toBe(`Basic ${Buffer.from(`${TEST_ATS.lever.apiKey}:`).toString("base64")}`);
    expect(JSON.parse(write?.body ?? "{}")).toEqual({
      value: expect.stringContaining("Interview debrief: Marta Ruiz, Data engineer (2026-12-01, 42:00)"),
      notifyFollowers: false,
    });
    forgetPushes();
    expect((await push("lever", d)).result).toEqual({ ...result, existing: true });
    expect(server.notes.lever).toHaveLength(1);
  });

  it("attributes the note with perform_as when a user is configured", async () => {
    await push("lever", debrief(), { env: { ...env, COPILOT_LEVER_PERFORM_AS: "user-77" } });
    expect(writes("lever")[0]?.path).toMatch(/\?perform_as=user-77$/);
  });

  it("waits out a 429's Retry-After and then writes once", async () => {
    const waits: number[] = [];
    server.fail("lever", 429, 2, 2);
    const d = debrief();
    const key = await pushKey("lever", IDS.lever, d);
    const result = await pushDebrief(
      { connector: "lever", record: RECORDS.lever, debrief: d, key },
      { policy: DEFAULT_ORG_POLICY, env, http: { sleep: async (ms) => void waits.push(ms) } },
    );
    expect(waits).toEqual([2_000, 2_000]);
    expect(result.existing).toBe(false);
    expect(server.notes.lever).toHaveLength(1);
  });

  it("gives a long Retry-After back to the device instead of holding the request", async () => {
    server.fail("lever", 429, 1, 120);
    await expect(push("lever")).rejects.toMatchObject({ code: "ats_rate_limited", retryAfterS: 120 });
    expect(server.notes.lever).toHaveLength(0);
  });

  it("says candidate not found for an opportunity Lever does not have", async () => {
    const d = debrief();
    const other = "11111111-2222-4333-8444-555555555555";
    const key = await pushKey("lever", other, d);
    await expect(
      pushDebrief(
        { connector: "lever", record: other, debrief: d, key },
        { policy: DEFAULT_ORG_POLICY, env, http: noWait },
      ),
    ).rejects.toMatchObject({ code: "ats_not_found", message: expect.stringContaining("candidate not found") });
  });
});

describe("the Ashby connector", () => {
  it("writes a plain-text note through candidate.createNote, and a retry finds it", async () => {
    const d = debrief();
    const { result } = await push("ashby", d);
    expect(result).toMatchObject({ existing: false, url: `https://app.ashbyhq.com/candidates/${IDS.ashby}` });
    const [write] = writes("ashby").filter((r) => r.path === "/ashby/candidate.createNote");
    expect(JSON.parse(write?.body ?? "{}")).toEqual({
      candidateId: IDS.ashby,
      note: { type: "text/plain", value: expect.stringContaining("Kafka experience: Yes") },
      sendNotifications: false,
    });
    forgetPushes();
    expect((await push("ashby", d)).result).toEqual({ ...result, existing: true });
    expect(server.notes.ashby).toHaveLength(1);
  });

  it("reads Ashby's HTTP 200 failures and its auth statuses as typed codes", async () => {
    const d = debrief();
    const other = "11111111-2222-4333-8444-555555555555";
    const key = await pushKey("ashby", other, d);
    await expect(
      pushDebrief(
        { connector: "ashby", record: other, debrief: d, key },
        { policy: DEFAULT_ORG_POLICY, env, http: noWait },
      ),
    ).rejects.toMatchObject({ code: "ats_not_found" });
    await expect(push("ashby", d, { env: { ...env, COPILOT_ASHBY_API_KEY: "nope" } })).rejects.toMatchObject({
      code: "ats_forbidden",
    });
    server.fail("ashby", 401);
    await expect(push("ashby", d)).rejects.toMatchObject({ code: "ats_bad_key" });
  });
});

describe("the webhook connector", () => {
  it("posts the versioned debrief signed the Standard Webhooks way, and the recipe verifies it", async () => {
    const d = debrief();
    const { key } = await push("webhook", d);
    const [delivery] = server.received.filter((r) => r.vendor === "webhook");
    const body = delivery?.body ?? "";
    expect(JSON.parse(body)).toEqual({
      format: "interview-copilot.debrief",
      version: 1,
      idempotencyKey: key,
      record: IDS.webhook,
      debrief: d,
    });
    // The documented recipe: base64 HMAC-SHA256 over "id.timestamp.body" with the secret's bytes.
    const secret = Buffer.from(TEST_ATS.webhook.secret.slice("whsec_".length), "base64");
    const id = delivery?.headers["webhook-id"];
    const timestamp = delivery?.headers["webhook-timestamp"];
    expect(id).toBe(key);
    const expected = createHmac("sha256", secret).update(`${id}.${timestamp}.${body}`).digest("base64");
    expect(delivery?.headers["webhook-signature"]).toBe(`v1,${expected}`);
    // The receiver checks it: the same headers over a changed body are refused.
    const tampered = await fetch(`${server.url}/webhook`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "webhook-id": id ?? "",
        "webhook-timestamp": timestamp ?? "",
        "webhook-signature": delivery?.headers["webhook-signature"] ?? "",
      },
      body: body.replace("Yes", "Strong yes"),
    });
    expect(tampered.status).toBe(401);
    expect(server.webhookDeliveries).toHaveLength(1);
  });

  it("a repeat the receiver already has is a duplicate, not a second delivery", async () => {
    const d = debrief();
    const key = await pushKey("webhook", IDS.webhook, d);
    const request = { connector: "webhook" as const, record: RECORDS.webhook, debrief: d, key };
    await pushDebrief(request, { policy: DEFAULT_ORG_POLICY, env, http: noWait });
    // A restarted server (nothing remembered) sends it again: the receiver drops it by webhook-id.
    forgetPushes();
    const again = await pushDebrief(request, { policy: DEFAULT_ORG_POLICY, env, http: noWait });
    expect(again.existing).toBe(true);
    expect(server.webhookDeliveries).toHaveLength(1);
  });
});

describe("what the server allows", () => {
  it("refuses a connector the policy does not enable, one without credentials, a transcript, and a forged key", async () => {
    const only = { ...DEFAULT_ORG_POLICY, ats: { connectors: ["lever" as const], includeTranscript: false } };
    await expect(push("greenhouse", debrief(), { policy: only })).rejects.toMatchObject({ code: "ats_not_enabled" });
    const noAshby = Object.fromEntries(Object.entries(env).filter(([k]) => k !== "COPILOT_ASHBY_API_KEY"));
    await expect(push("ashby", debrief(), { env: noAshby })).rejects.toMatchObject({ code: "ats_not_configured" });
    const withTranscript = { ...debrief(), transcript: [{ speaker: "Marta Ruiz", atMs: 0, text: "Hello." }] };
    await expect(push("lever", withTranscript)).rejects.toMatchObject({ code: "ats_not_enabled" });
    const allowed = { ...DEFAULT_ORG_POLICY, ats: { connectors: ["lever" as const], includeTranscript: true } };
    await expect(push("lever", withTranscript, { policy: allowed })).resolves.toBeDefined();
    const d = debrief();
    await expect(
      pushDebrief(
        {
          connector: "lever",
          record: RECORDS.lever,
          debrief: { ...d, recommendation: "edited" },
          key: await pushKey("lever", IDS.lever, d),
        },
        { policy: DEFAULT_ORG_POLICY, env, http: noWait },
      ),
    ).rejects.toMatchObject({ code: "ats_invalid" });
    expect(server.notes.lever).toHaveLength(1);
  });
});

describe("every connector, the same way", () => {
  const vendors: [AtsConnectorId, Vendor][] = [
    ["greenhouse", "greenhouse"],
    ["lever", "lever"],
    ["ashby", "ashby"],
    ["webhook", "webhook"],
  ];

  it.each(vendors)(
    "%s: a 429 is retried after its Retry-After, then the write happens once",
    async (connector, vendor) => {
      const waits: number[] = [];
      server.fail(vendor, 429, 1, 3);
      const d = debrief();
      const key = await pushKey(connector, IDS[connector], d);
      const result = await pushDebrief(
        { connector, record: RECORDS[connector], debrief: d, key },
        { policy: DEFAULT_ORG_POLICY, env, http: { sleep: async (ms) => void waits.push(ms) } },
      );
      expect(waits).toEqual([3_000]);
      expect(result.existing).toBe(false);
      const written = connector === "webhook" ? server.webhookDeliveries : server.notes[connector as "lever"];
      expect(written).toHaveLength(1);
    },
  );

  it.each(vendors)(
    "%s: 401, 403, 404 and 422 become bad key, permissions, not found and invalid",
    async (connector, vendor) => {
      for (const [status, code] of [
        [401, "ats_bad_key"],
        [403, "ats_forbidden"],
        [404, "ats_not_found"],
        [422, "ats_invalid"],
      ] as const) {
        server.fail(vendor, status);
        await expect(push(connector)).rejects.toMatchObject({ code });
      }
      expect(server.received.filter((r) => r.vendor === vendor)).toHaveLength(4);
    },
  );
});
