import { beforeAll, describe, expect, it } from "vitest";
import { composeWithSilence, SAMPLE_RATE } from "../testing/speech-fixtures";
import { makeRng } from "../rng";
import { detectSpeech } from "./detect";
import { createNodeVad } from "./node-vad";
import { Segmenter, type SegmenterEvent } from "./segmenter";
import { VAD_FRAME_SAMPLES, type SileroVad } from "./silero";

let vad: SileroVad;
beforeAll(async () => {
  vad = await createNodeVad();
});

async function collect(samples: Float32Array, options = {}): Promise<SegmenterEvent[]> {
  const events: SegmenterEvent[] = [];
  for await (const e of detectSpeech(vad, samples, options)) events.push(e);
  return events;
}

const ends = (events: SegmenterEvent[]) => events.filter((e) => e.type === "end");
const TOLERANCE_MS = 300;

describe("VAD segmentation with real Silero on real speech", () => {
  it("finds each of the four espeak sentences, padded with silence, within 300 ms", async () => {
    const names = ["espeak_1.wav", "espeak_2.wav", "espeak_3.wav", "espeak_4.wav"];
    const { samples, truth } = composeWithSilence(names);
    const segments = ends(await collect(samples));
    expect(segments).toHaveLength(4);
    segments.forEach((segment, i) => {
      const t = truth[i];
      if (!t || segment.type !== "end") throw new Error("missing truth");
      expect(Math.abs(segment.startMs - t.startMs)).toBeLessThanOrEqual(TOLERANCE_MS);
      expect(Math.abs(segment.endMs - t.endMs)).toBeLessThanOrEqual(TOLERANCE_MS);
      // Pre-roll: the segment begins at or before the speech (no clipped first syllable).
      expect(segment.startMs).toBeLessThanOrEqual(t.startMs + 32);
      expect(segment.audio.length).toBe(((segment.endMs - segment.startMs) / 1000) * SAMPLE_RATE);
    });
  });

  it("segments real speech (jfk.wav) and emits progress while speech goes on", async () => {
    const { samples, truth } = composeWithSilence(["jfk.wav"]);
    const events = await collect(samples);
    const finals = ends(events);
    expect(finals.length).toBeGreaterThanOrEqual(1);
    const first = finals[0];
    const last = finals[finals.length - 1];
    const t = truth[0];
    if (!first || !last || !t || first.type !== "end" || last.type !== "end") throw new Error("no segments");
    expect(Math.abs(first.startMs - t.startMs)).toBeLessThanOrEqual(TOLERANCE_MS);
    expect(Math.abs(last.endMs - t.endMs)).toBeLessThanOrEqual(TOLERANCE_MS);
    expect(events.filter((e) => e.type === "progress").length).toBeGreaterThanOrEqual(3);
  });

  it("produces nothing from silence or noise-only audio", async () => {
    const rng = makeRng(3);
    const silence = new Float32Array(SAMPLE_RATE * 5);
    const hiss = Float32Array.from({ length: SAMPLE_RATE * 5 }, () => 0.05 * (rng() * 2 - 1));
    const hum = Float32Array.from(
      { length: SAMPLE_RATE * 5 },
      (_, i) => 0.2 * Math.sin((2 * Math.PI * 50 * i) / SAMPLE_RATE),
    );
    for (const signal of [silence, hiss, hum]) expect(ends(await collect(signal))).toEqual([]);
  });
});

describe("Segmenter rules (synthetic probabilities)", () => {
  const frame = new Float32Array(VAD_FRAME_SAMPLES);
  const run = (probs: number[], options = {}) => {
    const s = new Segmenter(options);
    return [...probs.flatMap((p) => s.push(frame, p)), ...s.flush()];
  };

  it("bridges pauses shorter than the hang-over and ends after a longer one", () => {
    const shortPause = [...Array(20).fill(0.9), ...Array(10).fill(0.1), ...Array(20).fill(0.9), ...Array(30).fill(0)];
    expect(ends(run(shortPause))).toHaveLength(1);
    const longPause = [...Array(20).fill(0.9), ...Array(20).fill(0.1), ...Array(20).fill(0.9), ...Array(30).fill(0)];
    expect(ends(run(longPause))).toHaveLength(2);
  });

  it("discards a click shorter than the minimum speech length", () => {
    const events = run([...Array(10).fill(0), 0.9, 0.9, ...Array(30).fill(0)]);
    expect(ends(events)).toHaveLength(0);
    expect(events.some((e) => e.type === "discard")).toBe(true);
  });

  it("cuts an utterance longer than the model window at its quietest frame, with overlap", () => {
    const probs = Array.from({ length: 1200 }, (_, i) => (i === 700 ? 0.4 : 0.95));
    const finals = ends(run(probs, { maxUtteranceMs: 25_000 }));
    expect(finals.length).toBe(2);
    const [a, b] = finals;
    if (a?.type !== "end" || b?.type !== "end") throw new Error("expected two ends");
    expect(a.continues).toBe(true);
    expect(a.endMs).toBeCloseTo((701 + 5) * 32, -1);
    expect(b.startMs).toBeLessThan(a.endMs);
    expect(a.endMs - b.startMs).toBeGreaterThanOrEqual(1000);
    expect(a.audio.length / SAMPLE_RATE).toBeLessThanOrEqual(25);
  });

  it("live: announces the final's exact audio once the tail pad of silence has passed, before the hang-over ends", () => {
    const tentatives = (events: SegmenterEvent[]) => events.filter((e) => e.type === "tentative");
    // Frames are 32 ms: the tail pad is 5 frames, the hang-over 13.
    const bridged = [...Array(20).fill(0.9), ...Array(8).fill(0.1), ...Array(20).fill(0.9), ...Array(30).fill(0)];
    const events = run(bridged, { tentativeFinals: true });
    expect(ends(events)).toHaveLength(1);
    // One tentative at the bridged pause (unused: speech resumed), one at the real end.
    const [unused, used] = tentatives(events);
    const final = ends(events)[0];
    if (unused?.type !== "tentative" || used?.type !== "tentative" || final?.type !== "end") throw new Error("events");
    expect(unused.endMs).toBeLessThan(final.endMs);
    expect([used.startMs, used.endMs, used.audio.length]).toEqual([final.startMs, final.endMs, final.audio.length]);
    // Recordings and the default: no tentatives.
    expect(tentatives(run(bridged))).toEqual([]);
    // A click too short to transcribe gets no tentative either.
    expect(tentatives(run([...Array(10).fill(0), 0.9, 0.9, ...Array(30).fill(0)], { tentativeFinals: true }))).toEqual(
      [],
    );
  });
});
