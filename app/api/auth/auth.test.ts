import { spawnSync } from "node:child_process";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { finishSignIn } from "../../../lib/server/auth/sign-in-routes";
import { seal, SESSION_COOKIE, SESSION_SECONDS, TRANSACTION_COOKIE } from "../../../lib/server/auth/sealed-cookie";
import { DeploymentError, resolveDeployment, UNSAFE_OVERRIDE } from "../../../lib/server/deployment";
import { startLlmTestServer, type LlmTestServer } from "../../../lib/testing/llm-test-server";
import { GET as analyzeStatus, POST as analyze } from "../analyze/route";
import { GET as models } from "../models/route";
import { GET as session } from "./session/route";

const SECRET = "route-test-session-secret-0123456789abcdef";
const ORG = {
  COPILOT_DEPLOYMENT: "organisation",
  COPILOT_OIDC_ISSUER: "https://id.example.org",
  COPILOT_OIDC_CLIENT_ID: "copilot",
  COPILOT_OIDC_CLIENT_SECRET: "client-secret",
  COPILOT_PUBLIC_URL: "https://copilot.example.org",
  COPILOT_SESSION_SECRET: SECRET,
};

describe("deployment modes", () => {
  const refused = (env: Record<string, string>) => {
    try {
      resolveDeployment(env);
    } catch (error) {
      expect(error).toBeInstanceOf(DeploymentError);
      return (error as Error).message;
    }
    throw new Error("the configuration was accepted");
  };

  it("defaults to laptop mode on loopback, and refuses laptop mode on the network", () => {
    expect(resolveDeployment({})).toMatchObject({ mode: "laptop", host: "127.0.0.1", oidc: null });
    expect(resolveDeployment({ COPILOT_HOST: "::1" })).toMatchObject({ host: "::1" });
    expect(refused({ COPILOT_HOST: "0.0.0.0" })).toMatch(/loopback only/);
  });

  it("refuses organisation mode without sign-in unless the loud override is set", () => {
    expect(refused({ COPILOT_DEPLOYMENT: "organisation" })).toMatch(/COPILOT_OIDC_ISSUER.*COPILOT_SESSION_SECRET/);
    expect(refused({ COPILOT_DEPLOYMENT: "organisation" })).toContain(UNSAFE_OVERRIDE);
    expect(resolveDeployment({ COPILOT_DEPLOYMENT: "organisation", [UNSAFE_OVERRIDE]: "yes" })).toMatchObject({
      mode: "organisation",
      host: "0.0.0.0",
      oidc: null,
      unsafe: true,
    });
    // Anything but "yes" is not the override.
    refused({ COPILOT_DEPLOYMENT: "organisation", [UNSAFE_OVERRIDE]: "true" });
  });

  it("refuses half-configured, short-secret, plain-http or unknown-mode sign-in", () => {
    expect(refused({ ...ORG, COPILOT_OIDC_CLIENT_SECRET: "" })).toMatch(/half configured: COPILOT_OIDC_CLIENT_SECRET/);
    expect(refused({ ...ORG, COPILOT_SESSION_SECRET: "short" })).toMatch(/at least 32/);
    expect(refused({ ...ORG, COPILOT_OIDC_ISSUER: "http://id.example.org" })).toMatch(/must be https/);
    expect(refused({ ...ORG, COPILOT_DEPLOYMENT: "cloud" })).toMatch(/"laptop" or "organisation"/);
    // Plain http only on loopback (the tests' provider).
    expect(resolveDeployment({ ...ORG, COPILOT_OIDC_ISSUER: "http://127.0.0.1:9999" }).oidc?.issuer.href).toBe(
      "http://127.0.0.1:9999/",
    );
  });

  it("the start script refuses a refused configuration and an unknown flag before anything listens", () => {
    const run = (args: string[], env: Record<string, string>) =>
      spawnSync("npx", ["tsx", "scripts/serve.ts", ...args], { env: { ...process.env, ...env }, encoding: "utf8" });
    const network = run(["--port", "3999"], { COPILOT_DEPLOYMENT: "organisation" });
    expect(network.status).toBe(1);
    expect(network.stderr).toMatch(/organisation mode needs sign-in/);
    const flag = run(["--listen-everywhere"], {});
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/Unknown option '--listen-everywhere'/);
  }, 30_000);
});

describe("organisation mode: every /api route needs a session", () => {
  let llm: LlmTestServer;
  const saved = { ...process.env };
  beforeAll(async () => {
    llm = await startLlmTestServer();
    return () => llm.close();
  });
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  });
  const useOrganisationMode = () =>
    Object.assign(process.env, ORG, {
      COPILOT_LLM_API_KEY: "sk-auth-test",
      COPILOT_LLM_BASE_URL: `${llm.url}/v1`,
      COPILOT_RATE_PER_MINUTE: "100000",
    });
  const call = (path: string, cookie?: string, body?: unknown) =>
    new Request(`https://copilot.example.org${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: {
        "content-type": "application/json",
        "sec-fetch-site": "same-origin",
        ...(cookie ? { cookie } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const sessionCookie = async (payload: Record<string, unknown>, secret = SECRET, purpose = SESSION_COOKIE) =>
    `${SESSION_COOKIE}=${await seal(payload, secret, purpose, SESSION_SECONDS)}`;

  it("no session: 401 sign_in_required from every route, and the model host hears nothing", async () => {
    useOrganisationMode();
    llm.received.length = 0;
    for (const response of [
      await analyzeStatus(call("/api/analyze")),
      await analyze(call("/api/analyze", undefined, { window: "hello" })),
      await models(call("/api/models")),
      await session(call("/api/auth/session")),
    ]) {
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: "sign_in_required", forwarded: [] });
    }
    expect(llm.received).toHaveLength(0);
  });

  it("a valid session passes; a forged, other-key or other-purpose cookie does not", async () => {
    useOrganisationMode();
    const good = await sessionCookie({ sub: "u-1", name: "Dana" });
    expect((await analyzeStatus(call("/api/analyze", good))).status).toBe(200);
    expect(await (await session(call("/api/auth/session", good))).json()).toEqual({
      mode: "organisation",
      signInRequired: true,
      user: "Dana",
    });
    const reply = await analyze(call("/api/analyze", good, { window: "Interviewer: How did you scale Kafka?" }));
    expect(reply.status).toBe(200);
    await reply.text();
    const tampered = good.slice(0, -4) + (good.endsWith("AAAA") ? "BBBB" : "AAAA");
    const otherKey = await sessionCookie({ sub: "u-1" }, "another-secret-that-is-also-32-chars-long");
    const otherPurpose = await sessionCookie({ sub: "u-1" }, SECRET, TRANSACTION_COOKIE);
    for (const cookie of [tampered, otherKey, otherPurpose, `${SESSION_COOKIE}=not-a-token`]) {
      expect((await analyzeStatus(call("/api/analyze", cookie))).status).toBe(401);
    }
  });

  it("a signed-in caller from another site is still refused (the cookie is not enough)", async () => {
    useOrganisationMode();
    const good = await sessionCookie({ sub: "u-1" });
    const request = new Request("https://copilot.example.org/api/analyze", {
      method: "POST",
      headers: { "content-type": "application/json", "sec-fetch-site": "cross-site", cookie: good },
      body: JSON.stringify({ window: "x" }),
    });
    expect((await analyze(request)).status).toBe(403);
  });

  it("a return from the provider without this browser's sign-in transaction goes home with signin=failed", async () => {
    useOrganisationMode();
    const deployment = resolveDeployment(process.env);
    const response = await finishSignIn(deployment, call("/api/auth/callback?code=stolen&state=guess"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/?signin=failed");
    expect(response.headers.get("set-cookie")).not.toContain(`${SESSION_COOKIE}=`);
  });

  it("laptop mode needs no session, only the app's own origin", async () => {
    Object.assign(process.env, { COPILOT_LLM_API_KEY: "sk-auth-test", COPILOT_LLM_BASE_URL: `${llm.url}/v1` });
    expect((await analyzeStatus(call("/api/analyze"))).status).toBe(200);
    expect(await (await session(call("/api/auth/session"))).json()).toEqual({
      mode: "laptop",
      signInRequired: false,
      user: null,
    });
  });
});
