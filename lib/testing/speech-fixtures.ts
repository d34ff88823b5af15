/** Builds test recordings from ../shared/audio: utterances separated by (lightly noisy) silence. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeWav } from "../audio/wav";
import { SHARED_AUDIO_DIR } from "../test-paths";
import { makeRng } from "../rng";

export const SAMPLE_RATE = 16_000;

export function loadShared(name: string): Float32Array {
  const audio = decodeWav(readFileSync(path.join(SHARED_AUDIO_DIR, name)));
  if (audio.sampleRateHz !== SAMPLE_RATE) throw new Error(`${name} is not 16 kHz`);
  return audio.samples;
}

/** Where speech really is inside a clip: first and last 10 ms window above -40 dBFS. */
export function speechBounds(samples: Float32Array): { startMs: number; endMs: number } {
  const win = SAMPLE_RATE / 100;
  let first = -1;
  let last = -1;
  for (let w = 0; w * win < samples.length; w += 1) {
    let e = 0;
    for (let i = w * win; i < Math.min(samples.length, (w + 1) * win); i += 1) e += (samples[i] ?? 0) ** 2;
    if (Math.sqrt(e / win) > 0.01) {
      if (first < 0) first = w;
      last = w;
    }
  }
  return { startMs: first * 10, endMs: (last + 1) * 10 };
}

export interface Composite {
  samples: Float32Array;
  /** Ground truth: where each clip's speech starts and ends in the composite. */
  truth: { name: string; startMs: number; endMs: number }[];
}

export function composeWithSilence(names: string[], gapMs = 1500, noiseDbfs = -65, seed = 7): Composite {
  const rng = makeRng(seed);
  const noiseAmp = 10 ** (noiseDbfs / 20);
  const gap = Math.round((gapMs / 1000) * SAMPLE_RATE);
  const clips = names.map(loadShared);
  const total = gap + clips.reduce((s, c) => s + c.length + gap, 0);
  const samples = Float32Array.from({ length: total }, () => noiseAmp * (rng() * 2 - 1));
  const truth: Composite["truth"] = [];
  let offset = gap;
  clips.forEach((clip, i) => {
    for (let j = 0; j < clip.length; j += 1) samples[offset + j] = (samples[offset + j] ?? 0) + (clip[j] ?? 0);
    const b = speechBounds(clip);
    const baseMs = (offset / SAMPLE_RATE) * 1000;
    truth.push({ name: names[i] ?? "", startMs: baseMs + b.startMs, endMs: baseMs + b.endMs });
    offset += clip.length + gap;
  });
  return { samples, truth };
}
