/**
 * Names as a speech model writes them: in any case, found by the phrases people use around names rather
 * than by capital letters. "my name is dana whitfield", "ask tom baptiste", "thanks, maria", "me and
 * jorge", "my manager raj patel", "grace park was my manager", "kim min-jun and I". A word in such a
 * place is a name when the name lexicon knows it, or when it is no English word at all (names from any
 * culture: "ogunleye", "whitfield"); an everyday word that is also a name ("grace", "will", "mark") is
 * taken only with a second name part beside it, capitalised, or right after a direct cue ("my name is").
 * Outside any cue, a lower-case pair of a known name and a surname-like word is a name ("priya natarajan
 * joined"), when neither is an everyday word.
 */
import type { Language } from "../language";
import type { Span } from "./categories";
import { isCommonWord, isDictionaryWord, isFirstName, isNameToken, isSurname } from "./name-lexicon";
import { COMMON_CAPITALIZED, NOT_PEOPLE } from "./lexicon";
import { isFunctionWord } from "./names";
import { technologies } from "../analysis/tech-dictionary";

/** Technology names and their aliases are never name parts ("with grpc", "ask copilot"). */
const TECH_WORDS = new Set(
  technologies()
    .flatMap((t) => [t.name, ...t.aliases])
    .flatMap((n) => n.toLowerCase().split(/[\s.]+/))
    // A technology alias that is also a first name ("maria" of MariaDB) is decided by NOT_PEOPLE, not here.
    .filter((w) => !isFirstName(w)),
);
/** Speech that is not in a dictionary and not a name: "i'm gonna", "this is kinda". */
const SPOKEN_FILLERS = new Set(
  "gonna wanna gotta kinda sorta lemme dunno yeah yep yup nope nah um umm uh uhh hmm mhm erm ah oh okay ok alright".split(
    " ",
  ),
);

/**
 * Cues a name follows, by strength: `strong`, the next word is a name even when it is an everyday word;
 * `intro`, a word no dictionary knows is a name too; `weak` (prepositions), only lexicon names count.
 */
type Strength = "strong" | "greeting" | "intro" | "weak";
const CUES: { re: RegExp; strength: Strength }[] = [
  {
    re: /\b(?:my name is|my name's|name is|call me|i go by|goes by|you can call me|my full name is)\s+$/i,
    strength: "strong",
  },
  {
    re: /\b(?:hi|hello|hey|welcome|thanks so much|thank you|thanks|cheers|bye|goodbye|good morning|good afternoon|good evening|nice to meet you|great to meet you|pleasure to meet you|dear|congrats|sorry|excuse me|pardon)\s*,?\s+$/i,
    strength: "greeting",
  },
  {
    re: /\b(?:i'm|i am|this is|it's|ask|asked|tell|told|ping|cc|email|e-mail|thank|meet|met|named|called|introduced me to|reach out to|talk to|speak to|spoke with|spoke to|worked with|working with|work with|worked under|reported to|report to|reporting to|hired by|managed by|mentored by|interviewed by|referred by|partnered with|paired with|me and|my (?:manager|boss|lead|tech lead|team lead|mentor|colleague|coworker|co-worker|teammate|friend|referee|reference|director|vp|cto|ceo|supervisor|skip|skip-level|report|intern|cofounder|co-founder|partner|wife|husband|recruiter|contact)(?: (?:was|is|at the time))?,?|(?:manager|boss|lead|mentor|colleague|teammate|referee|director|founder|ceo|cto|vp|recruiter|professor|supervisor|advisor|adviser),|(?:my|our|the|his|her|their) (?:[a-z-]+ ){0,2}(?:buddy|manager|boss|lead|mentor|colleague|teammate|referee|reference|director|supervisor|advisor|adviser|recruiter|interviewer|partner|counterpart|pm|em|architect|founder|cofounder|co-founder|cto|ceo|vp|head|owner|contact|sponsor|champion) (?:was|is)|(?:my|our) (?:[a-z-]+ ){0,2}(?:buddy|manager|boss|lead|mentor|colleague|teammate|referee|reference|director|supervisor|advisor|recruiter|partner|counterpart|founder|cofounder|co-founder|contact|sponsor)(?: (?:at|from|on|in) (?:the |my |our )?[a-z]+(?: [a-z]+)?)?,|it was|called (?:him|her|them)|call (?:him|her|them)|calls (?:him|her)|went by|reach|contact|message|text)\s+$/i,
    strength: "intro",
  },
  { re: /\b(?:with|to|by|from|and|for|like|replaced|call|not|named|called)\s+$/i, strength: "weak" },
];
/** Cues a name precedes: "dana and I", "raj patel was my manager", "tom hired me". */
const AFTER_CUES =
  /^\s*(?:and i\b|and me\b|and myself\b|was my\b|is my\b|was our\b|is our\b|hired me\b|told me\b|asked me\b|taught me\b|mentored me\b|interviewed me\b|recommended me\b|referred me\b|said\b|says\b|thinks\b|suggested\b|led the\b|leads the\b|managed the\b|runs the\b|ran the\b|reached out\b|can vouch\b|will vouch\b|who (?:pitched|built|wrote|led|ran|owned|hired|started|suggested|proposed|designed|found|fixed|championed)\b|owned the\b|co-wrote\b|wrote the\b|built the\b|pitched\b|championed\b)/i;
const WORD = /^[\p{L}][\p{L}\p{M}'’-]*$/u;
const MAX_NAME_TOKENS = 3;

const bare = (token: string) => token.replace(/['’]s$/u, "");
const isCapitalised = (token: string) => /^\p{Lu}/u.test(token);

/** Never a name part, whatever the lexicon says: technologies, employers, places, function words. */
function isExcluded(token: string): boolean {
  const w = bare(token).toLowerCase();
  return (
    NOT_PEOPLE.has(w) ||
    COMMON_CAPITALIZED.has(w) ||
    TECH_WORDS.has(w) ||
    SPOKEN_FILLERS.has(w) ||
    w.length < 2 ||
    /^[A-Z0-9]{2,}s?$/.test(bare(token)) ||
    !WORD.test(bare(token))
  );
}

const clearCache = new Map<string, boolean>();
const CLEAR_CACHE_LIMIT = 20_000;
/** A word that reads as a name without help: known to the lexicon or no English word, and not everyday. */
function isClearName(token: string): boolean {
  let known = clearCache.get(token);
  if (known === undefined) {
    known = computeClearName(token);
    if (clearCache.size >= CLEAR_CACHE_LIMIT) clearCache.clear();
    clearCache.set(token, known);
  }
  return known;
}

function computeClearName(token: string): boolean {
  if (isExcluded(token)) return false;
  const w = bare(token);
  if (isCommonWord(w)) return false;
  return isNameToken(w) || !isDictionaryWord(w);
}
/** An everyday word that is also a name: "grace", "will", "hope", "park". */
const isAmbiguousName = (token: string) => !isExcluded(token) && isCommonWord(bare(token)) && isNameToken(bare(token));

interface Word {
  text: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu)].map((m) => ({
    text: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** The name starting at word `i` (up to three parts), or null. */
function nameAt(ws: Word[], i: number, text: string, strength: Strength): { end: number; parts: number } | null {
  const strong = strength === "strong";
  let parts = 0;
  let end = -1;
  for (let j = i; j < ws.length && parts < MAX_NAME_TOKENS; j += 1) {
    const w = ws[j] as Word;
    // A name does not run across punctuation: "thanks, maria. next question".
    if (j > i && /[.,;:!?]/.test(text.slice((ws[j - 1] as Word).end, w.start))) break;
    const next = ws[j + 1];
    // After a preposition only a lexicon name starts a name ("with dana", not "with nginx").
    const clear = isClearName(w.text) && (strength !== "weak" || parts > 0 || isNameToken(bare(w.text)));
    const ambiguous = !clear && isAmbiguousName(w.text) && strength !== "weak";
    const nextClear = next !== undefined && !/[.,;:!?]/.test(text.slice(w.end, next.start)) && isClearName(next.text);
    const endsClause = !next || /^\s*(?:[.,;:!?]|$)/.test(text.slice(w.end, w.end + 2));
    const takeAmbiguous =
      ambiguous &&
      (isCapitalised(w.text) ||
        nextClear ||
        (parts === 0 && (strong || (strength === "greeting" && endsClause))) ||
        parts > 0);
    if (!clear && !takeAmbiguous) break;
    // A second part that is an everyday word needs to be a surname ("grace park"), not "dana said".
    if (parts > 0 && ambiguous && !isSurname(w.text) && !isCapitalised(w.text)) break;
    parts += 1;
    end = w.end;
  }
  return parts > 0 ? { end, parts } : null;
}

/** The name ending at word `i`, read backwards (for "dana whitfield was my manager"). */
function nameEndingAt(ws: Word[], i: number, text: string): { start: number } | null {
  const taken: Word[] = [];
  for (let j = i; j >= 0 && taken.length < MAX_NAME_TOKENS; j -= 1) {
    const w = ws[j] as Word;
    if (j < i && /[.,;:!?]/.test(text.slice(w.end, (ws[j + 1] as Word).start))) break;
    const capitalisedWord = isCapitalised(w.text) && !isExcluded(w.text) && !isFunctionWord(w.text);
    if (!isClearName(w.text) && !isAmbiguousName(w.text) && !capitalisedWord) break;
    taken.unshift(w);
  }
  // The name starts at its first name-like part: "Dawn Rivers", "grace park", "Summer".
  while (taken.length > 0) {
    const first = taken[0] as Word;
    if (isClearName(first.text) || (isAmbiguousName(first.text) && (isCapitalised(first.text) || taken.length > 1)))
      break;
    taken.shift();
  }
  const first = taken[0];
  if (!first) return null;
  // "Bora from Kakao was my mentor": after "from" / "at" / "of" comes an organisation, not the person.
  const before = ws[ws.indexOf(first) - 1];
  if (before && /^(?:from|at|of|in|for|on)$/i.test(before.text)) return null;
  const single = taken.length === 1;
  if (single && !isClearName(first.text) && !isCapitalised(first.text)) return null;
  if (single && !isClearName(first.text) && isAfterProperNoun(ws, ws.indexOf(first), text)) return null;
  if (!single && !taken.some((w) => isClearName(w.text) || isFirstName(bare(w.text)))) return null;
  return { start: first.start };
}

/** "Christmas Eve", "Apple Pay": an everyday name right after a capitalised non-name is part of a title. */
function isAfterProperNoun(ws: Word[], i: number, text: string): boolean {
  const w = ws[i];
  return w ? followsBrand(text, w.start) : false;
}

/** The word right before `start` is a capitalised brand, product, holiday or place ("Amazon", "Christmas"). */
export function followsBrand(text: string, start: number): boolean {
  const prev = /([\p{L}][\p{L}'’]*)\s+$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  if (!prev) return false;
  return (
    isCapitalised(prev) &&
    isExcluded(prev) &&
    !COMMON_CAPITALIZED.has(prev.toLowerCase()) &&
    !SPOKEN_FILLERS.has(prev.toLowerCase()) &&
    !/^(?:hi|hey|hello|thanks|thank|yes|no|so|well|sure|please|and|but|or|then|also|i|i'm|we|you|he|she|they|it|the|a|an)$/i.test(
      prev,
    )
  );
}

/**
 * People found by the words around them. `cued`: an introduction, an address or a relation names them;
 * `uncued`: after a preposition, or a bare first name and surname pair (weaker, so the scrubber also
 * asks compromise whether the words are a place).
 */
/** Cues after a name, and the discourse words before a name addressed, scanned once per text. */
const AFTER_SCAN = new RegExp(`(?<=[\\p{L}\\p{M}'’])${AFTER_CUES.source.replace(/^\^/, "")}`, "giu");
const VOCATIVE_SCAN =
  /(?:(?:^\s*|[.!?,]\s*)(?:okay|ok|so|alright|right|well|now|and|but|yes|yeah|great|perfect|cool)\s*,?\s+|(?:^\s*|[.!?]\s+))(?=[\p{L}])/giu;

export function contextualPeople(text: string): { cued: Span[]; uncued: Span[] } {
  const ws = words(text);
  const cued: Span[] = [];
  const uncued: Span[] = [];
  const cueAfter = new Set<number>();
  for (const m of text.matchAll(AFTER_SCAN)) cueAfter.add(m.index ?? 0);
  const vocativeAt = new Set<number>();
  for (const m of text.matchAll(VOCATIVE_SCAN)) vocativeAt.add((m.index ?? 0) + m[0].length);
  for (let i = 0; i < ws.length; i += 1) {
    const w = ws[i] as Word;
    // Only a word that could be a name is looked at (most words are not): the cue before it, strongest first.
    const nameLike = isClearName(w.text) || isAmbiguousName(w.text);
    const before = nameLike ? text.slice(Math.max(0, w.start - 60), w.start) : "";
    const strength = nameLike ? CUES.find((c) => c.re.test(before))?.strength : undefined;
    if (strength) {
      const found = nameAt(ws, i, text, strength);
      const single = found?.parts === 1 && !isClearName(w.text);
      if (found && !(single && isAfterProperNoun(ws, i, text)))
        (strength === "weak" ? uncued : cued).push({ start: w.start, end: found.end, category: "person" });
    }
    if (cueAfter.has(w.end)) {
      const found = nameEndingAt(ws, i, text);
      if (found) cued.push({ start: found.start, end: w.end, category: "person" });
    }
    // Addressed by name: "okay sipho, take a look", "so, Aisha, why the move?".
    if (vocativeAt.has(w.start) && text[w.end] === "," && isClearName(w.text) && isNameToken(bare(w.text)))
      cued.push({ start: w.start, end: w.end, category: "person" });
    // No cue: a known first name followed by a surname-like word, neither an everyday word.
    const next = ws[i + 1];
    if (
      next &&
      isClearName(w.text) &&
      isNameToken(bare(w.text)) &&
      /^\s+$/.test(text.slice(w.end, next.start)) &&
      isClearName(next.text) &&
      (isSurname(bare(next.text)) || !isDictionaryWord(bare(next.text)))
    ) {
      // A third part ("nguyen thi mai") belongs to the same name.
      const third = ws[i + 2];
      const extends3 =
        third &&
        /^\s+$/.test(text.slice(next.end, third.start)) &&
        isClearName(third.text) &&
        isNameToken(bare(third.text));
      uncued.push({ start: w.start, end: extends3 ? third.end : next.end, category: "person" });
    }
  }
  return { cued, uncued };
}

/** Greetings that name the person greeted: the interviewer's greeting names the candidate. */
const GREETING =
  /\b(?:hi|hello|hey|welcome|good morning|good afternoon|good evening|nice to meet you|great to meet you|pleasure to meet you|thanks for joining(?: us)?|thank you for joining(?: us)?|thanks for coming(?: in)?|thank you for coming(?: in)?)\s*,?\s+$/i;
const ADDRESSING = /^(?:so|okay|ok|alright|right|well|now)?\s*,?\s*$/i;

/** The same greetings in the other languages, a courtesy title allowed before the name ("frau becker"). */
const title =
  "(?:(?:sr|sra|srta|señor|señora|don|doña|herr|frau|monsieur|madame|mademoiselle|m|mme|signor|signora|sig|dott|dottoressa)\\.?\\s+)?";
const greeting = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})\\s*,?\\s+${title}$`, "iu");
const GREETINGS: Record<Exclude<Language, "en">, RegExp> = {
  es: greeting(
    "hola|buenos días|buenos dias|buenas tardes|buenas noches|buenas|bienvenido|bienvenida|encantado de conocerte|encantada de conocerte|gracias por venir|gracias por estar aquí",
  ),
  de: greeting(
    "hallo|guten morgen|guten tag|guten abend|moin|servus|grüß gott|willkommen|herzlich willkommen|schön sie kennenzulernen|danke fürs kommen",
  ),
  fr: greeting(
    "bonjour|bonsoir|salut|bienvenue|enchanté|enchantée|merci d'être venu|merci d'être venue|merci d’être venu|merci d’être venue",
  ),
  it: greeting(
    "ciao|buongiorno|buonasera|salve|benvenuto|benvenuta|piacere|grazie di essere qui|grazie per essere qui",
  ),
};

/** The name the speaker greets or addresses at the start of a sentence ("hi priya", "So, Aisha, ..."). */
export function greetedName(text: string, people: Span[], language: Language = "en"): Span | null {
  const greets = language === "en" ? GREETING : GREETINGS[language];
  for (const p of people) {
    const before = text.slice(Math.max(0, p.start - 40), p.start);
    const after = text.slice(p.end, p.end + 2);
    if (greets.test(before)) return p;
    const sentenceStart = before.split(/[.!?]\s*/).at(-1) ?? "";
    if (ADDRESSING.test(sentenceStart) && /^\s*,/.test(after) && sentenceStart.trim()) return p;
  }
  return null;
}
