/**
 * The judgement issue's examples through `copilot analyze <transcript> --offline --json`: each insight is
 * printed with its type and check, so the flags can be read from the command line.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "./main";

async function analyze(lines: string[]): Promise<{ type: string; check?: string; segmentId: string }[]> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "analyze-")), "t.txt");
  writeFileSync(file, lines.join("\n"));
  let out = "";
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    expect(await main(["analyze", file, "--offline", "--json", "--today", "2026-12-01"])).toBe(0);
  } finally {
    stdout.mockRestore();
  }
  return out
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

const FLAGGED: [string, string, string][] = [
  ["Candidate", "I've programmed in Kotlin for 18 years", "fact_check"],
  ["Candidate", "Terraform since 2009", "fact_check"],
  ["Candidate", "25-plus years of Docker", "fact_check"],
  ["Candidate", "a decade and a half of Vue", "fact_check"],
  ["Candidate", "nineteen years of Go", "fact_check"],
  ["Candidate", "error rates dropped by 300%", "fact_check"],
  ["Candidate", "queries went from 2 seconds to 1 second, ten times faster", "fact_check"],
  ["Interviewer", "When were you born?", "compliance"],
  ["Interviewer", "How old are your kids?", "compliance"],
];
const NOT_FLAGGED: [string, string][] = [
  ["Candidate", "I've used MySQL since 2004"],
  ["Candidate", "eleven years in banking before I picked up Kotlin"],
  ["Interviewer", "Can you work the hours this role requires?"],
  ["Interviewer", "What salary range are you looking for?"],
];

describe("copilot analyze --offline --json on the issue's examples", () => {
  it.each(FLAGGED)("%s: %s -> %s", async (speaker, text, type) => {
    const insights = await analyze(["Interviewer: Tell me about your background?", `${speaker}: ${text}`]);
    const answer = insights.filter((i) => i.segmentId === "t-2");
    expect(answer.filter((i) => i.type === type).length, JSON.stringify(insights)).toBe(1);
  });
  it.each(NOT_FLAGGED)("%s: %s -> nothing", async (speaker, text) => {
    const insights = await analyze(["Interviewer: Tell me about your background?", `${speaker}: ${text}`]);
    expect(insights.filter((i) => i.type === "fact_check" || i.type === "compliance")).toEqual([]);
  });
  it("refuses an unknown flag", async () => {
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    try {
      expect(await main(["analyze", "x.txt", "--bogus"])).toBe(2);
    } finally {
      err.mockRestore();
    }
  });
});
