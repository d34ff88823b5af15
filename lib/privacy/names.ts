/**
 * Person-name detection with the embedded detector (a name lexicon and rules, no download), rules for the phrases
 * interviews use ("my name is", titles, capitalized multi-word names of any origin), and the names
 * already known in the session (matched again later, possessives and first names alone included).
 * A transformer NER model, when provided, adds its spans through `extraSpans` in the scrubber.
 */
import nlp from "compromise";
import type { Span } from "./categories";
import { COMMON_CAPITALIZED, NOT_PEOPLE, TITLES } from "./lexicon";
import { fold, isCommonWord, isDictionaryWord, isFirstName, isNameToken, isSurname } from "./name-lexicon";

const NAME_TOKEN = "[\\p{Lu}][\\p{L}\\p{M}'’]*(?:-[\\p{L}\\p{M}'’]+)*";
const PARTICLE = "(?:van|von|de|da|del|della|di|du|la|le|bin|binti|al|el|ibn|ní|nic|mac|ter|ten|dos|das)";
/** Two to four capitalized tokens, allowing lower-case particles between them ("Ludwig van Beethoven"). */
const MULTI = new RegExp(
  `(?<![\\p{L}\\p{M}])${NAME_TOKEN}(?:\\s+(?:${PARTICLE}\\s+)?${NAME_TOKEN}){1,3}(?![\\p{L}\\p{M}])`,
  "gu",
);
const INTRO = new RegExp(
  `\\b(?:my name is|my name's|i am|i'm|call me|this is|speaking with|talking to|spoke with|worked with|reported to|manager(?: was| is)?|mentor(?: was| is)?|colleague|teammate|referee|reference(?: is)?|named)\\s+(${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,2})`,
  "giu",
);

const CAPITALISED_PAIR = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])${NAME_TOKEN}\\s+${NAME_TOKEN}(?![\\p{L}\\p{M}\\p{N}])`,
  "gu",
);
const CAPITALISED_WORD = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}'’-])\\p{Lu}[\\p{L}\\p{M}'’]+(?![\\p{L}\\p{M}\\p{N}-])`,
  "gu",
);

/** Verbs that come before a name ("Call Sam", "Ask Dana"): never the first part of one. */
const CUE_VERBS = new Set("call ask tell email ping thank meet message text invite cc see let have get say".split(" "));

const lower = (s: string) => s.toLowerCase().replace(/[’']s$/, "");

const functionWordCache = new Map<string, boolean>();
/** A capitalized verb, adverb or function word ("Call", "Honestly", "Our") is not part of a name. */
let placeNames: Set<string> | null = null;
/** A city, country, region or place in compromise's lexicon ("sao paulo", "ho chi minh", "georgia"). */
export function isLexiconPlace(phrase: string): boolean {
  if (!placeNames) {
    const lexicon = (
      nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, unknown> } } } }
    ).world().model.one.lexicon;
    placeNames = new Set(
      Object.entries(lexicon)
        .filter(([, tag]) => /\b(?:City|Country|Place|Region)\b/.test(String(tag)))
        .map(([word]) => fold(word)),
    );
  }
  return placeNames.has(fold(phrase));
}

const actionVerbCache = new Map<string, boolean>();
/** A verb that people, not places, do ("owned", "hired", "told"); copulas and "has" are not. */
export function isActionVerb(token: string): boolean {
  let known = actionVerbCache.get(token);
  if (known === undefined) {
    known = !/^(?:is|was|are|were|has|had|have|be|been|being|'s)$/i.test(token) && nlp(token).has("#Verb");
    actionVerbCache.set(token, known);
  }
  return known;
}

export function isFunctionWord(token: string): boolean {
  let known = functionWordCache.get(token);
  if (known === undefined) {
    known = nlp(token).has("(#Verb|#Adverb|#Determiner|#Preposition|#Pronoun|#Conjunction|#QuestionWord)");
    functionWordCache.set(token, known);
  }
  return known;
}
const isNotPerson = (token: string) => NOT_PEOPLE.has(lower(token)) || NOT_PEOPLE.has(token.toLowerCase());

/** A first name and a surname the lexicon knows ("River Tanner"), which no place list names. */
export function isLexiconFullName(phrase: string): boolean {
  const parts = phrase.split(/\s+/);
  const first = parts[0] ?? "";
  const last = (parts.at(-1) ?? "").replace(/['’]s$/u, "");
  return parts.length >= 2 && isFirstName(first) && isSurname(last) && !isLexiconPlace(phrase);
}

/**
 * A name has at least one part that is a name or no everyday word: "Computer Science" and "Machine
 * Learning" (capitalised, or taken by compromise) are not people.
 */
export function isPlausibleName(tokens: string[]): boolean {
  return tokens.some((t) => {
    const w = t.replace(/['’]s$/u, "");
    return isNameToken(w) || !isCommonWord(w);
  });
}

export function ruleBasedPeople(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(MULTI)) {
    // Split the capitalized run at words that are not names (technologies, employers, places, calendar
    // and sentence-start words); a remaining run of two or more name-like tokens is a person.
    let run: { start: number; end: number; count: number } | null = null;
    const flush = () => {
      if (
        run &&
        run.count >= 2 &&
        isPlausibleName(m[0].slice(run.start - (m.index ?? 0), run.end - (m.index ?? 0)).split(/\s+/))
      )
        out.push({ start: run.start, end: run.end, category: "person" });
      run = null;
    };
    for (const t of m[0].matchAll(/\S+/gu)) {
      const token = t[0];
      const at = (m.index ?? 0) + (t.index ?? 0);
      const particle = new RegExp(`^${PARTICLE}$`, "iu").test(token);
      // A capitalised word compromise reads as a verb or adverb is still a name part when the name
      // lexicon knows it ("Grace Park", "Will Turner", "Hope Williams" at the start of a sentence).
      const lexiconName = isNameToken(token.replace(/['’]s$/u, "")) && !CUE_VERBS.has(token.toLowerCase());
      if (
        isNotPerson(token) ||
        /^[A-Z0-9]{2,}s?$/.test(token) ||
        COMMON_CAPITALIZED.has(token.toLowerCase()) ||
        (!particle && !lexiconName && isFunctionWord(token))
      ) {
        flush();
        continue;
      }
      // Initials ("D O B", "J R") do not make a name on their own: only parts of two letters or more count.
      const counts = !particle && token.replace(/[.'’]/g, "").length >= 2 ? 1 : 0;
      if (run) run = { start: run.start, end: at + token.length, count: run.count + counts };
      else if (!particle) run = { start: at, end: at + token.length, count: counts };
    }
    flush();
  }
  // A capitalised first name and surname the lexicon knows, whatever else the words are ("Chase Miller",
  // "Hazel York", "Wade Field"); and a capitalised first name alone inside a sentence ("I think Marguerite
  // handled it"), when it is no everyday word.
  for (const m of text.matchAll(CAPITALISED_PAIR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const [a = "", b = ""] = m[0].split(/\s+/);
    // Not inside a longer proper noun ("Ho Chi Minh City"), not two everyday words ("Spring Boot",
    // "Stack Overflow"), not two known non-people ("Morgan Stanley").
    if (/\p{Lu}\S*\s+$/u.test(text.slice(Math.max(0, start - 20), start))) continue;
    if (/^\s+\p{Lu}/u.test(text.slice(end, end + 3))) continue;
    // Two everyday words ("Chase Carpenter", "Spring Boot") are a person only doing something.
    const after = /^(?:['’]s)?\s+([\p{L}']+)/u.exec(text.slice(end, end + 24))?.[1];
    const acting =
      after !== undefined && (isActionVerb(after) || /^(?:was|were|and|who|said|told|asked)$/i.test(after));
    if (isCommonWord(a) && isCommonWord(b.replace(/['’]s$/u, "")) && !acting) continue;
    if (isNotPerson(a) && isNotPerson(b)) continue;
    // "Call Sam": a verb or function word first is the sentence, not a first name.
    if (isFunctionWord(a) || CUE_VERBS.has(a.toLowerCase())) continue;
    if (isLexiconFullName(m[0])) out.push({ start, end, category: "person" });
  }
  for (const m of text.matchAll(CAPITALISED_WORD)) {
    const start = m.index ?? 0;
    const word = m[0].replace(/['’]s$/u, "");
    if (/(?:^|[.!?]\s*|\n\s*)$/u.test(text.slice(Math.max(0, start - 3), start))) continue;
    if (!isFirstName(word) || isCommonWord(word) || isNotPerson(word) || isLexiconPlace(word)) continue;
    // Alone, a first name is a person only doing something ("I think Marguerite handled it"), not a
    // company or a city that happens to be a name ("then Andela, remote", "in Redmond").
    const next = /^(?:['’]s)?\s+([\p{L}']+)/u.exec(text.slice(start + word.length, start + word.length + 24))?.[1];
    if (!next || !isActionVerb(next)) continue;
    out.push({ start, end: start + word.length, category: "person" });
  }
  for (const m of text.matchAll(INTRO)) {
    const name = m[1] ?? "";
    const tokens = name.split(/\s+/);
    const kept: string[] = [];
    for (const t of tokens) {
      if (isNotPerson(t) || COMMON_CAPITALIZED.has(t.toLowerCase()) || !/^\p{Lu}/u.test(t)) break;
      kept.push(t);
    }
    if (kept.length === 0) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push({ start, end: start + kept.join(" ").length, category: "person" });
  }
  const titled = new RegExp(`${TITLES.source}(${NAME_TOKEN}(?:\\s+${NAME_TOKEN})?)`, "gu");
  for (const m of text.matchAll(titled)) {
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, category: "person" });
  }
  return out;
}

let knownCache: { key: string; re: RegExp | null; owner: Map<string, string>; capitalOnly: Set<string> } = {
  key: "",
  re: null,
  owner: new Map(),
  capitalOnly: new Set(),
};

/** One alternation over every known name and name part, longest first; rebuilt only when names change. */
function knownNamesRegex(names: readonly string[]) {
  const key = names.join("\u0000");
  if (knownCache.key === key) return knownCache;
  const owner = new Map<string, string>();
  const capitalOnly = new Set<string>();
  for (const name of names) {
    // Matched without accents: a speech model writes "Jose Alvarez" for the "José Álvarez" of setup.
    // A part that is no dictionary word ("whitfield", "priya") is matched alone in any case. A part that
    // is also a word ("Will" of Will Turner, "Summer" of Summer Lee) is matched only where it reads as a
    // name: capitalised inside a sentence, or starting one with a verb after it ("Summer was amazing").
    // A part that is a word and no name at all ("Computer" of a mistaken "Computer Science") never is.
    const parts = name
      .split(/\s+/)
      .filter((p) => p.length >= 2 && !isNotPerson(p) && (!isDictionaryWord(p) || isNameToken(p)));
    for (const part of [name, ...(name.includes(" ") ? parts : [])]) {
      const key = foldSameLength(part).toLowerCase();
      if (!owner.has(key)) owner.set(key, name);
      if (!part.includes(" ") && isDictionaryWord(part)) capitalOnly.add(key);
    }
  }
  const parts = [...new Set([...owner.keys()].map(foldSameLength))]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = parts.length ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${parts.join("|")})(?![\\p{L}\\p{M}])`, "giu") : null;
  knownCache = { key, re, owner, capitalOnly };
  return knownCache;
}

const PERSON_VERB_AFTER =
  /^(?:['’]s)?\s+(?:was|is|said|says|told|asked|and i|and me|has|had|did|led|leads|built|joined|left|wrote|thinks|thought|mentioned|helped|hired|gave|took|made|ran|owned|pushed|reviewed|suggested|agreed|decided)\b/i;

/** A word that is also a name reads as the name when capitalised mid-sentence, or before a person's verb. */
function readsAsName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  const sentenceStart = /(?:^|[.!?]\s+|\n)\s*$/u.test(text.slice(Math.max(0, start - 4), start));
  return !sentenceStart || PERSON_VERB_AFTER.test(text.slice(end, end + 16));
}

/** Diacritics off, one character for one ("José" is "Jose"), so offsets in the folded text are the text's. */
export function foldSameLength(text: string): string {
  return text.replace(/[^\u0000-\u007f]/gu, (c) => {
    const base = c.normalize("NFD").replace(/\p{M}/gu, "");
    if (c === "đ" || c === "Đ") return "d";
    if (c === "ł" || c === "Ł") return "l";
    return base.length === c.length ? base : c;
  });
}

/** Finds known names (full, each part alone; a possessive stays outside the span) anywhere in the text. */
export function knownNameSpans(text: string, names: readonly string[]): { span: Span; name: string }[] {
  const { re, owner, capitalOnly } = knownNamesRegex(names);
  if (!re) return [];
  const out: { span: Span; name: string }[] = [];
  for (const m of foldSameLength(text).matchAll(re)) {
    const start = m.index ?? 0;
    const key = m[0].toLowerCase();
    if (capitalOnly.has(key) && !readsAsName(text, start, start + m[0].length)) continue;
    out.push({
      span: { start, end: start + m[0].length, category: "person" },
      name: owner.get(key) ?? m[0],
    });
  }
  return out;
}
