import { commandArgs, languageFlag } from "./args";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pointTransformersAtStore } from "../lib/asr/node-env";
import { SAMPLE_RATE_HZ, SpeechTranscriber } from "../lib/asr/transcriber";
import { resample } from "../lib/audio/resampler";
import { decodeWav } from "../lib/audio/wav";
import { inspectModel } from "../lib/models/node-store";
import { LOCAL_MODEL_DIR } from "../lib/models/paths";
import type { Segment } from "../lib/transcript/segment";
import { transcribeRecording } from "../lib/transcription/transcribe-recording";
import { createNodeVad } from "../lib/vad/node-vad";
import { DEFAULT_ASR_MODEL, findModel, MULTILINGUAL_ASR_MODEL } from "../models/catalog";

export const TRANSCRIBE_HELP = `copilot transcribe <audio.wav> [--model id] [--lang code] [--json]
  Runs voice activity detection and speech recognition on the device and prints one line per segment.
  --model id   a declared speech model present in the model store (default ${DEFAULT_ASR_MODEL} for
               English, ${MULTILINGUAL_ASR_MODEL} for other languages and detection)
  --lang code  the recording's language: en (default), es, de, fr, it, or detect (per segment);
               other languages need a multilingual model
  --json       JSON lines: {id, channel, speaker, startMs, endMs, text, confidence, final, language}
`;

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}.${String(Math.floor(ms % 1000)).padStart(3, "0")}`;
}

export function formatSegment(s: Segment): string {
  return `[${clock(s.startMs)} - ${clock(s.endMs)}] ${s.speaker}: ${s.text}`;
}

export async function transcribeCommand(args: string[]): Promise<number> {
  const parsed = commandArgs("transcribe", TRANSCRIBE_HELP, args, {
    model: { type: "string" },
    lang: { type: "string" },
    json: { type: "boolean" },
  });
  if (typeof parsed === "number") return parsed;
  const language = languageFlag("transcribe", TRANSCRIBE_HELP, parsed.values.lang, true);
  if (typeof language === "number") return language;
  const [file, extra] = parsed.positionals;
  if (!file || extra) {
    process.stderr.write(
      `copilot transcribe: ${file ? `unexpected argument "${extra}"` : "no audio file given"}\n\n${TRANSCRIBE_HELP}`,
    );
    return 2;
  }
  const modelId = parsed.values.model ?? (language === "en" ? DEFAULT_ASR_MODEL : MULTILINGUAL_ASR_MODEL);
  const spec = findModel(modelId);
  if (!spec || spec.task !== "automatic-speech-recognition")
    throw new Error(`${modelId} is not a declared speech model`);
  if (language !== "en" && !spec.multilingual) {
    process.stderr.write(
      `copilot transcribe: ${modelId} transcribes English only; for --lang ${language} use a multilingual model (e.g. --model ${MULTILINGUAL_ASR_MODEL})\n`,
    );
    return 2;
  }
  const report = await inspectModel(spec, LOCAL_MODEL_DIR);
  if (!report.usable) {
    const bad = report.files.filter((f) => f.status === "missing" || f.status === "corrupt");
    throw new Error(
      `${modelId} is not usable in ${LOCAL_MODEL_DIR} (${bad.map((f) => `${f.path} ${f.status}`).join(", ")}). ` +
        "Provide it with npm run models:fetch or npm run models:import <dir>.",
    );
  }
  if (path.extname(file).toLowerCase() !== ".wav") {
    throw new Error(`${file}: only WAV is decoded in Node; convert it first (e.g. sox in.mp3 -r 16000 out.wav)`);
  }
  const audio = decodeWav(new Uint8Array(await readFile(file)));
  const samples =
    audio.sampleRateHz === SAMPLE_RATE_HZ ? audio.samples : resample(audio.samples, audio.sampleRateHz, SAMPLE_RATE_HZ);
  pointTransformersAtStore(LOCAL_MODEL_DIR);
  const asr = await SpeechTranscriber.load(spec, "node-cpu");
  const json = parsed.values.json === true;
  await transcribeRecording({
    vad: await createNodeVad(),
    samples,
    transcribe: (chunk, budget) => asr.transcribe(chunk, budget, "final", language),
    speaker: "Speaker",
    idPrefix: path.basename(file, path.extname(file)),
    onSegment: (s) => process.stdout.write(`${json ? JSON.stringify(s) : formatSegment(s)}\n`),
  });
  return 0;
}
