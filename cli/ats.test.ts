/** `copilot ats push` through the real binary, against the local ATS test server. */
import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toJson } from "../lib/session/exports";
import { SessionDataSchema } from "../lib/session/model";
import { atsTestEnv, startAtsTestServer, TEST_ATS, type AtsTestServer } from "../lib/testing/ats-test-server";

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "bin", "copilot.mjs");
const dir = mkdtempSync(path.join(tmpdir(), "copilot-ats-"));
let ats: AtsTestServer;
beforeAll(async () => {
  ats = await startAtsTestServer();
});
afterAll(() => ats.close());

/** The binary run asynchronously: the test server answers in this process meanwhile. */
function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, "ats", ...args], { env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const session = path.join(dir, "session.json");
writeFileSync(
  session,
  toJson(
    SessionDataSchema.parse({
      info: {
        id: "cli-session",
        candidate: "Marta Ruiz",
        role: "Data engineer",
        questionPlan: ["Kafka experience"],
        createdAt: Date.UTC(2026, 11, 1, 9),
        endedAt: Date.UTC(2026, 11, 1, 9, 30),
        retentionMs: null,
        scorecard: {
          ratings: [{ competency: "Kafka experience", rating: 4, note: "Owned it." }],
          recommendation: "Hire.",
          updatedAt: 1,
        },
      },
      segments: [],
      insights: [],
      notes: [],
    }),
  ),
);
const link = `https://hire.lever.co/candidates/${TEST_ATS.lever.opportunityId}`;

describe("copilot ats push", () => {
  it("shows exactly what it would write on a dry run, and sends nothing", async () => {
    const result = await run(["push", session, "--to", "lever", "--record", link, "--dry-run"], atsTestEnv(ats.url));
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("Would write to Lever");
    expect(result.stdout).toContain("- Kafka experience: Strong yes\n  Owned it.");
    expect(ats.received).toHaveLength(0);
  });

  it("writes once, and a second run finds the first write", async () => {
    const first = await run(["push", session, "--to", "lever", "--record", link, "--json"], atsTestEnv(ats.url));
    expect(first.status, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ connector: "lever", existing: false });
    const second = await run(["push", session, "--to", "lever", "--record", link], atsTestEnv(ats.url));
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^Already in Lever: id note-/);
    expect(ats.notes.lever).toHaveLength(1);
  });

  it("says what is wrong: no credentials, a bad record, an unknown flag or subcommand", async () => {
    const none = await run(["push", session, "--to", "ashby", "--record", TEST_ATS.ashby.candidateId]);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain("ats_not_configured");
    const bad = await run(["push", session, "--to", "greenhouse", "--record", "https://evil.example/people/1"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("not a greenhouse candidate id or profile link");
    expect((await run(["push", session, "--to", "lever", "--record", link, "--force"])).status).toBe(2);
    expect((await run(["pull"])).status).toBe(2);
    expect((await run(["push", session, "--to", "bamboo", "--record", "x"])).status).toBe(2);
  });
});
