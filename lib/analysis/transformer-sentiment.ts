/**
 * Sentiment from a transformer text classifier (e.g. Xenova/distilbert-base-uncased-finetuned-sst-2-english)
 * when the organisation provides one, combined with the embedded VADER score. Runs in the privacy worker
 * in the browser and in Node for tests.
 */
import { SerialQueue } from "../serial-queue";
import { pipeline } from "@huggingface/transformers";
import type { ModelSpec } from "../models/schema";

interface Label {
  label: string;
  score: number;
}
type ClassifierPipeline = (text: string, options: Record<string, unknown>) => Promise<Label[] | Label[][]>;

/** POSITIVE probability minus NEGATIVE probability: -1 to 1, like VADER's compound score. */
export function polarity(labels: readonly Label[]): number {
  const p = (name: string) => labels.find((l) => l.label.toUpperCase() === name)?.score ?? 0;
  return Math.max(-1, Math.min(1, p("POSITIVE") - p("NEGATIVE")));
}

/**
 * The utterance's sentiment: VADER alone, or the mean of VADER and the model. VADER reads words and
 * intensifiers well but misses context; a fine-tuned model reads context but is overconfident on short
 * text: equal weights keep either from deciding alone.
 */
export function combineSentiment(vader: number, model: number | null): number {
  return model === null ? vader : (vader + model) / 2;
}

export class TransformerSentiment {
  private readonly inference = new SerialQueue();

  private constructor(
    private readonly run: ClassifierPipeline,
    readonly spec: ModelSpec,
  ) {}

  static async load(spec: ModelSpec, device: "wasm" | "cpu" | "webgpu"): Promise<TransformerSentiment> {
    const loaded = await pipeline("text-classification", spec.id, {
      dtype: spec.dtype,
      device,
      revision: spec.revision,
    });
    return new TransformerSentiment(loaded as unknown as ClassifierPipeline, spec);
  }

  /** The model's polarity for one utterance, serialized like every inference on one model. */
  score(text: string): Promise<number> {
    return this.inference.call(async () => {
      const out = await this.run(text, { top_k: null });
      const labels = (Array.isArray(out[0]) ? out[0] : out) as Label[];
      return polarity(labels);
    });
  }
}
