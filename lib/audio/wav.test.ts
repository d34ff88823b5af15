import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED_AUDIO_DIR } from "../test-paths";
import { decodeWav, encodeWav16 } from "./wav";

describe("decodeWav", () => {
  it("decodes the real jfk.wav: 16 kHz mono, 11 s, speech-level amplitude", () => {
    const audio = decodeWav(readFileSync(path.join(SHARED_AUDIO_DIR, "jfk.wav")));
    expect(audio.sampleRateHz).toBe(16_000);
    expect(audio.channels).toBe(1);
    expect(audio.samples.length / audio.sampleRateHz).toBeCloseTo(11, 0);
    const peak = audio.samples.reduce((m, s) => Math.max(m, Math.abs(s)), 0);
    expect(peak).toBeGreaterThan(0.1);
    expect(peak).toBeLessThanOrEqual(1);
  });

  it("round-trips 16-bit PCM within quantisation error", () => {
    const tone = Float32Array.from({ length: 1600 }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / 16_000));
    const back = decodeWav(encodeWav16(tone, 16_000));
    expect(back.samples.length).toBe(tone.length);
    const maxErr = back.samples.reduce((m, s, i) => Math.max(m, Math.abs(s - (tone[i] ?? 0))), 0);
    expect(maxErr).toBeLessThan(1 / 16_000);
  });

  it("names the problem in corrupt input", () => {
    expect(() => decodeWav(new Uint8Array([1, 2, 3]))).toThrow(/shorter than a WAV header/);
    expect(() => decodeWav(new TextEncoder().encode("RIFF....AVI LIST...."))).toThrow(/RIFF\/WAVE signature/);
    const noData = encodeWav16(new Float32Array(10), 16_000).slice(0, 36);
    expect(() => decodeWav(noData)).toThrow(/no data chunk/);
  });
});
