/**
 * Sentiment per utterance with the embedded VADER model (no download) for English and the translated
 * AFINN lists for the other languages (`sentiment-lexicon.ts`), and its trend over the interview.
 */
import type { Language } from "../language";
import { lexiconCompound } from "./sentiment-lexicon";
import { vaderCompound } from "./vader-compound";

export interface SentimentPoint {
  atMs: number;
  segmentId: string;
  /** VADER's compound score, -1 (negative) to 1 (positive), averaged with the model's when there is one. */
  compound: number;
  /** The transformer model's own polarity, when a model was used. */
  model?: number;
}

/** VADER's compound score, -1..1 (the package's number, computed faster: see vader-compound.ts); in
 * another language, the AFINN sum on the same scale. */
export function sentimentOf(text: string, language: Language = "en"): number {
  return language === "en" ? vaderCompound(text) : lexiconCompound(text, language);
}

/** Exponential moving average of the compound scores, so one remark does not swing the trend. */
export function trend(points: readonly SentimentPoint[], alpha = 0.35): number[] {
  const out: number[] = [];
  let value = points[0]?.compound ?? 0;
  for (const p of points) {
    value = alpha * p.compound + (1 - alpha) * value;
    out.push(value);
  }
  return out;
}
