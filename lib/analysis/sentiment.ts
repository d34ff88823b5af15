/**
 * Sentiment per utterance with the embedded VADER model (no download) for English and the translated
 * AFINN lists for the other languages (`sentiment-lexicon.ts`), and its trend over the interview.
 */
import type { Language } from "../language";
import { lexiconCompound } from "./sentiment-lexicon";
import { vaderCompound } from "./vader-compound";

export type { SentimentPoint } from "./sentiment-trend";
export { trend } from "./sentiment-trend";

/** VADER's compound score, -1..1 (the package's number, computed faster: see vader-compound.ts); in
 * another language, the AFINN sum on the same scale. */
export function sentimentOf(text: string, language: Language = "en"): number {
  return language === "en" ? vaderCompound(text) : lexiconCompound(text, language);
}
