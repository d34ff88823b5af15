/**
 * Person names in Spanish, German, French and Italian speech, in any case: after the phrases people use
 * around names (`PEOPLE_CUES`), after a title, and as a first name and surname the name lexicon knows.
 * A word is a name part when the lexicon knows it as a name and it is no everyday word of the language;
 * everyday words come from the compromise siblings' lexicons (es, de, fr: verbs, nouns, adjectives;
 * their `#Person` tagger itself found too few names, see docs/decisions.md), each language's function
 * words and the words that are also names ("rosa", "paz", "Frank", "pierre", "speranza"), which count
 * only after "me llamo" and the like, after a title, or beside another name part.
 */
import { technologies } from "../analysis/tech-dictionary";
import type { Span } from "./categories";
import { COMMON_CAPITALIZED, NOT_PEOPLE } from "./lexicon";
import { fold, isCommonWord, isFirstName, isNameToken, isSurname } from "./name-lexicon";
import { isLexiconPlace } from "./names";
import { PEOPLE_CUES, type Other } from "./people-cues";
import { siblingWords } from "./language-words";

/** Technology names are never name parts, unless they are first names too ("julia"). */
const TECH_WORDS = new Set(
  technologies()
    .flatMap((t) => [t.name, ...t.aliases])
    .map((n) => n.toLowerCase())
    .filter((n) => !isFirstName(n)),
);

interface Vocabulary {
  key: Other;
  /** Everyday words (lower case, accents kept): never a name part without a strong cue or another name part. */
  everyday: Set<string>;
  /** Function words (folded): never a name part at all. */
  function: Set<string>;
  /** First names and surnames the sibling's lexicon tags (folded), beside the shared name lexicon. */
  firstNames: Set<string>;
  surnames: Set<string>;
  /** Global scans: a name can start where one ends. */
  strong: RegExp;
  intro: RegExp;
  titled: RegExp;
}

const vocabularies = new Map<Other, Vocabulary>();
function vocabularyOf(language: Other): Vocabulary {
  const known = vocabularies.get(language);
  if (known) return known;
  const cues = PEOPLE_CUES[language];
  const everyday = new Set(cues.ambiguous.split(" ").flatMap((w) => [w, fold(w)]));
  // The siblings' lexicons (scripts/build-language-lexicon.ts), loaded for the interview's language.
  const sibling = siblingWords(language);
  for (const w of sibling?.everyday.split(" ") ?? []) everyday.add(w);
  const firstNames = new Set(sibling?.first.split(" ") ?? []);
  const surnames = new Set(sibling?.last.split(" ") ?? []);
  const fn = new Set(cues.function.split(" ").map(fold));
  const alt = (list: string[]) => list.map((c) => c.replace(/ /g, "\\s+")).join("|");
  const vocabulary: Vocabulary = {
    key: language,
    everyday,
    function: fn,
    firstNames,
    surnames,
    strong: new RegExp(`(?<![\\p{L}])(?:${alt(cues.strong)})\\s*,?\\s+`, "giu"),
    intro: new RegExp(`(?<![\\p{L}])(?:${alt(cues.intro)})\\s+`, "giu"),
    titled: new RegExp(`(?<![\\p{L}])(?:${cues.titles})(?![\\p{L}])\\s*`, "giu"),
  };
  vocabularies.set(language, vocabulary);
  return vocabulary;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORDS = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/** Never a name part: technologies, employers, function words, one letter, acronyms. */
function isExcluded(w: string, v: Vocabulary): boolean {
  return remembered(`${v.key}x${w}`, () => computeExcluded(w, v));
}

function computeExcluded(w: string, v: Vocabulary): boolean {
  const lower = w.toLowerCase();
  return (
    w.length < 2 ||
    v.function.has(fold(w)) ||
    // "san diego", "san jose" put "diego" and "jose" among English non-people; here they are first names.
    (NOT_PEOPLE.has(lower) && !isFirstName(w)) ||
    COMMON_CAPITALIZED.has(lower) ||
    TECH_WORDS.has(lower) ||
    /^[\p{Lu}\d]{2,}$/u.test(w)
  );
}

const traitCache = new Map<string, boolean>();
const TRAIT_CACHE_LIMIT = 50_000;
/** Lexicon look-ups fold the word (Unicode normalisation): remembered per word and question. */
function remembered(key: string, compute: () => boolean): boolean {
  let known = traitCache.get(key);
  if (known === undefined) {
    known = compute();
    if (traitCache.size >= TRAIT_CACHE_LIMIT) traitCache.clear();
    traitCache.set(key, known);
  }
  return known;
}

const isFirst = (w: string, v: Vocabulary) => isFirstName(w) || v.firstNames.has(fold(w));
const isLast = (w: string, v: Vocabulary) => isSurname(w) || v.surnames.has(fold(w));
const isName = (w: string, v: Vocabulary) =>
  remembered(`${v.key}n${w}`, () => isNameToken(w) || v.firstNames.has(fold(w)) || v.surnames.has(fold(w)));
/** A name the lexicon knows that is no everyday word: "josé", "lefèvre"; "müller" is not (a miller). */
const isEveryday = (w: string, v: Vocabulary) => v.everyday.has(w.toLowerCase());
const isClearName = (w: string, v: Vocabulary) => !isExcluded(w, v) && isName(w, v) && !isEveryday(w, v);
/** An everyday word the lexicon also lists as a name: "rosa", "Frank", "pierre". */
const isAmbiguous = (w: string, v: Vocabulary) => !isExcluded(w, v) && isName(w, v) && isEveryday(w, v);
/** No everyday word and no name the lexicon knows: a surname from anywhere ("etxeberria", "ogunleye"). */
const isUnknown = (w: string, v: Vocabulary) => !isExcluded(w, v) && !isName(w, v) && !isEveryday(w, v);

const MAX_PARTS = 3;

/** "carmen ruiz": an everyday first name is a name beside a clear surname. */
function followedByClearName(ws: Word[], i: number, text: string, v: Vocabulary): boolean {
  const a = ws[i];
  const b = ws[i + 1];
  return (
    !!a &&
    !!b &&
    /^\s+$/.test(text.slice(a.end, b.start)) &&
    (isClearName(b.text, v) || isAmbiguous(b.text, v)) &&
    isLast(b.text, v)
  );
}

/**
 * The name starting at word `i`: its first part as the cue allows (`strong`: any non-function word;
 * `intro`: a clear name; `title`: a clear, ambiguous or capitalised word), then surname parts (a name,
 * an ambiguous name after a first name, or a word no lexicon knows), up to three, not across punctuation.
 */
function nameAt(ws: Word[], i: number, text: string, v: Vocabulary, cue: "strong" | "intro" | "title") {
  const first = ws[i];
  if (!first) return null;
  const w = first.text;
  const ok =
    cue === "strong"
      ? !isExcluded(w, v)
      : cue === "title"
        ? !isExcluded(w, v) && (isClearName(w, v) || isAmbiguous(w, v) || isUnknown(w, v) || isCapitalised(w))
        : (isClearName(w, v) && isFirst(w, v)) ||
          (isAmbiguous(w, v) && (isCapitalised(w) || followedByClearName(ws, i, text, v)));
  if (!ok) return null;
  let end = first.end;
  let parts = 1;
  for (let j = i + 1; j < ws.length && parts < MAX_PARTS; j += 1) {
    const next = ws[j] as Word;
    if (!/^\s+$/.test(text.slice((ws[j - 1] as Word).end, next.start))) break;
    const t = next.text;
    const surname =
      isClearName(t, v) ||
      (isAmbiguous(t, v) && isLast(t, v)) ||
      (isUnknown(t, v) && (cue !== "intro" || isCapitalised(t) || parts === 1));
    if (!surname) break;
    end = next.end;
    parts += 1;
  }
  return { start: first.start, end, parts };
}

export function peopleIn(text: string, language: Other): Span[] {
  const v = vocabularyOf(language);
  const ws = [...text.matchAll(WORDS)].map((m) => ({
    text: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
  const out: Span[] = [];
  const push = (s: { start: number; end: number } | null, checkPlace = true) => {
    // "soy de Argentina", "me mudé a Valencia": one word that names a city, country or region is a place.
    if (s && !(checkPlace && isLexiconPlace(text.slice(s.start, s.end))))
      out.push({ start: s.start, end: s.end, category: "person" });
  };
  // One scan per cue kind over the text, not one test per word: where each cue ends, a name may start.
  const ends = (re: RegExp) => new Set([...text.matchAll(re)].map((m) => (m.index ?? 0) + m[0].length));
  const strong = ends(v.strong);
  const titled = ends(v.titled);
  const intro = ends(v.intro);
  for (let i = 0; i < ws.length; i += 1) {
    const w = ws[i] as Word;
    if (strong.has(w.start)) push(nameAt(ws, i, text, v, "strong"), false);
    else if (titled.has(w.start)) push(nameAt(ws, i, text, v, "title"), false);
    else if (intro.has(w.start)) push(nameAt(ws, i, text, v, "intro"));
    else push(uncuedAt(ws, i, text, v, language));
  }
  return out;
}

/**
 * No cue: a first name and a surname side by side ("josé álvarez", "Thomas Schmidt"), or in Spanish,
 * French and Italian a capitalised first name inside a sentence ("luego Marta propuso"). German
 * capitalises every noun, so there a pair must be two lexicon names.
 */
/** "rosa martínez": an everyday first name and a surname no dictionary knows. */
function ambiguousPair(w: Word, next: Word | undefined, text: string, v: Vocabulary): boolean {
  return !!next && /^\s+$/.test(text.slice(w.end, next.start)) && isClearName(next.text, v) && isLast(next.text, v);
}

function uncuedAt(ws: Word[], i: number, text: string, v: Vocabulary, language: Other) {
  const w = ws[i] as Word;
  if (!isClearName(w.text, v) && !isAmbiguous(w.text, v)) return null;
  const sentenceStart = /(?:^|[.!?¿¡:]\s*|\n\s*)$/u.test(text.slice(Math.max(0, w.start - 3), w.start));
  // "avec Pierre", "y luego Rosa dijo": capitalised inside a sentence, not after an article ("la Paz").
  const afterArticle = /(?:^|\s)(?:el|la|los|las|le|les|l'|il|lo|gli|der|die|das|un|una|une)\s+$/iu.test(
    text.slice(Math.max(0, w.start - 5), w.start),
  );
  if (language !== "de" && isAmbiguous(w.text, v) && isCapitalised(w.text) && !sentenceStart && !afterArticle)
    return nameAt(ws, i, text, v, "title");
  const next = ws[i + 1];
  if (isAmbiguous(w.text, v) && isFirst(w.text, v) && ambiguousPair(w, next, text, v))
    return nameAt(ws, i, text, v, "title");
  if (!isClearName(w.text, v) || !isFirst(w.text, v) || w.text.length < 3) return null;
  // Lower case and no cue: an English everyday word ("page", "grace") in the text is the word.
  if (!isCapitalised(w.text) && isCommonWord(w.text)) return null;
  const joined = next && /^\s+$/.test(text.slice(w.end, next.start));
  if (joined && next && (isClearName(next.text, v) || (isAmbiguous(next.text, v) && isLast(next.text, v)))) {
    if (isLast(next.text, v) || (isCapitalised(w.text) && isCapitalised(next.text) && language !== "de"))
      return nameAt(ws, i, text, v, "title");
  }
  if (
    joined &&
    next &&
    language !== "de" &&
    isCapitalised(w.text) &&
    isCapitalised(next.text) &&
    isUnknown(next.text, v)
  )
    return nameAt(ws, i, text, v, "title");
  if (language !== "de" && isCapitalised(w.text) && !sentenceStart) return { start: w.start, end: w.end };
  return null;
}
