/** Whole-recording transcription (imported files, the CLI): VAD segmentation, then one final per utterance. */
import { detectSpeech } from "../vad/detect";
import type { SileroVad } from "../vad/silero";
import type { Channel, Segment } from "../transcript/segment";
import { UtteranceTranscriber, type TranscribeFn } from "./utterance-transcriber";

export interface RecordingOptions {
  vad: SileroVad;
  /** 16 kHz mono. */
  samples: Float32Array;
  transcribe: TranscribeFn;
  channel?: Channel;
  speaker?: string;
  idPrefix?: string;
  tokenBudget?: (seconds: number) => number;
  onProgress?: (doneMs: number, totalMs: number) => void;
  onSegment?: (segment: Segment) => void;
}

export async function transcribeRecording(o: RecordingOptions): Promise<Segment[]> {
  const segments: Segment[] = [];
  const errors: unknown[] = [];
  const utterances = new UtteranceTranscriber({
    channel: o.channel ?? "import",
    speaker: () => o.speaker ?? "Speaker",
    transcribe: o.transcribe,
    idPrefix: o.idPrefix ?? "rec",
    tokenBudget: o.tokenBudget,
    onUpdate: (update) => {
      if (update.kind === "segment" && update.segment.final) {
        segments.push(update.segment);
        o.onSegment?.(update.segment);
      }
    },
    onError: (error) => errors.push(error),
  });
  const totalMs = (o.samples.length / 16_000) * 1000;
  for await (const event of detectSpeech(o.vad, o.samples)) {
    if (event.type === "progress") continue; // no partials for a recording: finals only
    utterances.handle(event);
    if (event.type === "end") {
      await utterances.idle();
      o.onProgress?.(event.endMs, totalMs);
    }
  }
  await utterances.idle();
  if (errors.length > 0) throw errors[0];
  o.onProgress?.(totalMs, totalMs);
  return segments;
}
