/**
 * Node real-time factor: VAD + Whisper (tiny.en dimensions, random weights, int8 like the default model's
 * `_quantized` files) over at least 60 s of
 * real and synthesized speech, decoding a fixed 3.5 tokens per second of speech (random weights never
 * emit end-of-text, so the budget is exactly what is decoded).
 */
import { findModel } from "../models/catalog";
import { pointTransformersAtStore } from "../lib/asr/node-env";
import { SpeechTranscriber } from "../lib/asr/transcriber";
import { LOCAL_MODEL_DIR } from "../lib/models/paths";
import { composeWithSilence } from "../lib/testing/speech-fixtures";
import { transcribeRecording } from "../lib/transcription/transcribe-recording";
import { createNodeVad } from "../lib/vad/node-vad";
import { row, type Row } from "./stats";

export const BENCH_MODEL = "copilot-test/whisper-tiny.en-random-q8";
export const TOKENS_PER_SECOND = 3.5;
export const tokenBudget = (seconds: number) => Math.ceil(TOKENS_PER_SECOND * seconds);
const CLIPS = ["jfk.wav", "espeak_1.wav", "espeak_2.wav", "espeak_3.wav", "espeak_4.wav"];

export function benchAudio(minSeconds = 60) {
  const names: string[] = [];
  while (names.length * 4 < minSeconds + 8) names.push(...CLIPS);
  const composite = composeWithSilence(names, 1200);
  return { ...composite, seconds: composite.samples.length / 16_000 };
}

/** The live models compared: Whisper tiny.en (the default today) and Moonshine tiny, both int8 twins. */
export const LIVE_BENCH_MODELS = [
  { id: BENCH_MODEL, label: "Whisper tiny.en" },
  { id: "copilot-test/moonshine-tiny-random-q8", label: "Moonshine tiny" },
] as const;

/** The live models to measure: all, or those whose label contains COPILOT_BENCH_MODELS (e.g. "Moonshine"). */
export const benchModels = () =>
  LIVE_BENCH_MODELS.filter(
    (m) => !process.env.COPILOT_BENCH_MODELS || m.label.includes(process.env.COPILOT_BENCH_MODELS),
  );

export async function benchTranscriptionNode(runs = 3): Promise<Row[]> {
  const rows: Row[] = [];
  for (const model of benchModels()) rows.push(...(await benchModel(model.id, model.label, runs)));
  return rows;
}

async function benchModel(modelId: string, label: string, runs: number): Promise<Row[]> {
  const spec = findModel(modelId);
  if (!spec) throw new Error(`${modelId} is not declared`);
  pointTransformersAtStore(LOCAL_MODEL_DIR);
  const asr = await SpeechTranscriber.load(spec, "node-cpu");
  const vad = await createNodeVad();
  const audio = benchAudio();
  const rtf: number[] = [];
  const perUtterance: number[] = [];
  let tokens = 0;
  for (let r = 0; r < runs; r += 1) {
    tokens = 0;
    const started = performance.now();
    await transcribeRecording({
      vad,
      samples: audio.samples,
      tokenBudget,
      transcribe: async (chunk, budget) => {
        tokens += budget;
        const result = await asr.transcribe(chunk, budget);
        perUtterance.push(result.inferenceMs);
        return result;
      },
    });
    rtf.push((performance.now() - started) / 1000 / audio.seconds);
  }
  return [
    row(`${label}: Node RTF, ${audio.seconds.toFixed(0)} s audio, ${tokens} tokens/run`, rtf, "x", {
      text: "≤ 0.3",
      max: 0.3,
      on: "median",
    }),
    row(`${label}: Node inference per utterance`, perUtterance, "ms"),
    ...(asr.resumesPrefix ? await resumeRows(asr, label) : []),
  ];
}

/** Settled words for the resumed pass (a sentence of the bench's kind). */
const RESUME_SENTENCE = "I led the migration of our billing service";

/**
 * What resuming after the settled words saves (decision 120), with the real model's dimensions: the same
 * audio and the same number of output tokens, decoded whole or after the settled words. (In the live
 * bench random weights seldom settle words, since their passes disagree, so it is measured here.)
 */
async function resumeRows(asr: SpeechTranscriber, label: string): Promise<Row[]> {
  const audio = benchAudio().samples.slice(0, 56_000);
  const whole: number[] = [];
  const resumed: number[] = [];
  const total = tokenBudget(audio.length / 16_000);
  let forced = 0;
  for (let i = 0; i < 12; i += 1) {
    whole.push((await asr.transcribe(audio.slice(), total, "final")).inferenceMs);
    const pass = await asr.transcribe(audio.slice(), total, "final", "en", RESUME_SENTENCE);
    resumed.push(pass.inferenceMs);
    forced = pass.forcedTokens;
  }
  return [
    row(`${label}: final pass, 3.5 s, ${total} tokens, decoded whole`, whole, "ms"),
    row(`${label}: the same pass resumed after ${forced} settled tokens`, resumed, "ms"),
  ];
}
