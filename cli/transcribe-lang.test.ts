/**
 * `copilot transcribe --lang`: a Spanish espeak-ng clip through the generated multilingual model (its
 * words are noise; what is checked is that segments come out in the language asked for or detected),
 * and the refusals: an unknown code, and an English-only model asked for another language.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { LANGUAGES } from "../lib/language";
import { LOCAL_MODEL_DIR } from "../lib/models/paths";

const BIN = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "bin", "copilot.mjs");
const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", input: "" });
const MODEL = "copilot-test/whisper-multi-micro";
let wav = "";

describe("copilot transcribe --lang", () => {
  beforeAll(() => {
    if (!existsSync(path.join(LOCAL_MODEL_DIR, MODEL, "onnx", "decoder_model_merged.onnx")))
      throw new Error(`generated model missing: run npm run models:generate -- multi-micro`);
    const dir = mkdtempSync(path.join(tmpdir(), "copilot-lang-"));
    const raw = path.join(dir, "raw.wav");
    wav = path.join(dir, "es.wav");
    execFileSync("espeak-ng", ["-v", "es", "-w", raw, "Dirigí la migración de nuestro servicio a Kubernetes."]);
    execFileSync("sox", [raw, "-r", "16000", "-c", "1", "-b", "16", wav, "pad", "1", "2"]);
  });

  it("transcribes in the language asked for, each segment saying so", () => {
    const result = run("transcribe", wav, "--model", MODEL, "--lang", "es", "--json");
    expect(result.status, result.stderr).toBe(0);
    const segments = result.stdout
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { language?: string; text: string });
    expect(segments.length).toBeGreaterThan(0);
    for (const s of segments) expect(s.language).toBe("es");
  }, 60_000);

  it("detects the language per segment with --lang detect", () => {
    const result = run("transcribe", wav, "--model", MODEL, "--lang", "detect", "--json");
    expect(result.status, result.stderr).toBe(0);
    const segments = result.stdout.trim().split("\n").filter(Boolean);
    expect(segments.length).toBeGreaterThan(0);
    for (const line of segments) expect(LANGUAGES).toContain((JSON.parse(line) as { language: string }).language);
  }, 60_000);

  it("refuses an unknown language code, naming the ones that exist", () => {
    const result = run("transcribe", wav, "--lang", "xx");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('unknown language "xx"');
    expect(result.stderr).toContain("en, es, de, fr, it, detect");
  });

  it("refuses an English-only model for another language, saying which model to use", () => {
    const result = run("transcribe", wav, "--model", "copilot-test/whisper-micro", "--lang", "es");
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("transcribes English only");
    expect(result.stderr).toContain("Xenova/whisper-tiny");
  });
});
