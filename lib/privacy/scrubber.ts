/**
 * The scrubber: the only producer of ScrubbedText, the only input the analysis client accepts. Finds
 * structured identifiers (validated patterns), people (embedded NER, rules, names known in the session,
 * and a transformer NER's spans when provided), keeps what the policy keeps, and replaces the rest with
 * the session's consistent pseudonyms.
 */
import { DEFAULT_LANGUAGE, type Language } from "../language";
import { DEFAULT_POLICY, type Category, type ScrubPolicy, type Span } from "./categories";
import { contextualPeople, followsBrand, greetedName } from "./name-context";
import { isActionVerb, isLexiconFullName, isLexiconPlace, knownNameSpans, ruleBasedPeople } from "./names";
import { STRUCTURED_DETECTORS } from "./patterns";
import { structuredSpansIn } from "./patterns-lang";
import { peopleIn } from "./people-lang";
import { PseudonymMap } from "./pseudonyms";
import { normalizeSpoken } from "./spoken";

declare const scrubbedBrand: unique symbol;

/** Text that came out of `scrub`. The brand exists only in types; `isScrubbed` checks at runtime. */
export interface ScrubbedText {
  readonly text: string;
  readonly [scrubbedBrand]: true;
}

const issued = new WeakSet<object>();

export function isScrubbed(value: unknown): value is ScrubbedText {
  return typeof value === "object" && value !== null && issued.has(value);
}

export interface ScrubbedEntity {
  category: Category;
  start: number;
  end: number;
  original: string;
  pseudonym: string;
}

export interface ScrubResult {
  scrubbed: ScrubbedText;
  entities: ScrubbedEntity[];
}

/** Structured identifiers win over names when spans overlap; longer spans win within a kind. */
const PRIORITY: Record<Category, number> = {
  email: 0,
  profile: 1,
  card: 2,
  ssn: 3,
  ip: 4,
  phone: 5,
  id_number: 6,
  dob: 7,
  address: 8,
  person: 9,
  org: 10,
  school: 11,
  place: 12,
};

function resolveOverlaps(spans: Span[]): Span[] {
  const sorted = [...spans].sort(
    (a, b) => PRIORITY[a.category] - PRIORITY[b.category] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const chosen: Span[] = [];
  for (const s of sorted) {
    if (s.end <= s.start) continue;
    if (chosen.some((c) => s.start < c.end && c.start < s.end)) continue;
    chosen.push(s);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

export interface ScrubOptions {
  policy?: ScrubPolicy;
  /** Spans from a transformer NER model, when the organisation provided one. */
  extraSpans?: Span[];
  /**
   * The interviewer is speaking: a person they greet ("hi priya, thanks for joining") is the candidate,
   * when the session does not know the candidate's name yet.
   */
  isInterviewer?: boolean;
  /**
   * The interview's language (default English): which cue phrases, number words, streets, dates and
   * phone regions apply. Validated national identifiers and IBANs are found in every language.
   */
  language?: Language;
}

/**
 * Identifiers in the text as written and as said ("dana dot w at proton dot me"), in original offsets.
 * The written form of spoken words leaves written identifiers as they were, so one pass over it finds both.
 */
function structuredSpans(text: string): Span[] {
  const spoken = normalizeSpoken(text);
  const out: Span[] = [];
  for (const detect of STRUCTURED_DETECTORS) {
    for (const s of detect(spoken.text)) out.push({ ...s, ...spoken.toOriginal(s.start, s.end) });
  }
  return out;
}

/** What a sentence holds, whoever's session it is in: identifiers and people (before known names). */
interface Detected {
  structured: Span[];
  people: Span[];
}

function detect(text: string, language: Language): Detected {
  if (language !== "en") return { structured: structuredSpansIn(text, language), people: peopleIn(text, language) };
  const context = contextualPeople(text);
  const people = [
    ...[...ruleBasedPeople(text), ...context.uncued].filter((s) => !isPlaceOrOrg(text, s, true)),
    // A name in a name's place ("Dale Marsh was my manager") is a person even where a place has its name.
    ...context.cued.filter((s) => !isPlaceOrOrg(text, s, false)),
  ].map((s) => withoutPossessive(text, s));
  return { structured: structuredSpans(text), people };
}

/**
 * Analysis windows slide over the transcript, so most of a window's sentences were in the previous one:
 * detection is cached per sentence (a window's cut ends are detected afresh). A sentence ends at ". ",
 * "? ", "! " or a line break, never inside "dana.w@proton.me", "v1.2.3" or after "Dr.".
 */
const SENTENCE = /[^\n]*?(?:(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|No|vs|etc|e\.g|i\.e))[.!?]+(?=\s)|\n|$)/giu;
/** The other languages' abbreviations ("Sra.", "Str.", "Dott.", "Mme.") and German ordinals ("am 3. Mai") end no sentence. */
const SENTENCE_OTHER =
  /[^\n]*?(?:(?<!\b(?:Sr|Sra|Srta|Dr|Dra|Prof|Lic|Ing|Avda|Av|Ctra|Pza|Str|Nr|Hr|Fr|geb|Mme|Mlle|M|Pr|Sig|Sig\.ra|Dott|Dott\.ssa|Avv|etc|ecc|bzw|usw|z\.B|d\.h|\d+))[.!?]+(?=\s)|\n|$)/giu;
const DETECTED_CACHE_LIMIT = 4_000;
const detectedCache = new Map<string, Detected>();

export function clearDetectionCache(): void {
  detectedCache.clear();
}

function detectBySentence(text: string, language: Language): Detected {
  const all: Detected = { structured: [], people: [] };
  for (const m of text.matchAll(language === "en" ? SENTENCE : SENTENCE_OTHER)) {
    const sentence = m[0];
    if (!sentence.trim()) continue;
    const key = language === "en" ? sentence : `${language}\u0000${sentence}`;
    let found = detectedCache.get(key);
    if (!found) {
      found = detect(sentence, language);
      if (detectedCache.size >= DETECTED_CACHE_LIMIT) detectedCache.delete(detectedCache.keys().next().value ?? "");
      detectedCache.set(key, found);
    }
    const at = m.index ?? 0;
    const shift = (s: Span) => ({ ...s, start: s.start + at, end: s.end + at });
    all.structured.push(...found.structured.map(shift));
    all.people.push(...found.people.map(shift));
  }
  return all;
}

export function scrub(text: string, session: PseudonymMap, options: ScrubOptions = {}): ScrubResult {
  const policy = options.policy ?? DEFAULT_POLICY;
  const wanted = new Set(policy.scrub);
  const language = options.language ?? DEFAULT_LANGUAGE;
  const detected = detectBySentence(text, language);
  const candidates: Span[] = detected.structured;
  if (wanted.has("person")) {
    const found = [...detected.people, ...(options.extraSpans ?? []).map((s) => withoutPossessive(text, s))];
    const people = resolveOverlaps(found);
    if (options.isInterviewer && !session.hasCandidate()) {
      const greeted = greetedName(text, people, options.language);
      if (greeted) session.setCandidate(stripTitle(text.slice(greeted.start, greeted.end)));
    }
    // A spoken "name at company dot com" without an e-mail cue is a person at a company.
    for (let i = candidates.length - 1; i >= 0; i -= 1) {
      const c = candidates[i] as Span;
      if (c.weak && people.some((p) => p.start < c.end && c.start < p.end)) candidates.splice(i, 1);
    }
    // Learn the people found here first, so a first name alone elsewhere in this text maps to them too.
    for (const s of people) session.tokenFor("person", stripTitle(text.slice(s.start, s.end)));
    candidates.push(...found, ...knownNameSpans(text, session.knownPeople()).map((k) => k.span));
  }
  const spans = resolveOverlaps(candidates.filter((s) => wanted.has(s.category)));
  const entities: ScrubbedEntity[] = [];
  let out = "";
  let cursor = 0;
  for (const s of spans) {
    const original = text.slice(s.start, s.end);
    const pseudonym = session.tokenFor(s.category, s.category === "person" ? stripTitle(original) : original);
    entities.push({ category: s.category, start: s.start, end: s.end, original, pseudonym });
    out += text.slice(cursor, s.start) + pseudonym;
    cursor = s.end;
  }
  out += text.slice(cursor);
  const scrubbed = Object.freeze({ text: out }) as ScrubbedText;
  issued.add(scrubbed);
  return { scrubbed, entities };
}

/** A word after a name-like run that makes it a place or an organisation: "Ho Chi Minh City", "Georgia Tech". */
const PLACE_OR_ORG_AFTER =
  /^\s+(?:City|Town|County|Province|Prefecture|District|State|Village|Bay|Beach|Valley|Island|Islands|Airport|Station|University|College|Tech|Institute|Polytechnic|School|Academy|Hospital|Clinic|Bank|Labs?|Square|Center|Centre|Stadium|Foundation|Group|Capital|Ventures|Partners|Studios?|Games|Media|Systems|Technologies|Solutions|Software|Consulting|Inc|Ltd|LLC|GmbH|Corp|Corporation|Company|Holdings|Airlines|Airways|Motors|Pharma|Insurance|Financial|Energy|Foods)\b/;
const PLACE_OR_ORG_BEFORE =
  /\b(?:University|Institute|College|School|Bank|City|Republic|Port|Gulf|Bay|Isle|Lake|Mount|Cape) of\s+$/;

/** A span that names a place (compromise's lexicon of cities, countries and regions), or that a place or organisation word follows. */
function isPlaceOrOrg(text: string, span: Span, checkPlaces: boolean): boolean {
  // compromise reads "Dale Marsh" as a place; one that "owned the data contracts" is a person.
  const nextWord = /^\s+([\p{L}']+)/u.exec(text.slice(span.end, span.end + 20))?.[1];
  const actsLikePerson =
    (nextWord !== undefined && isActionVerb(nextWord)) || isLexiconFullName(text.slice(span.start, span.end));
  if (checkPlaces && !actsLikePerson && isLexiconPlace(text.slice(span.start, span.end).replace(/['’]s$/u, "")))
    return true;
  // "Amazon Alexa", "Christmas Eve": one word after a capitalised brand or holiday belongs to it.
  const body = text.slice(span.start, span.end);
  if (!body.includes(" ") && followsBrand(text, span.start)) return true;
  // Eponyms ("Murphy's law", "Conway's law") and firms ("Ernst & Young") are not people.
  const eponym = /^\s+(?:law|rule|theorem|principle|algorithm|paradox|razor|constant|equation|method|test|number)\b/i;
  const after = text.slice(span.end, span.end + 16);
  if ((/['’]s$/.test(body) && eponym.test(after)) || eponym.test(after.replace(/^['’]s/, ""))) {
    if (/['’]s$/.test(body) || /^['’]s/.test(after)) return true;
  }
  if (
    body.includes("&") ||
    /^\s*&/.test(text.slice(span.end, span.end + 3)) ||
    /&\s*$/.test(text.slice(Math.max(0, span.start - 3), span.start))
  )
    return true;
  // Lower-case words after "in" / "near" are a place: "the qa team sat in da nang".
  if (
    /\b(?:in|near|around|outside|inside|across)\s+$/i.test(text.slice(Math.max(0, span.start - 10), span.start)) &&
    body === body.toLowerCase()
  )
    return true;
  const lastWord = /\s(\S+)$/.exec(text.slice(span.start, span.end))?.[1];
  if (lastWord && PLACE_OR_ORG_AFTER.test(` ${lastWord}`)) return true;
  return (
    PLACE_OR_ORG_AFTER.test(text.slice(span.end, span.end + 16)) ||
    PLACE_OR_ORG_BEFORE.test(text.slice(Math.max(0, span.start - 20), span.start))
  );
}

/** "Marta's" -> "Marta": the possessive stays in the text, after the pseudonym. */
function withoutPossessive(text: string, span: Span): Span {
  const body = text.slice(span.start, span.end);
  const m = /['’]s$/u.exec(body);
  return m ? { ...span, end: span.end - 2 } : span;
}

function stripTitle(name: string): string {
  return name.replace(/^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Sir|Dame|Madam|Miss)\.?\s+/u, "");
}
