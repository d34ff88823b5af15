/** `copilot report` through the real binary: the JSON the issue names, and clear errors on bad input. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "bin", "copilot.mjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, "report", ...args], { encoding: "utf8" });
const dir = mkdtempSync(path.join(tmpdir(), "copilot-report-"));

const VTT = `WEBVTT

1
00:00:00.000 --> 00:00:04.000
<v Dana Whitfield>Could you walk me through the Kafka migration?

2
00:00:05.000 --> 00:00:35.000
<v Marta Ruiz>We moved forty services in two quarters and I owned the consumer framework and

3
00:00:35.100 --> 00:00:37.000
<v Dana Whitfield>Sorry, did you lead it?

4
00:00:38.000 --> 00:00:40.000
<v Marta Ruiz>Yes.
`;

describe("copilot report", () => {
  it("prints talk share, the longest monologue, classified questions and interruptions as JSON", () => {
    const file = path.join(dir, "call.vtt");
    writeFileSync(file, VTT);
    const plan = path.join(dir, "plan.txt");
    writeFileSync(plan, "Kafka migration\nOn-call\n");
    const result = run(file, "--plan", plan, "--json");
    expect(result.status, result.stderr).toBe(0);
    const { analytics, summary } = JSON.parse(result.stdout);
    expect(analytics.interviewer).toBe("Dana Whitfield");
    // Dana 4 + 1.9 s, Marta 30 + 2 s of 37.9 s.
    expect(analytics.speakers["Marta Ruiz"].talkShare).toBeCloseTo(32 / 37.9, 3);
    expect(analytics.speakers["Marta Ruiz"].longestMonologueMs).toBe(30_000);
    expect(analytics.questions.map((q: { class: string; segmentId: string }) => [q.class, q.segmentId])).toEqual([
      ["technical", "t-1"],
      ["closed", "t-3"],
    ]);
    expect(analytics.interruptions).toEqual([expect.objectContaining({ segmentId: "t-3", kind: "cut_off" })]);
    expect(analytics.plan.map((p: { covered: boolean }) => p.covered)).toEqual([true, false]);
    expect(summary.notice).toMatch(/does not rate/);
  }, 30_000);

  it("says what is wrong with a file it cannot read, and changes nothing", () => {
    const bad = path.join(dir, "bad.json");
    writeFileSync(bad, '{"segments": 3}');
    const result = run(bad);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/neither a session export nor a list of segments/);
    const missing = run(path.join(dir, "nope.vtt"));
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/ENOENT|no such file/);
  }, 30_000);
});
