/**
 * The one place that runs speech recognition (Whisper, Moonshine) through transformers.js'
 * automatic-speech-recognition pipeline, for the browser worker and the Node CLI alike.
 */
import { SerialQueue } from "../serial-queue";
import { LogitsProcessor, LogitsProcessorList, pipeline, type Tensor } from "@huggingface/transformers";
import type { ModelSpec } from "../models/schema";
import type { Language } from "../language";
import { transformersDevice, type AsrBackend } from "./backend";
import { DetectLanguage, whisperPromptIds, type WhisperPromptIds } from "./language-detector";

export { SAMPLE_RATE_HZ } from "../audio/sample-rate";

export interface TranscribeResult {
  text: string;
  inferenceMs: number;
  /** The language transcribed: the one asked for, the one detected, or English for English-only models. */
  language: Language;
  /** Tokens of the settled prefix forced into the decoder (0 when none was given or the model takes none). */
  forcedTokens: number;
}

/** The text tokenizer's encode, as the pipeline carries it. */
type Encode = (text: string, options: { add_special_tokens: boolean }) => number[];

/** What the caller knows of the speech's language: one language, or detect it in each pass. */
export type LanguageChoice = Language | "detect";

type AsrPipeline = (audio: Float32Array, options: Record<string, unknown>) => Promise<unknown>;

/** Partials are previews: a final arriving while one decodes interrupts it, so the final starts sooner. */
export type TranscribeKind = "partial" | "final";

/**
 * Ends a generation at its next step once interrupted, by leaving only end-of-text possible.
 * (transformers.js 4's Whisper generate drops `stopping_criteria`, but passes logits processors on.)
 */
class InterruptToEos extends LogitsProcessor {
  interrupted = false;

  constructor(private readonly eosTokenId: number) {
    super();
  }

  interrupt(): void {
    this.interrupted = true;
  }

  _call(_inputIds: bigint[][], logits: Tensor): Tensor {
    if (!this.interrupted) return logits;
    const data = logits.data as Float32Array;
    const vocab = logits.dims[logits.dims.length - 1] ?? data.length;
    for (let row = 0; row < data.length; row += vocab) {
      data.fill(-Infinity, row, row + vocab);
      data[row + this.eosTokenId] = 0;
    }
    return logits;
  }
}

export class SpeechTranscriber {
  private readonly inference = new SerialQueue();
  private runningPartial: InterruptToEos | null = null;
  private finalsWaiting = 0;

  private constructor(
    private readonly run: AsrPipeline,
    readonly spec: ModelSpec,
    readonly backend: AsrBackend,
    private readonly eosTokenId: number,
    /** Present on multilingual models, which are told the language or detect it. */
    private readonly prompt: WhisperPromptIds | null,
    /**
     * Moonshine's decoder starts from this one token and takes a forced continuation of it, so a pass can
     * resume after the words already settled (decision 120). Null for Whisper, whose prompt the pipeline
     * builds itself.
     */
    private readonly decoderStart: { token: number; encode: Encode } | null,
  ) {}

  /** Whether `transcribe` can resume after a settled prefix instead of decoding it again. */
  get resumesPrefix(): boolean {
    return this.decoderStart !== null;
  }

  get multilingual(): boolean {
    return this.prompt !== null;
  }

  static async load(spec: ModelSpec, backend: AsrBackend): Promise<SpeechTranscriber> {
    const loaded = await pipeline("automatic-speech-recognition", spec.id, {
      dtype: spec.dtype,
      device: transformersDevice(backend),
      revision: spec.revision,
    });
    const eos = (loaded.model.generation_config as { eos_token_id?: unknown } | null)?.eos_token_id;
    if (typeof eos !== "number") throw new Error(`${spec.id}: generation config has no end-of-text token`);
    const config = loaded.model.generation_config as { is_multilingual?: unknown } | null;
    const prompt = config?.is_multilingual === true ? whisperPromptIds(config) : null;
    if (spec.multilingual && !prompt) throw new Error(`${spec.id}: generation config lacks the language tokens`);
    const start = (loaded.model.generation_config as { decoder_start_token_id?: unknown } | null)
      ?.decoder_start_token_id;
    const modelType = (loaded.model.config as { model_type?: unknown }).model_type;
    const encode = (loaded as unknown as { tokenizer?: { encode?: Encode } }).tokenizer?.encode;
    const decoderStart =
      modelType === "moonshine" && typeof start === "number" && encode
        ? { token: start, encode: encode.bind((loaded as unknown as { tokenizer: object }).tokenizer) }
        : null;
    return new SpeechTranscriber(loaded as unknown as AsrPipeline, spec, backend, eos, prompt, decoderStart);
  }

  /**
   * Inference on one model is serialized: concurrent callers queue behind each other. `maxNewTokens`
   * caps the whole text's tokens (a forced prefix counts); benchmarks use it to decode a realistic amount
   * of text from random weights. `settled`: words already agreed for this audio's start; a model that
   * resumes (Moonshine) takes them as the decoder's forced prefix and decodes only what follows, others
   * ignore it.
   */
  transcribe(
    audio: Float32Array,
    maxNewTokens?: number,
    kind: TranscribeKind = "final",
    language: LanguageChoice = "en",
    settled = "",
  ): Promise<TranscribeResult> {
    if (kind === "final") {
      this.finalsWaiting += 1;
      this.runningPartial?.interrupt();
    }
    return this.inference.call(async () => {
      const started = performance.now();
      if (kind === "final") this.finalsWaiting -= 1;
      // A partial whose utterance already has a final queued is stale before it starts.
      else if (this.finalsWaiting > 0)
        return { text: "", inferenceMs: 0, language: this.fallback(language), forcedTokens: 0 };
      const forced = this.forcedPrefix(settled);
      const budget = maxNewTokens === undefined ? undefined : Math.max(1, maxNewTokens - forced.length);
      const stop = kind === "partial" ? new InterruptToEos(this.eosTokenId) : null;
      this.runningPartial = stop;
      const detector = this.prompt && language === "detect" ? new DetectLanguage(this.prompt) : null;
      const processors: LogitsProcessor[] = [];
      if (detector) processors.push(detector);
      if (stop) processors.push(stop);
      const output = await this.run(audio, {
        ...(budget === undefined ? {} : { max_new_tokens: budget }),
        ...(processors.length ? { logits_processor: listOf(...processors) } : {}),
        ...this.languageOptions(language, detector),
        ...(forced.length && this.decoderStart
          ? { decoder_input_ids: [[this.decoderStart.token, ...forced].map((t) => BigInt(t))] }
          : {}),
      }).finally(() => {
        if (this.runningPartial === stop) this.runningPartial = null;
      });
      const text = Array.isArray(output) ? output.map(textOf).join(" ") : textOf(output);
      const detected = detector?.detected ?? this.fallback(language);
      return {
        text: text.trim(),
        inferenceMs: performance.now() - started,
        language: detected,
        forcedTokens: forced.length,
      };
    });
  }

  /** The settled words as decoder tokens, for a model that resumes; none otherwise. */
  private forcedPrefix(settled: string): number[] {
    const words = settled.trim();
    if (!words || !this.decoderStart) return [];
    return this.decoderStart.encode(words, { add_special_tokens: false });
  }

  /** English-only models take no language; multilingual ones are told it, or start bare to detect it. */
  private languageOptions(language: LanguageChoice, detector: DetectLanguage | null): Record<string, unknown> {
    if (!this.prompt) return {};
    if (detector) return { decoder_input_ids: [this.prompt.startOfTranscript] };
    return { language, task: "transcribe" };
  }

  private fallback(language: LanguageChoice): Language {
    return !this.prompt || language === "detect" ? "en" : language;
  }
}

function listOf(...processors: LogitsProcessor[]): LogitsProcessorList {
  const list = new LogitsProcessorList();
  for (const p of processors) list.push(p);
  return list;
}

function textOf(output: unknown): string {
  if (output && typeof output === "object" && "text" in output && typeof output.text === "string") return output.text;
  throw new Error("the speech-recognition pipeline returned no text field");
}
