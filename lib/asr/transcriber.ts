/**
 * The one place that runs Whisper through transformers.js' automatic-speech-recognition pipeline, for
 * the browser worker and the Node CLI alike.
 */
import { pipeline } from "@huggingface/transformers";
import type { ModelSpec } from "../models/schema";
import { transformersDevice, type AsrBackend } from "./backend";

export const SAMPLE_RATE_HZ = 16_000;

export interface TranscribeResult {
  text: string;
  inferenceMs: number;
}

type AsrPipeline = (audio: Float32Array, options: Record<string, unknown>) => Promise<unknown>;

export interface LoadProgress {
  file: string;
  loaded: number;
  total: number;
}

export class WhisperTranscriber {
  private chain: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly run: AsrPipeline,
    readonly spec: ModelSpec,
    readonly backend: AsrBackend,
  ) {}

  static async load(spec: ModelSpec, backend: AsrBackend): Promise<WhisperTranscriber> {
    const run = (await pipeline("automatic-speech-recognition", spec.id, {
      dtype: spec.dtype,
      device: transformersDevice(backend),
      revision: spec.revision,
    })) as unknown as AsrPipeline;
    return new WhisperTranscriber(run, spec, backend);
  }

  /**
   * Inference on one model is serialized: concurrent callers queue behind each other. `maxNewTokens`
   * caps generation; benchmarks use it to decode a realistic amount of text from random weights.
   */
  transcribe(audio: Float32Array, maxNewTokens?: number): Promise<TranscribeResult> {
    const next = this.chain.then(async () => {
      const started = performance.now();
      const output = await this.run(audio, {
        ...(maxNewTokens === undefined ? {} : { max_new_tokens: maxNewTokens }),
      });
      const text = Array.isArray(output) ? output.map(textOf).join(" ") : textOf(output);
      return { text: text.trim(), inferenceMs: performance.now() - started };
    });
    this.chain = next.catch(() => undefined);
    return next;
  }
}

function textOf(output: unknown): string {
  if (output && typeof output === "object" && "text" in output && typeof output.text === "string") return output.text;
  throw new Error("the speech-recognition pipeline returned no text field");
}
