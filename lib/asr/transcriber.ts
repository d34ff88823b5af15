/**
 * The one place that runs speech recognition (Whisper, Moonshine) through transformers.js'
 * automatic-speech-recognition pipeline, for the browser worker and the Node CLI alike.
 */
import { SerialQueue } from "../serial-queue";
import { LogitsProcessor, LogitsProcessorList, pipeline, type Tensor } from "@huggingface/transformers";
import type { ModelSpec } from "../models/schema";
import { transformersDevice, type AsrBackend } from "./backend";

export { SAMPLE_RATE_HZ } from "../audio/sample-rate";

export interface TranscribeResult {
  text: string;
  inferenceMs: number;
}

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
  ) {}

  static async load(spec: ModelSpec, backend: AsrBackend): Promise<SpeechTranscriber> {
    const loaded = await pipeline("automatic-speech-recognition", spec.id, {
      dtype: spec.dtype,
      device: transformersDevice(backend),
      revision: spec.revision,
    });
    const eos = (loaded.model.generation_config as { eos_token_id?: unknown } | null)?.eos_token_id;
    if (typeof eos !== "number") throw new Error(`${spec.id}: generation config has no end-of-text token`);
    return new SpeechTranscriber(loaded as unknown as AsrPipeline, spec, backend, eos);
  }

  /**
   * Inference on one model is serialized: concurrent callers queue behind each other. `maxNewTokens`
   * caps generation; benchmarks use it to decode a realistic amount of text from random weights.
   */
  transcribe(audio: Float32Array, maxNewTokens?: number, kind: TranscribeKind = "final"): Promise<TranscribeResult> {
    if (kind === "final") {
      this.finalsWaiting += 1;
      this.runningPartial?.interrupt();
    }
    return this.inference.call(async () => {
      const started = performance.now();
      if (kind === "final") this.finalsWaiting -= 1;
      // A partial whose utterance already has a final queued is stale before it starts.
      else if (this.finalsWaiting > 0) return { text: "", inferenceMs: 0 };
      const stop = kind === "partial" ? new InterruptToEos(this.eosTokenId) : null;
      this.runningPartial = stop;
      const output = await this.run(audio, {
        ...(maxNewTokens === undefined ? {} : { max_new_tokens: maxNewTokens }),
        ...(stop ? { logits_processor: listOf(stop) } : {}),
      }).finally(() => {
        if (this.runningPartial === stop) this.runningPartial = null;
      });
      const text = Array.isArray(output) ? output.map(textOf).join(" ") : textOf(output);
      return { text: text.trim(), inferenceMs: performance.now() - started };
    });
  }
}

function listOf(processor: LogitsProcessor): LogitsProcessorList {
  const list = new LogitsProcessorList();
  list.push(processor);
  return list;
}

function textOf(output: unknown): string {
  if (output && typeof output === "object" && "text" in output && typeof output.text === "string") return output.text;
  throw new Error("the speech-recognition pipeline returned no text field");
}
