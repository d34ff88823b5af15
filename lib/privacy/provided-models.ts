/**
 * The optional text models an organisation may provide beside the embedded methods: a transformer NER
 * model (names, added to the embedded detector's) and a sentiment model (combined with VADER). A model
 * that is provided but cannot be used, or that fails later, is reported in words: the interviewer must
 * never believe a model runs when it does not.
 */
import type { ModelSpec } from "../models/schema";
import { providedModelProblem } from "../models/model-cache";
import { findModel } from "../../models/catalog";
import type { Span } from "./categories";

export interface ModelProblems {
  ner: string | null;
  sentiment: string | null;
}

/** A model the organisation may provide: the id in use, or why a provided one is not in use. */
export interface ProvidedModel {
  id: string | null;
  /** Null when the model is in use or simply not provided; otherwise what went wrong, in words. */
  problem: string | null;
}

export interface NerModel {
  readonly spec: ModelSpec;
  personSpans(text: string): Promise<Span[]>;
}

export interface SentimentModel {
  readonly spec: ModelSpec;
  score(text: string): Promise<number>;
}

/** What a privacy session needs from the optional models. */
export interface TextModels {
  /** The NER model's person spans ([] when none is in use, or after it failed and was turned off). */
  personSpans(text: string): Promise<Span[]>;
  /** The sentiment model's polarity, or null. */
  sentimentOf(text: string): Promise<number | null>;
  status(): { nerModel: string | null; sentimentModel: string | null; problems: ModelProblems };
}

export interface ModelLoaders {
  /** Verifies the model's files into the model cache (from the organisation's mirror). */
  deliver(spec: ModelSpec): Promise<void>;
  ner(spec: ModelSpec): Promise<NerModel>;
  sentiment(spec: ModelSpec): Promise<SentimentModel>;
}

const failure = (id: string, error: unknown) =>
  `${id} failed on this device and was turned off: ${error instanceof Error ? error.message : String(error)}`;

export class ProvidedModels implements TextModels {
  private ner: NerModel | null = null;
  private sentiment: SentimentModel | null = null;
  private readonly problems: ModelProblems = { ner: null, sentiment: null };

  constructor(private readonly loaders: ModelLoaders) {}

  async enableNer(modelId: string): Promise<ProvidedModel> {
    this.ner = await this.load(modelId, "token-classification", "ner", (spec) => this.loaders.ner(spec));
    return { id: this.ner?.spec.id ?? null, problem: this.problems.ner };
  }

  async enableSentiment(modelId: string): Promise<ProvidedModel> {
    this.sentiment = await this.load(modelId, "text-classification", "sentiment", (spec) =>
      this.loaders.sentiment(spec),
    );
    return { id: this.sentiment?.spec.id ?? null, problem: this.problems.sentiment };
  }

  async personSpans(text: string): Promise<Span[]> {
    const model = this.ner;
    if (!model) return [];
    try {
      return await model.personSpans(text);
    } catch (error) {
      // Scrubbing goes on with the embedded detector; the panel stops claiming the model is in use.
      console.warn("NER model disabled after a failure:", error);
      this.problems.ner = failure(model.spec.id, error);
      this.ner = null;
      return [];
    }
  }

  async sentimentOf(text: string): Promise<number | null> {
    const model = this.sentiment;
    if (!model) return null;
    try {
      return await model.score(text);
    } catch (error) {
      console.warn("Sentiment model disabled after a failure:", error);
      this.problems.sentiment = failure(model.spec.id, error);
      this.sentiment = null;
      return null;
    }
  }

  status() {
    return {
      nerModel: this.ner?.spec.id ?? null,
      sentimentModel: this.sentiment?.spec.id ?? null,
      problems: { ...this.problems },
    };
  }

  /**
   * Loads a model the organisation provides (verified into the model cache first); null when it is not
   * provided or cannot load here, with the reason in `problems` when it was provided but is unusable.
   */
  private async load<T>(
    modelId: string,
    task: ModelSpec["task"],
    kind: keyof ModelProblems,
    load: (spec: ModelSpec) => Promise<T>,
  ): Promise<T | null> {
    this.problems[kind] = null;
    const spec = findModel(modelId);
    if (!spec || spec.task !== task) {
      this.problems[kind] = `${modelId} is not a known ${task} model; the embedded method runs alone.`;
      return null;
    }
    try {
      await this.loaders.deliver(spec);
      return await load(spec);
    } catch (error) {
      this.problems[kind] = providedModelProblem(error);
      return null;
    }
  }
}
