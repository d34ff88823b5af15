/**
 * Rate limits on the analysis route: in memory in one process, and shared through a real Redis
 * (Debian's redis-server, started here on loopback) by two server processes.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startLlmTestServer, type LlmTestServer } from "../../../lib/testing/llm-test-server";
import { POST } from "./route";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "..", "..", "..");
const WINDOW = JSON.stringify({ window: "[L1] [CANDIDATE]: we sharded the queue" });
const hasRedis = spawnSync("sh", ["-c", "command -v redis-server"]).status === 0;
if (!hasRedis)
  console.warn("skipping the shared-limit test: redis-server is not installed (apt-get install redis-server)");

let llm: LlmTestServer;
beforeAll(async () => {
  llm = await startLlmTestServer();
});
afterAll(() => llm.close());

const modelEnv = () => ({
  COPILOT_LLM_API_KEY: "sk-rate-test",
  COPILOT_LLM_BASE_URL: `${llm.url}/v1`,
  COPILOT_RATE_PER_MINUTE: "40",
});

describe("per-caller rate limits", () => {
  it("refuses the 41st request in a minute with 429 and Retry-After, before any model call", async () => {
    Object.assign(process.env, modelEnv());
    const call = () =>
      POST(
        new Request("http://app.test/api/analyze", {
          method: "POST",
          body: WINDOW,
          headers: { "content-type": "application/json", host: "app.test", origin: "http://app.test" },
        }),
      );
    for (let n = 0; n < 40; n += 1) expect((await call()).status).toBe(200);
    const refused = await call();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: "rate_limited" });
    expect(llm.received).toHaveLength(40);
  }, 60_000);

  it.skipIf(!hasRedis)(
    "shares one limit between two server processes through Redis",
    async () => {
      const redisPort = 20_000 + Math.floor(Math.random() * 10_000);
      const redis = spawn(
        "redis-server",
        ["--port", String(redisPort), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        {
          stdio: "ignore",
        },
      );
      const servers: ChildProcess[] = [];
      try {
        await waitForPort(redisPort);
        const env = { ...process.env, ...modelEnv(), REDIS_URL: `redis://127.0.0.1:${redisPort}` };
        const ports: number[] = [];
        for (let k = 0; k < 2; k += 1) {
          const child = spawn(process.execPath, ["--import", "tsx", path.join(HERE, "test-route-process.ts"), "0"], {
            cwd: ROOT,
            env,
            stdio: ["ignore", "pipe", "inherit"],
          });
          servers.push(child);
          const [line] = (await once(child.stdout!, "data")) as [Buffer];
          ports.push(Number(/ready (\d+)/.exec(line.toString())?.[1]));
        }
        llm.received.length = 0;
        const call = (port: number) =>
          fetch(`http://127.0.0.1:${port}/api/analyze`, {
            method: "POST",
            body: WINDOW,
            headers: { "content-type": "application/json" },
          });
        // 40 requests spread over both processes use up the one shared limit…
        for (let n = 0; n < 40; n += 1) expect((await call(ports[n % 2] ?? 0)).status).toBe(200);
        // …so the 41st is refused by either.
        const refused = await call(ports[0] ?? 0);
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
        expect((await call(ports[1] ?? 0)).status).toBe(429);
        expect(llm.received).toHaveLength(40);
      } finally {
        for (const child of servers) child.kill();
        redis.kill();
      }
    },
    120_000,
  );
});

async function waitForPort(port: number): Promise<void> {
  const { connect } = await import("node:net");
  for (let tries = 0; tries < 100; tries += 1) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`redis-server did not start on port ${port}`);
}
