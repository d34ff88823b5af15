/**
 * Person-name detection with the embedded detector (compromise, no download), rules for the phrases
 * interviews use ("my name is", titles, capitalized multi-word names of any origin), and the names
 * already known in the session (matched again later, possessives and first names alone included).
 * A transformer NER model, when provided, adds its spans through `extraSpans` in the scrubber.
 */
import nlp from "compromise";
import type { Span } from "./categories";
import { COMMON_CAPITALIZED, NOT_PEOPLE, TITLES } from "./lexicon";

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

const lower = (s: string) => s.toLowerCase().replace(/[’']s$/, "");

const functionWordCache = new Map<string, boolean>();
/** A capitalized verb, adverb or function word ("Call", "Honestly", "Our") is not part of a name. */
function isFunctionWord(token: string): boolean {
  let known = functionWordCache.get(token);
  if (known === undefined) {
    known = nlp(token).has("(#Verb|#Adverb|#Determiner|#Preposition|#Pronoun|#Conjunction|#QuestionWord)");
    functionWordCache.set(token, known);
  }
  return known;
}
const isNotPerson = (token: string) => NOT_PEOPLE.has(lower(token)) || NOT_PEOPLE.has(token.toLowerCase());

function trimTrailingPunctuation(text: string, start: number): Span | null {
  const match = /^(.*?)[.,;:!?]*$/su.exec(text);
  const body = match?.[1] ?? text;
  return body ? { start, end: start + body.length, category: "person" } : null;
}

/**
 * Analysis windows slide over the transcript, so most sentences were parsed for the previous window:
 * results are cached per sentence (parsing dominates scrubbing time).
 */
const SENTENCE_CACHE_LIMIT = 4_000;
const sentenceCache = new Map<string, Span[]>();

export function clearSentenceCache(): void {
  sentenceCache.clear();
}

export function compromisePeople(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[^.!?\n]+(?:[.!?]+|$)/gu)) {
    const sentence = m[0];
    let spans = sentenceCache.get(sentence);
    if (!spans) {
      spans = peopleInSentence(sentence);
      if (sentenceCache.size >= SENTENCE_CACHE_LIMIT) sentenceCache.delete(sentenceCache.keys().next().value ?? "");
      sentenceCache.set(sentence, spans);
    }
    const offset = m.index ?? 0;
    for (const s of spans) out.push({ ...s, start: s.start + offset, end: s.end + offset });
  }
  return out;
}

function peopleInSentence(text: string): Span[] {
  const found = nlp(text).people().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
  }[];
  const out: Span[] = [];
  for (const p of found) {
    let raw = text.slice(p.offset.start, p.offset.start + p.offset.length);
    // A possessive ends a name: "Marta's SSN" is Marta.
    const possessive = /['’]s\b/u.exec(raw);
    if (possessive) raw = raw.slice(0, possessive.index + possessive[0].length);
    if (raw.split(/\s+/).every((t) => isNotPerson(t.replace(/[.,;:!?]+$/, "")))) continue;
    const span = trimTrailingPunctuation(raw, p.offset.start);
    if (span) out.push(span);
  }
  return out;
}

export function ruleBasedPeople(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(MULTI)) {
    // Split the capitalized run at words that are not names (technologies, employers, places, calendar
    // and sentence-start words); a remaining run of two or more name-like tokens is a person.
    let run: { start: number; end: number; count: number } | null = null;
    const flush = () => {
      if (run && run.count >= 2) out.push({ start: run.start, end: run.end, category: "person" });
      run = null;
    };
    for (const t of m[0].matchAll(/\S+/gu)) {
      const token = t[0];
      const at = (m.index ?? 0) + (t.index ?? 0);
      const particle = new RegExp(`^${PARTICLE}$`, "iu").test(token);
      if (isNotPerson(token) || COMMON_CAPITALIZED.has(token.toLowerCase()) || (!particle && isFunctionWord(token))) {
        flush();
        continue;
      }
      if (run) run = { start: run.start, end: at + token.length, count: run.count + (particle ? 0 : 1) };
      else if (!particle) run = { start: at, end: at + token.length, count: 1 };
    }
    flush();
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

let knownCache: { key: string; re: RegExp | null; owner: Map<string, string> } = {
  key: "",
  re: null,
  owner: new Map(),
};

/** One alternation over every known name and name part, longest first; rebuilt only when names change. */
function knownNamesRegex(names: readonly string[]) {
  const key = names.join("\u0000");
  if (knownCache.key === key) return knownCache;
  const owner = new Map<string, string>();
  for (const name of names) {
    for (const part of [name, ...name.split(/\s+/).filter((p) => p.length >= 2 && !isNotPerson(p))]) {
      if (!owner.has(part.toLowerCase())) owner.set(part.toLowerCase(), name);
    }
  }
  const parts = [...owner.keys()]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = parts.length ? new RegExp(`(?<![\\p{L}\\p{M}])(?:${parts.join("|")})(?![\\p{L}\\p{M}])`, "giu") : null;
  knownCache = { key, re, owner };
  return knownCache;
}

/** Finds known names (full, each part alone; a possessive stays outside the span) anywhere in the text. */
export function knownNameSpans(text: string, names: readonly string[]): { span: Span; name: string }[] {
  const { re, owner } = knownNamesRegex(names);
  if (!re) return [];
  const out: { span: Span; name: string }[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    out.push({
      span: { start, end: start + m[0].length, category: "person" },
      name: owner.get(m[0].toLowerCase()) ?? m[0],
    });
  }
  return out;
}
