import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findModel } from "../../models/catalog";
import { pointTransformersAtStore } from "../asr/node-env";
import { SpeechTranscriber } from "../asr/transcriber";
import { LOCAL_MODEL_DIR } from "../models/paths";
import { composeWithSilence } from "../testing/speech-fixtures";
import { createNodeVad } from "../vad/node-vad";
import { transcribeRecording } from "./transcribe-recording";

const MICRO = "copilot-test/whisper-micro";

describe("VAD + Whisper (real transformers.js pipeline, generated model) over a two-utterance WAV", () => {
  beforeAll(() => {
    if (!existsSync(path.join(LOCAL_MODEL_DIR, MICRO, "copilot-manifest.json"))) {
      throw new Error("generated model missing: run npm run models:generate");
    }
    pointTransformersAtStore(LOCAL_MODEL_DIR);
  });

  it("gives two final segments with plausible timestamps", async () => {
    const spec = findModel(MICRO);
    if (!spec) throw new Error("no micro model in the catalog");
    const { samples, truth } = composeWithSilence(["espeak_1.wav", "espeak_4.wav"], 2000);
    const asr = await SpeechTranscriber.load(spec, "node-cpu");
    const progress: number[] = [];
    const segments = await transcribeRecording({
      vad: await createNodeVad(),
      samples,
      transcribe: (audio, budget) => asr.transcribe(audio, Math.min(budget, 12)),
      onProgress: (done) => progress.push(done),
    });
    expect(segments).toHaveLength(2);
    segments.forEach((s, i) => {
      const t = truth[i];
      if (!t) throw new Error("missing truth");
      expect(s.final).toBe(true);
      expect(s.text.length).toBeGreaterThan(0);
      expect(Math.abs(s.startMs - t.startMs)).toBeLessThan(300);
      expect(Math.abs(s.endMs - t.endMs)).toBeLessThan(300);
      expect(s.confidence).toBeGreaterThan(0.5);
    });
    expect(segments[0]?.id).not.toBe(segments[1]?.id);
    expect(progress[progress.length - 1]).toBeCloseTo((samples.length / 16_000) * 1000, 0);
  });
});
