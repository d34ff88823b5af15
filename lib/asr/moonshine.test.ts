/**
 * Moonshine's generated twin through transformers.js' real ASR pipeline in Node: the real configs and
 * tokenizer, random weights. Its words are noise; what is checked is the shape of the path, and that the
 * encoder really sees only the audio it is given (Whisper always encodes 30 seconds).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import * as ort from "onnxruntime-node";
import { beforeAll, describe, expect, it } from "vitest";
import { findModel } from "../../models/catalog";
import { moonshineFrames } from "../../scripts/onnx/moonshine-graph";
import { LOCAL_MODEL_DIR } from "../models/paths";
import { pointTransformersAtStore } from "./node-env";
import { SAMPLE_RATE_HZ, SpeechTranscriber } from "./transcriber";

const MICRO = "copilot-test/moonshine-micro";
const speech = (seconds: number) =>
  Float32Array.from(
    { length: Math.round(SAMPLE_RATE_HZ * seconds) },
    (_, i) => 0.2 * Math.sin(i / 7) * Math.sin(i / 900),
  );

describe("Moonshine through transformers.js' real ASR pipeline, in Node, from the local store", () => {
  beforeAll(() => {
    if (!existsSync(path.join(LOCAL_MODEL_DIR, MICRO, "onnx", "decoder_model_merged.onnx")))
      throw new Error(`generated model missing in ${LOCAL_MODEL_DIR}: run npm run models:generate -- moonshine-micro`);
    pointTransformersAtStore(LOCAL_MODEL_DIR);
  });

  it("loads with its real config and tokenizer and transcribes to text within the token budget", async () => {
    const spec = findModel(MICRO);
    if (!spec) throw new Error("catalog lacks the Moonshine test model");
    const transcriber = await SpeechTranscriber.load(spec, "node-cpu");
    for (const seconds of [0.8, 3, 12]) {
      const result = await transcriber.transcribe(speech(seconds), 8);
      expect(typeof result.text).toBe("string");
      expect(result.text.length).toBeGreaterThan(0);
      expect(result.inferenceMs).toBeGreaterThan(0);
    }
  });

  it("encodes only the audio it is given: about 41 frames a second, not a 30-second window", async () => {
    const session = await ort.InferenceSession.create(path.join(LOCAL_MODEL_DIR, MICRO, "onnx", "encoder_model.onnx"));
    const frames: number[] = [];
    for (const seconds of [1, 3, 10]) {
      const audio = speech(seconds);
      const out = await session.run({ input_values: new ort.Tensor("float32", audio, [1, audio.length]) });
      const hidden = out.last_hidden_state;
      if (!hidden) throw new Error("no last_hidden_state");
      expect(hidden.dims).toEqual([1, moonshineFrames(audio.length), 64]);
      frames.push(hidden.dims[1] ?? 0);
    }
    // 1, 3 and 10 s of audio: 40, 123 and 415 frames (Whisper's encoder: 1,500 frames every time).
    expect(frames).toEqual([40, 123, 415]);
  });

  it("lets a final pre-empt a running partial, as for Whisper", async () => {
    const spec = findModel(MICRO);
    if (!spec) throw new Error("catalog lacks the Moonshine test model");
    const transcriber = await SpeechTranscriber.load(spec, "node-cpu");
    const partial = transcriber.transcribe(speech(2), 60, "partial");
    const final = transcriber.transcribe(speech(2), 4, "final");
    const [p, f] = await Promise.all([partial, final]);
    expect(typeof p.text).toBe("string");
    expect(f.text.length).toBeGreaterThan(0);
  });

  it("resumes after the settled words: they lead the text and are not decoded again (decision 120)", async () => {
    const spec = findModel(MICRO);
    if (!spec) throw new Error("catalog lacks the Moonshine test model");
    const transcriber = await SpeechTranscriber.load(spec, "node-cpu");
    expect(transcriber.resumesPrefix).toBe(true);
    // Count the decoder's forward passes: transformers.js' generate calls model.forward once per step.
    const model = (transcriber as unknown as { run: { model: { forward: (...a: unknown[]) => unknown } } }).run.model;
    const forward = model.forward.bind(model);
    let steps = 0;
    model.forward = (...args: unknown[]) => {
      steps += 1;
      return forward(...args);
    };
    const audio = speech(3);
    steps = 0;
    const whole = await transcriber.transcribe(audio.slice(), 12, "partial");
    const wholeSteps = steps;
    const settled = "we moved the billing service";
    steps = 0;
    const resumed = await transcriber.transcribe(audio.slice(), 12, "partial", "en", settled);
    const resumedSteps = steps;
    expect(whole.forcedTokens).toBe(0);
    expect(resumed.forcedTokens).toBeGreaterThanOrEqual(5);
    // Random weights say noise, but the forced words come back first, exactly.
    expect(resumed.text.startsWith(settled)).toBe(true);
    expect(whole.text.startsWith(settled)).toBe(false);
    // 12 tokens in all: the resumed pass runs the encoder, one step over the whole prefix, then the rest.
    expect(wholeSteps).toBeGreaterThanOrEqual(12);
    expect(resumedSteps).toBeLessThanOrEqual(wholeSteps - resumed.forcedTokens + 1);
    // The same for a final, and a blank prefix changes nothing.
    const final = await transcriber.transcribe(audio.slice(), 12, "final", "en", settled);
    expect(final.text.startsWith(settled)).toBe(true);
    expect((await transcriber.transcribe(audio.slice(), 6, "final", "en", "  ")).forcedTokens).toBe(0);
  });

  it("Whisper does not resume: the settled words are ignored there", async () => {
    const spec = findModel("copilot-test/whisper-micro");
    if (!spec) throw new Error("catalog lacks the Whisper test model");
    const transcriber = await SpeechTranscriber.load(spec, "node-cpu");
    expect(transcriber.resumesPrefix).toBe(false);
    const result = await transcriber.transcribe(speech(1), 4, "final", "en", "we moved the billing service");
    expect(result.forcedTokens).toBe(0);
  });
});
