/**
 * Person names from a transformer token-classification model (e.g. Xenova/bert-base-NER-uncased), when
 * the organisation provides one. Its PER entities become spans the scrubber unites with the embedded
 * detector's. Runs in the privacy worker in the browser and in Node for the CLI.
 */
import { SerialQueue } from "../serial-queue";
import { pipeline } from "@huggingface/transformers";
import type { ModelSpec } from "../models/schema";
import { findOccurrences } from "./align";
import type { Span } from "./categories";

interface Entity {
  entity_group?: string;
  entity?: string;
  word: string;
}
type NerPipeline = (text: string, options: Record<string, unknown>) => Promise<Entity[]>;

export class TransformerNer {
  private readonly inference = new SerialQueue();

  private constructor(
    private readonly run: NerPipeline,
    readonly spec: ModelSpec,
  ) {}

  static async load(spec: ModelSpec, device: "wasm" | "cpu" | "webgpu"): Promise<TransformerNer> {
    const loaded = await pipeline("token-classification", spec.id, {
      dtype: spec.dtype,
      device,
      revision: spec.revision,
    });
    return new TransformerNer(loaded as unknown as NerPipeline, spec);
  }

  /** Serialized like every inference on one model. */
  personSpans(text: string): Promise<Span[]> {
    return this.inference.call(async () => {
      const entities = await this.run(text, { aggregation_strategy: "simple" });
      return entitiesToSpans(text, entities);
    });
  }
}

export function entitiesToSpans(text: string, entities: Entity[]): Span[] {
  const spans: Span[] = [];
  for (const e of entities) {
    const tag = e.entity_group ?? e.entity?.replace(/^[BIES]-/, "");
    if (tag !== "PER") continue;
    for (const at of findOccurrences(text, e.word)) spans.push({ ...at, category: "person" });
  }
  return spans;
}
