/**
 * The examples of the issue that asked for the privacy gate on speech, through `copilot scrub --json`:
 * nothing personal remains, and no technical word is replaced. Each sentence goes through the command's
 * own entry point (`main`) in this process, reading stdin as `copilot scrub -` does; one test spawns the
 * real binary to show the same through the shell.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { main } from "./main";

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "bin", "copilot.mjs");

/** `copilot scrub - --json [flags]` with `text` on stdin. */
async function scrubCli(text: string, flags: string[] = []): Promise<{ text: string }> {
  const stdin = vi
    .spyOn(process, "stdin", "get")
    .mockReturnValue(Readable.from([Buffer.from(text)]) as typeof process.stdin);
  let out = "";
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  try {
    expect(await main(["scrub", "-", "--json", "--no-ner", ...flags])).toBe(0);
  } finally {
    stdin.mockRestore();
    stdout.mockRestore();
  }
  return JSON.parse(out);
}

const LEAKS: { text: string; personal: string[]; flags?: string[] }[] = [
  { text: "my name is dana whitfield", personal: ["dana", "whitfield"] },
  { text: "ask tom baptiste, he ran the migration", personal: ["tom baptiste", "baptiste"] },
  { text: "Grace Park was my manager", personal: ["Grace Park"] },
  { text: "Hope Williams hired me", personal: ["Hope Williams", "Williams"] },
  {
    text: "Hi Priya, thanks for joining us today. So Priya, tell me about the outage. priya, what happened next?",
    personal: ["Priya", "priya"],
    flags: ["--interviewer"],
  },
  { text: "you can write to me at dana dot w at proton dot me", personal: ["dana dot w", "proton dot me"] },
  { text: "my code is on github dot com slash dwhit", personal: ["dwhit"] },
  { text: "call me on oh seven seven double oh nine eight one two three four", personal: ["double oh nine"] },
  { text: "my number is 415 five five five oh one three four", personal: ["415 five five five", "oh one three four"] },
  { text: "i live at twenty two elm street apartment 3b", personal: ["twenty two elm street", "3b"] },
  { text: "I live at 48 Baker Street, London NW1 6XE.", personal: ["48 Baker Street", "NW1 6XE", "6XE"] },
  {
    text: "i was born on the fourteenth of march nineteen ninety",
    personal: ["fourteenth of march", "nineteen ninety"],
  },
];

const NEAR_MISSES: { text: string; keep: string[]; flags?: string[] }[] = [
  {
    text: "I studied Computer Science at Stanford. these days I work on computer vision.",
    keep: ["computer vision", "Stanford"],
  },
  {
    text: "I will migrate the database, and I will own the rollout.",
    keep: ["I will migrate", "I will own"],
    flags: ["--candidate", "Will Turner"],
  },
  { text: "we shipped in 2016 2017 2018 2019 and 2020", keep: ["2016 2017 2018 2019"] },
  { text: "p99 latency went 450 380 320 ms after the cache", keep: ["450 380 320 ms"] },
  { text: "it ran on EC2 4GB instances", keep: ["EC2 4GB"] },
  { text: "the rewrite didn't pan out", keep: ["didn't pan out"] },
  { text: "we pinned version 10.0.0.1 of the SDK and then 1.2.3.4", keep: ["10.0.0.1", "1.2.3.4"] },
  { text: "we met at the stripe dot com offices", keep: ["stripe dot com"] },
];

describe("copilot scrub - --json on speech as people say it", () => {
  it.each(LEAKS)("leaves nothing personal in: $text", async ({ text, personal, flags }) => {
    const result = await scrubCli(text, flags);
    for (const p of personal)
      expect(result.text.toLowerCase(), `${p} in ${result.text}`).not.toContain(p.toLowerCase());
  });

  it.each(NEAR_MISSES)("replaces no technical word in: $text", async ({ text, keep, flags }) => {
    const result = await scrubCli(text, flags);
    for (const k of keep) expect(result.text, result.text).toContain(k);
  });

  it("the installed command does the same through the shell", () => {
    const out = execFileSync(process.execPath, [BIN, "scrub", "-", "--json", "--no-ner"], {
      input: "my name is dana whitfield, reach me at dana dot w at proton dot me",
      encoding: "utf8",
    });
    const { text } = JSON.parse(out) as { text: string };
    expect(text).toBe("my name is [PERSON_1], reach me at [EMAIL_1]");
  });

  it("refuses an unknown flag with its usage", () => {
    expect(() =>
      execFileSync(process.execPath, [BIN, "scrub", "--bogus"], { input: "", encoding: "utf8", stdio: "pipe" }),
    ).toThrow(/Unknown option '--bogus'/);
  });
});
