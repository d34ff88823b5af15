/**
 * Imports into the session's transcript: a recorded interview (decoded by the browser, segmented in the
 * VAD worker, transcribed in the ASR worker) or a transcript exported by a meeting tool.
 */
import * as Comlink from "comlink";
import { SAMPLE_RATE_HZ } from "../../lib/audio/sample-rate";
import { CopilotError } from "../../lib/errors";
import { fileKind } from "../../lib/transcript/file-kinds";
import { cuesToSegments, parseTranscript } from "../../lib/transcript/import";
import type { TranscriptStore } from "../../lib/transcript/transcript-store";
import { UtteranceTranscriber, type TranscribeFn } from "../../lib/transcription/utterance-transcriber";
import type { VadEvent, VadWorkerApi } from "../../workers/vad-protocol";

/** The file's kind, or a clear refusal naming what can be imported. */
export function importKind(file: File): "audio" | "transcript" {
  const kind = fileKind(file.name);
  if (kind) return kind;
  throw new CopilotError({
    code: "invalid_input",
    message: `${file.name}: unsupported file type. Import audio (wav, mp3, m4a, webm, ogg) or a transcript (vtt, srt, txt).`,
  });
}

/** Decodes any format the browser can, straight to 16 kHz mono. */
export async function decodeRecording(file: File): Promise<Float32Array> {
  const bytes = await file.arrayBuffer();
  let decoded: AudioBuffer;
  try {
    decoded = await new OfflineAudioContext(1, 1, SAMPLE_RATE_HZ).decodeAudioData(bytes);
  } catch {
    throw new CopilotError({
      code: "invalid_input",
      message: `${file.name} could not be decoded: the file is damaged, or its audio format is not one this browser plays (wav, mp3, m4a, webm, ogg).`,
    });
  }
  if (decoded.length === 0)
    throw new CopilotError({ code: "invalid_input", message: `${file.name} contains no audio.` });
  const mono = new Float32Array(decoded.length);
  for (let c = 0; c < decoded.numberOfChannels; c += 1) {
    const data = decoded.getChannelData(c);
    for (let i = 0; i < mono.length; i += 1) mono[i] = (mono[i] ?? 0) + (data[i] ?? 0) / decoded.numberOfChannels;
  }
  return mono;
}

export async function importTranscriptFile(file: File, store: TranscriptStore): Promise<number> {
  const cues = parseTranscript(file.name, await file.text());
  // Ids unique per import: a second file is new material for the analyzer, not a repeat.
  const prefix = `imp${Date.now().toString(36)}`;
  // Appended to what the session already holds, after its last segment.
  const existing = store.get().segments;
  const offset = existing.length > 0 ? Math.max(...existing.map((s) => s.endMs)) + 1000 : 0;
  const segments = cuesToSegments(cues, prefix).map((s) => ({
    ...s,
    startMs: s.startMs + offset,
    endMs: s.endMs + offset,
  }));
  store.load([...existing, ...segments]);
  return segments.length;
}

export async function importRecordingFile(options: {
  file: File;
  vad: Comlink.Remote<VadWorkerApi>;
  transcribe: TranscribeFn;
  tokenBudget?: (seconds: number) => number;
  store: TranscriptStore;
  onProgress: (share: number) => void;
}): Promise<number> {
  const samples = await decodeRecording(options.file);
  options.store.load([]);
  let finals = 0;
  const errors: unknown[] = [];
  const transcriber = new UtteranceTranscriber({
    channel: "import",
    speaker: () => "Speaker",
    idPrefix: `rec${Date.now().toString(36)}`,
    transcribe: options.transcribe,
    tokenBudget: options.tokenBudget,
    onUpdate: (update) => {
      options.store.apply(update);
      if (update.kind === "segment" && update.segment.final) finals += 1;
    },
    onError: (error) => errors.push(error),
  });
  await options.vad.segmentRecording(
    Comlink.transfer(samples, [samples.buffer]),
    Comlink.proxy((event: VadEvent) => transcriber.handle(event)),
    Comlink.proxy((done: number, total: number) => options.onProgress(total > 0 ? (0.9 * done) / total : 0)),
  );
  await transcriber.idle();
  options.onProgress(1);
  if (errors.length > 0) throw errors[0];
  return finals;
}
