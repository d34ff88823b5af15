/**
 * Whisper's language identification inside the transcription pass itself: decoding starts from
 * `<|startoftranscript|>` alone, and at the first step this processor keeps only the language tokens of
 * the languages the app supports (scrubbing and insights exist for those alone), takes the likeliest,
 * then forces `<|transcribe|>` and `<|notimestamps|>`, so one encoder pass both detects and transcribes.
 * (transformers.js 4 defaults a multilingual model to English when no language is given.)
 */
import { LogitsProcessor, type Tensor } from "@huggingface/transformers";
import { LANGUAGES, type Language } from "../language";

export interface WhisperPromptIds {
  startOfTranscript: number;
  transcribe: number;
  noTimestamps: number;
  /** `<|es|>` etc. as the model's generation config names them. */
  languages: Map<number, Language>;
}

/** Reads the ids from a multilingual generation config; null when it lacks any of them. */
export function whisperPromptIds(config: unknown): WhisperPromptIds | null {
  if (!config || typeof config !== "object") return null;
  const c = config as Record<string, unknown>;
  const langToId = c.lang_to_id as Record<string, unknown> | undefined;
  const taskToId = c.task_to_id as Record<string, unknown> | undefined;
  const sot = c.decoder_start_token_id;
  const noTs = c.no_timestamps_token_id;
  const transcribe = taskToId?.transcribe;
  if (typeof sot !== "number" || typeof noTs !== "number" || typeof transcribe !== "number" || !langToId) return null;
  const languages = new Map<number, Language>();
  for (const code of LANGUAGES) {
    const id = langToId[`<|${code}|>`];
    if (typeof id === "number") languages.set(id, code);
  }
  if (languages.size !== LANGUAGES.length) return null;
  return { startOfTranscript: sot, transcribe, noTimestamps: noTs, languages };
}

export class DetectLanguage extends LogitsProcessor {
  detected: Language | null = null;
  /** The prompt the decoder was given, as it saw it (tests check it). */
  prompt: number[] = [];

  constructor(private readonly ids: WhisperPromptIds) {
    super();
  }

  _call(inputIds: bigint[][], logits: Tensor): Tensor {
    const data = logits.data as Float32Array;
    const vocab = logits.dims[logits.dims.length - 1] ?? data.length;
    inputIds.forEach((sequence, row) => {
      const at = row * vocab;
      const last = Number(sequence.at(-1));
      let forced: number | null = null;
      if (sequence.length === 1 && last === this.ids.startOfTranscript) {
        let best = -Infinity;
        for (const [id, code] of this.ids.languages) {
          const score = data[at + id] ?? -Infinity;
          if (forced === null || score > best) {
            best = score;
            forced = id;
            if (row === 0) this.detected = code;
          }
        }
      } else if (sequence.length === 2 && this.ids.languages.has(last)) forced = this.ids.transcribe;
      else if (sequence.length === 3 && last === this.ids.transcribe) forced = this.ids.noTimestamps;
      if (sequence.length === 4 && row === 0) this.prompt = sequence.map(Number);
      if (forced === null) return;
      data.fill(-Infinity, at, at + vocab);
      data[at + forced] = 0;
    });
    return logits;
  }
}
