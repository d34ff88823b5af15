/** `copilot analyze --lang <code>`: the local insights listen for the interview's language and speak it. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { main } from "./main";

async function run(args: string[], lines: string[]): Promise<{ code: number; out: string; err: string }> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "analyze-lang-")), "t.txt");
  writeFileSync(file, lines.join("\n"));
  let out = "";
  let err = "";
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(["analyze", file, "--offline", "--json", "--today", "2026-12-01", ...args]);
    return { code, out, err };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

const insights = (out: string) =>
  out
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { type: string; check?: string; title: string });

describe("copilot analyze --lang", () => {
  const SPANISH = [
    "Interviewer: ¿Cuánto tiempo llevas con React?",
    "Candidate: tengo quince años de experiencia con react",
    "Interviewer: ¿y tienes hijos?",
  ];

  it("reads a Spanish interview with --lang es and writes its cards in Spanish", async () => {
    const { code, out } = await run(["--lang", "es"], SPANISH);
    expect(code).toBe(0);
    const found = insights(out);
    expect(found.find((i) => i.check === "impossible_duration")?.title).toBe("¿15 años de React?");
    expect(found.find((i) => i.check === "compliance")?.title).toMatch(/^Pregunta de riesgo: los hijos/);
  });

  it("defaults to English: the Spanish phrasings are not read", async () => {
    const { code, out } = await run([], SPANISH);
    expect(code).toBe(0);
    expect(insights(out).filter((i) => i.check === "impossible_duration" || i.check === "compliance")).toEqual([]);
  });

  it("refuses an unknown code, naming the supported ones", async () => {
    const { code, err } = await run(["--lang", "pt"], SPANISH);
    expect(code).toBe(2);
    expect(err).toContain(`unknown language "pt" (use one of: en, es, de, fr, it)`);
  });

  it("documents the flag in its help", async () => {
    const { code, out } = await run(["--help"], []);
    expect(code).toBe(0);
    expect(out).toContain("--lang");
    expect(out).toContain("es (Spanish)");
  });
});
