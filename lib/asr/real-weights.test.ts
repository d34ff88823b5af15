import { readFileSync } from "node:fs";
import path from "node:path";
import { decodeWav } from "../audio/wav";
import { describe, expect, it } from "vitest";
import { findModel, WHISPER_ASR_MODEL } from "../../models/catalog";
import { inspectModel } from "../models/node-store";
import { LOCAL_MODEL_DIR, SHARED_MODELS_DIR } from "../models/paths";
import { loadShared } from "../testing/speech-fixtures";
import { wordErrorRate } from "../transcript/wer";
import { pointTransformersAtStore } from "./node-env";
import { SpeechTranscriber } from "./transcriber";

const JFK =
  "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.";
const spec = findModel(WHISPER_ASR_MODEL);
const report = spec ? await inspectModel(spec, LOCAL_MODEL_DIR) : null;
const present = report?.usable === true;
if (!present) {
  console.warn(
    `SKIPPED real-weights accuracy test: ${WHISPER_ASR_MODEL} weights are not in ${path.relative(process.cwd(), LOCAL_MODEL_DIR)} ` +
      "(they cannot be downloaded on this machine; provide them with npm run models:fetch or models:import).",
  );
}

describe.skipIf(!present)(`accuracy with the real ${WHISPER_ASR_MODEL} weights`, () => {
  it("transcribes jfk.wav with word error rate at most 10%", async () => {
    if (!spec) throw new Error("no default model");
    pointTransformersAtStore(LOCAL_MODEL_DIR);
    const asr = await SpeechTranscriber.load(spec, "node-cpu");
    const { text } = await asr.transcribe(loadShared("jfk.wav"));
    expect(wordErrorRate(JFK, text)).toBeLessThanOrEqual(0.1);
  });
});

// Moonshine tiny, as the live model built for short audio: the package's own reference clip.
const BECKETT = "Ever tried ever failed, no matter try again, fail again, fail better.";
const MOONSHINE = "onnx-community/moonshine-tiny-ONNX";
const moonshineSpec = findModel(MOONSHINE);
const moonshineReport = moonshineSpec ? await inspectModel(moonshineSpec, LOCAL_MODEL_DIR) : null;
const moonshinePresent = moonshineReport?.usable === true;
if (!moonshinePresent) {
  console.warn(
    `SKIPPED real-weights accuracy test: ${MOONSHINE} weights are not in ${path.relative(process.cwd(), LOCAL_MODEL_DIR)} ` +
      "(they cannot be downloaded on this machine; provide them with npm run models:fetch or models:import).",
  );
}

describe.skipIf(!moonshinePresent)(`accuracy with the real ${MOONSHINE} weights`, () => {
  it("transcribes the Moonshine reference clip with word error rate at most 15%, and jfk.wav at most 15%", async () => {
    if (!moonshineSpec) throw new Error("no Moonshine spec");
    pointTransformersAtStore(LOCAL_MODEL_DIR);
    const asr = await SpeechTranscriber.load(moonshineSpec, "node-cpu");
    const beckett = decodeWav(readFileSync(path.join(SHARED_MODELS_DIR, "moonshine", "beckett.wav"))).samples;
    expect(wordErrorRate(BECKETT, (await asr.transcribe(beckett)).text)).toBeLessThanOrEqual(0.15);
    expect(wordErrorRate(JFK, (await asr.transcribe(loadShared("jfk.wav"))).text)).toBeLessThanOrEqual(0.15);
  });
});
