import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_ASR_MODEL, findModel } from "../../models/catalog";
import { inspectModel } from "../models/node-store";
import { LOCAL_MODEL_DIR } from "../models/paths";
import { loadShared } from "../testing/speech-fixtures";
import { wordErrorRate } from "../transcript/wer";
import { pointTransformersAtStore } from "./node-env";
import { WhisperTranscriber } from "./transcriber";

const JFK =
  "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.";
const spec = findModel(DEFAULT_ASR_MODEL);
const report = spec ? await inspectModel(spec, LOCAL_MODEL_DIR) : null;
const present = report?.usable === true;
if (!present) {
  console.warn(
    `SKIPPED real-weights accuracy test: ${DEFAULT_ASR_MODEL} weights are not in ${path.relative(process.cwd(), LOCAL_MODEL_DIR)} ` +
      "(they cannot be downloaded on this machine; provide them with npm run models:fetch or models:import).",
  );
}

describe.skipIf(!present)(`accuracy with the real ${DEFAULT_ASR_MODEL} weights`, () => {
  it("transcribes jfk.wav with word error rate at most 10%", async () => {
    if (!spec) throw new Error("no default model");
    pointTransformersAtStore(LOCAL_MODEL_DIR);
    const asr = await WhisperTranscriber.load(spec, "node-cpu");
    const { text } = await asr.transcribe(loadShared("jfk.wav"));
    expect(wordErrorRate(JFK, text)).toBeLessThanOrEqual(0.1);
  });
});
