import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";

/** Starts the production build on a free port for a benchmark; stops it afterwards. */
export async function withServer<T>(
  port: number,
  work: (baseUrl: string) => Promise<T>,
  env: Record<string, string> = {},
): Promise<T> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("no production build: run npm run build first");
  const server: ChildProcess = spawn("npx", ["next", "start", "-p", String(port)], {
    stdio: "ignore",
    detached: true,
    // A benchmark sends windows faster than an interview does: the per-minute limit is not what it measures.
    env: { COPILOT_RATE_PER_MINUTE: "100000", ...process.env, ...env },
  });
  const baseUrl = `http://localhost:${port}`;
  try {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const up = await fetch(baseUrl).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error("the app server did not start within 60 s");
      await new Promise((r) => setTimeout(r, 300));
    }
    return await work(baseUrl);
  } finally {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}
