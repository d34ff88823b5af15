/**
 * The scrubber: the only producer of ScrubbedText, the only input the analysis client accepts. Finds
 * structured identifiers (validated patterns), people (embedded NER, rules, names known in the session,
 * and a transformer NER's spans when provided), keeps what the policy keeps, and replaces the rest with
 * the session's consistent pseudonyms.
 */
import { DEFAULT_POLICY, type Category, type ScrubPolicy, type Span } from "./categories";
import { compromisePeople, knownNameSpans, ruleBasedPeople } from "./names";
import { STRUCTURED_DETECTORS } from "./patterns";
import { PseudonymMap } from "./pseudonyms";

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
}

export function scrub(text: string, session: PseudonymMap, options: ScrubOptions = {}): ScrubResult {
  const policy = options.policy ?? DEFAULT_POLICY;
  const wanted = new Set(policy.scrub);
  const candidates: Span[] = [];
  for (const detect of STRUCTURED_DETECTORS) candidates.push(...detect(text));
  if (wanted.has("person")) {
    const found = [...compromisePeople(text), ...ruleBasedPeople(text), ...(options.extraSpans ?? [])].map((s) =>
      withoutPossessive(text, s),
    );
    // Learn the people found here first, so a first name alone elsewhere in this text maps to them too.
    for (const s of resolveOverlaps(found)) session.tokenFor("person", stripTitle(text.slice(s.start, s.end)));
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

/** "Marta's" -> "Marta": the possessive stays in the text, after the pseudonym. */
function withoutPossessive(text: string, span: Span): Span {
  const body = text.slice(span.start, span.end);
  const m = /['’]s$/u.exec(body);
  return m ? { ...span, end: span.end - 2 } : span;
}

function stripTitle(name: string): string {
  return name.replace(/^(?:Mr|Mrs|Ms|Mx|Dr|Prof|Professor|Sir|Dame|Madam|Miss)\.?\s+/u, "");
}
