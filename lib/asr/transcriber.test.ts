import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findModel } from "../../models/catalog";
import { decodeWav } from "../audio/wav";
import { LOCAL_MODEL_DIR } from "../models/paths";
import { SHARED_AUDIO_DIR } from "../test-paths";
import { pointTransformersAtStore } from "./node-env";
import { SAMPLE_RATE_HZ, SpeechTranscriber } from "./transcriber";

const MICRO = "copilot-test/whisper-micro";

describe("Whisper through transformers.js' real ASR pipeline, in Node, from the local store", () => {
  beforeAll(() => {
    if (!existsSync(path.join(LOCAL_MODEL_DIR, MICRO, "onnx", "decoder_model_merged.onnx"))) {
      throw new Error(`generated model missing in ${LOCAL_MODEL_DIR}: run npm run models:generate`);
    }
    pointTransformersAtStore(LOCAL_MODEL_DIR);
  });

  it("transcribes espeak_1.wav from the generated model to text (noise words: shape only)", async () => {
    const spec = findModel(MICRO);
    if (!spec) throw new Error("catalog lacks the micro test model");
    const audio = decodeWav(readFileSync(path.join(SHARED_AUDIO_DIR, "espeak_1.wav")));
    expect(audio.sampleRateHz).toBe(SAMPLE_RATE_HZ);
    const transcriber = await SpeechTranscriber.load(spec, "node-cpu");
    const result = await transcriber.transcribe(audio.samples, 10);
    expect(typeof result.text).toBe("string");
    expect(result.text.length).toBeGreaterThan(0);
    expect(result.text.split(/\s+/).length).toBeLessThanOrEqual(10);
    expect(result.inferenceMs).toBeGreaterThan(0);
  });

  it("serializes concurrent calls on one model and answers each", async () => {
    const spec = findModel(MICRO);
    if (!spec) throw new Error("catalog lacks the micro test model");
    const transcriber = await SpeechTranscriber.load(spec, "node-cpu");
    const order: number[] = [];
    const calls = [0, 1, 2].map((i) =>
      transcriber.transcribe(new Float32Array(SAMPLE_RATE_HZ).fill(0.01 * (i + 1)), 3).then((r) => {
        order.push(i);
        return r;
      }),
    );
    const results = await Promise.all(calls);
    expect(order).toEqual([0, 1, 2]);
    for (const r of results) expect(typeof r.text).toBe("string");
  });

  it("lets a final pre-empt partials: a running partial stops early, a queued one is skipped", async () => {
    const spec = findModel(MICRO);
    if (!spec) throw new Error("catalog lacks the micro test model");
    const transcriber = await SpeechTranscriber.load(spec, "node-cpu");
    const audio = () => new Float32Array(SAMPLE_RATE_HZ * 2).fill(0.02);
    const full = await transcriber.transcribe(audio(), 60, "partial");
    const running = transcriber.transcribe(audio(), 60, "partial");
    await new Promise((r) => setTimeout(r, 60)); // let it start decoding
    const queued = transcriber.transcribe(audio(), 60, "partial");
    const final = transcriber.transcribe(audio(), 5, "final");
    const [interrupted, skipped, done] = await Promise.all([running, queued, final]);
    expect(interrupted.text.split(/\s+/).length).toBeLessThan(full.text.split(/\s+/).length);
    expect(skipped).toEqual({ text: "", inferenceMs: 0, language: "en", forcedTokens: 0 });
    expect(done.text.length).toBeGreaterThan(0);
  });
});
