/** Every command refuses what it does not know, with its usage and exit code 2; nothing runs. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "bin", "copilot.mjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", input: "" });

describe("copilot refuses unknown commands and flags", () => {
  it("an unknown command gets the list of commands, not advice about models", () => {
    const result = run("bogus");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown command "bogus"');
    expect(result.stderr + result.stdout).toMatch(/copilot scrub/);
  });

  it.each(["scrub", "analyze", "transcribe", "models", "report"])(
    "copilot %s --bogus is refused with its usage",
    (command) => {
      const result = run(command, "--bogus");
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("--bogus");
      expect(result.stderr).toContain(`copilot ${command}`);
    },
    30_000,
  );
});
