/** The ASR worker's API, shared by the worker and the page (exposed with Comlink). */
import type { AsrBackend } from "../lib/asr/backend";
import type { LanguageChoice, TranscribeKind } from "../lib/asr/transcriber";
import type { Language } from "../lib/language";
import type { CopilotErrorData } from "../lib/errors";
import type { FileProgress } from "../lib/models/model-cache";
import type { ModelSource } from "../lib/models/sources";
import type { FileIntegrity } from "../lib/models/verify";

/** Errors come back as data: thrown Error subclasses lose their fields crossing postMessage. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: CopilotErrorData };

export interface PrepareRequest {
  modelId: string;
  source: ModelSource;
}

export interface PrepareResult {
  modelId: string;
  backend: AsrBackend;
  /** The loaded model transcribes many languages (told which, or detecting it). */
  multilingual: boolean;
  integrity: Record<string, FileIntegrity>;
  loadMs: number;
}

export interface TranscribeReply {
  text: string;
  inferenceMs: number;
  backend: AsrBackend;
  /** The language transcribed (asked for, detected, or English for an English-only model). */
  language: Language;
}

export interface AsrWorkerApi {
  prepare(request: PrepareRequest, onProgress: (progress: FileProgress) => void): Promise<Reply<PrepareResult>>;
  /**
   * `audio` is 16 kHz mono; it is transferred, not copied. `language` matters to multilingual models only;
   * `settled`, the utterance's words already agreed, to models that resume after them (Moonshine).
   */
  transcribe(
    audio: Float32Array,
    maxNewTokens?: number,
    kind?: TranscribeKind,
    language?: LanguageChoice,
    settled?: string,
  ): Promise<Reply<TranscribeReply>>;
  cachedFiles(modelId: string): Promise<string[]>;
  evict(modelId: string): Promise<void>;
}
