import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SHARED_AUDIO_DIR } from "../test-paths";
import { resample, Resampler } from "./resampler";
import { decodeWav, encodeWav16 } from "./wav";

/** Amplitude of the `freqHz` component (single-bin DFT with a Hann window), as a share of a full-scale sine. */
function amplitudeAt(signal: Float32Array, rateHz: number, freqHz: number): number {
  let re = 0;
  let im = 0;
  let wsum = 0;
  for (let i = 0; i < signal.length; i += 1) {
    const w = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / (signal.length - 1));
    const phase = (2 * Math.PI * freqHz * i) / rateHz;
    re += (signal[i] ?? 0) * w * Math.cos(phase);
    im += (signal[i] ?? 0) * w * Math.sin(phase);
    wsum += w;
  }
  return (2 * Math.hypot(re, im)) / wsum;
}

const tone = (freqHz: number, rateHz: number, seconds: number, amp = 0.5) =>
  Float32Array.from(
    { length: Math.round(rateHz * seconds) },
    (_, i) => amp * Math.sin((2 * Math.PI * freqHz * i) / rateHz),
  );

const db = (x: number) => 20 * Math.log10(x);

describe("Resampler", () => {
  it("keeps a 1 kHz tone at 1 kHz going from 48 kHz to 16 kHz (real WAV bytes in between)", () => {
    const wav = encodeWav16(tone(1000, 48_000, 1), 48_000);
    const decoded = decodeWav(wav);
    const out = resample(decoded.samples, decoded.sampleRateHz, 16_000);
    expect(out.length).toBe(16_000);
    const steady = out.subarray(1000, 15_000);
    expect(amplitudeAt(steady, 16_000, 1000)).toBeCloseTo(0.5, 2);
    // The tone is where it should be, not shifted.
    expect(amplitudeAt(steady, 16_000, 1100)).toBeLessThan(0.01);
  });

  it("removes content above 8 kHz instead of aliasing it (12 kHz at 48 kHz would fold to 4 kHz)", () => {
    const input = tone(1000, 48_000, 1).map((v, i) => v + 0.5 * Math.sin((2 * Math.PI * 12_000 * i) / 48_000));
    const out = resample(input, 48_000, 16_000).subarray(1000, 15_000);
    const alias = amplitudeAt(out, 16_000, 4000);
    expect(db(alias / 0.5)).toBeLessThan(-60);
    expect(amplitudeAt(out, 16_000, 1000)).toBeCloseTo(0.5, 2);
  });

  it("handles 44.1 kHz capture, fed in small blocks as an AudioWorklet delivers it", () => {
    const input = tone(440, 44_100, 1);
    const r = new Resampler(44_100, 16_000);
    const parts: Float32Array[] = [];
    for (let i = 0; i < input.length; i += 128) parts.push(r.push(input.subarray(i, i + 128)));
    parts.push(r.flush());
    const out = Float32Array.from(parts.flatMap((p) => Array.from(p)));
    expect(Math.abs(out.length - 16_000)).toBeLessThan(40);
    expect(amplitudeAt(out.subarray(1000, 15_000), 16_000, 440)).toBeCloseTo(0.5, 2);
    // Streaming equals whole-buffer processing.
    const whole = resample(input, 44_100, 16_000);
    const maxDiff = whole.subarray(0, 15_000).reduce((m, v, i) => Math.max(m, Math.abs(v - (out[i] ?? 0))), 0);
    expect(maxDiff).toBeLessThan(1e-5);
  });

  it("round-trips real speech 16k -> 48k -> 16k with little error", () => {
    const speech = decodeWav(readFileSync(path.join(SHARED_AUDIO_DIR, "jfk.wav"))).samples.subarray(0, 48_000);
    const back = resample(resample(speech, 16_000, 48_000), 48_000, 16_000);
    let err = 0;
    let energy = 0;
    for (let i = 2000; i < 46_000; i += 1) {
      err += ((back[i] ?? 0) - (speech[i] ?? 0)) ** 2;
      energy += (speech[i] ?? 0) ** 2;
    }
    expect(db(Math.sqrt(err / energy))).toBeLessThan(-20);
  });
});
