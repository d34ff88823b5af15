/**
 * Experience claims as people say them: "18 years of Kotlin", "Kotlin for 18 years", "25-plus years of
 * Docker", "a decade and a half of Vue", "nineteen years of go", "my experience with X goes back 12
 * years", "Terraform since 2009", "back in 2008 I started with Swift", "Bun-based services for six years".
 * A duration is attached to a technology only when the words between them make it the technology's:
 * "eleven years in banking before I picked up Kotlin" is about banking.
 *
 * Spoken numbers are read by the scrubber's spoken-form reader ("nineteen" → 19, "twenty ten" → 2010),
 * shared so that one reading of what was said serves both.
 */
import { normalizeSpoken } from "../../privacy/spoken";
import { isFirstName } from "../../privacy/name-lexicon";
import { findSkills, type SkillMention } from "../rules/skills";
import type { Technology } from "../tech-dictionary";

export interface ExperienceClaim {
  tech: Technology;
  /** Years claimed with the technology (for "since YEAR", the years since then). */
  years: number;
  /** "nearly 12 years": the claim's lower bound is a year less. */
  approximate: "at least" | "about" | "at most";
  /** The first year claimed ("since 2009", "started in 2008"), when one was said. */
  sinceYear: number | null;
  /** The words the claim rests on, as said. */
  quote: string;
}

const QUALIFIER =
  "(?:(?:well |way |just |a little |a bit )?(?:over|more than|upwards of|north of|at least|beyond)|about|around|roughly|approximately|like|some|maybe|close to|nearly|almost|not quite|under|less than|just under)";
/** A duration in years: "18 years", "25-plus years", "15+ yrs", "a decade and a half", "two decades". */
const DURATION = new RegExp(
  `(?:(${QUALIFIER})\\s+)?(?:(\\d+(?:\\.\\d+)?)\\s*(?:\\+|-?\\s?plus|or so|odd)?[\\s-]*(?:years?|yrs?)|(a|one|half a|1|my|the last|the past)\\s+decades?(\\s+and\\s+a\\s+half)?|(\\d+|two|three|a couple of)\\s+decades|a dozen years|(a couple of|a few)\\s+years|(a|one|1|half a)\\s+year\\b|(\\d+|a few|a couple of)\\s+months)`,
  "gi",
);
const WORD_NUMBERS: Record<string, number> = { two: 2, three: 3, "a couple of": 2, "a few": 3 };

/** Between a duration and the technology it belongs to: "18 years of", "20 years writing", "of hands-on experience with". */
const DURATION_THEN_TECH =
  /^\s*(?:as an?|running|using|writing|building|doing|working on|managing|operating|shipping|maintaining|deploying|of (?:[a-z-]+ ){1,2}|of|with|in|using|doing|writing|coding in|programming in|on|building(?: with| in| on)?|working(?: with| in| on)?|(?:of\s+)?(?:professional\s+|hands-on\s+|production\s+|commercial\s+|real-world\s+|solid\s+)?(?:experience|work|development)(?:\s+(?:with|in|using|on))?|(?:of\s+)?(?:professional\s+|hands-on\s+)?(?:\w+\s+)?(?:experience|work|development)\s+(?:with|in|using|on))\s+$/i;
/** Between the technology and its duration: "Kotlin for", "Kotlin's been my main tool for", "Bun-based services for". */
const TECH_THEN_FOR =
  /^(?:(?:['’]s|-based|-heavy|-first)?[^,;]{0,60}?\b(?:for|since)\s+|\s+(?:experience|work|time)\s+(?:is|was|has been)\s+|,\s*(?:i(?:['’]ve| have)?\s+)?(?:used|been using|written|been writing|done|been doing|worked with|been working with|known|had|run|been running)\s+(?:it|them)\s+for\s+)$/i;
/** Right after a lower-case everyday-word name, "for N years" reads as the technology's only after a verb of use. */
const USED_BEFORE =
  /\b(?:done|doing|used|using|use|writing|written|wrote|write|coding|coded|programming|programmed|worked with|working with|work with|been on|on|in|with|shipped|shipping|running|ran|run|built|building)\s+$/i;
const GOES_BACK = /^[^,;]{0,20}?\b(?:goes|going|dates|date)\s+back\s+$/i;
/** "React, um, about three years": a name, then the duration as the answer. */
const NAME_THEN_ANSWER = /^[\s,]*(?:(?:um+|uh+|er+|hmm+|so|well|like|oh|yeah|honestly|i'd say|i think)[\s,]+)*$/i;
/**
 * Not the candidate's claim: a denial ("I don't have fifteen years of Docker"), a requirement they
 * report ("the posting wanted fifteen years of Kubernetes"), a team's total ("a combined forty years").
 */
const NOT_A_CLAIM =
  /\b(?:don['’]?t have|do not have|never had|haven['’]?t (?:got|had)|nobody|no one|posting|job (?:ad|post|description|listing)|listing|(?:they|recruiters?|the role|the job|it) (?:wanted|want|asked for|asks for|required|requires|expects?|expected)|looking for (?:someone|people) with|combined|collectively|between us|altogether|across (?:the team|\w+ people)|our team has|the team has)\b/i;

/** Words that end what a duration can be about: "…for 20 years at IBM, then Go". */
const BREAK = /\b(?:before|after|then|until|till|but|whereas|while|and then|later)\b/i;

const SINCE = [
  /\bsince\s+(?:like\s+|about\s+|around\s+|roughly\s+|circa\s+|early\s+|late\s+|mid\s+)?((?:19|20)\d{2})\b/gi,
  /\bback in\s+((?:19|20)\d{2})\b/gi,
  /\b(?:started|began|begun|picked up|learned|learnt|first used|got into|adopted|moved to|switched to)\b[^.,;]{0,40}?\bin\s+((?:19|20)\d{2})\b/gi,
  /\b(?:from|starting in|as early as)\s+((?:19|20)\d{2})\b/gi,
];

function qualifierKind(q: string | undefined): ExperienceClaim["approximate"] {
  if (!q) return "about";
  if (/nearly|almost|not quite|under|less than|close to/i.test(q)) return "at most";
  if (/over|more than|upwards|north|at least|beyond/i.test(q)) return "at least";
  return "about";
}

function durationYears(m: RegExpMatchArray): number | null {
  if (m[2]) return Number(m[2]);
  if (m[3]) return (m[3].toLowerCase() === "half a" ? 5 : 10) + (m[4] ? 5 : 0);
  if (m[5]) return (WORD_NUMBERS[m[5].toLowerCase()] ?? Number(m[5])) * 10;
  if (/dozen/i.test(m[0])) return 12;
  if (m[6]) return WORD_NUMBERS[m[6].toLowerCase()] ?? null;
  if (m[7]) return m[7].toLowerCase() === "half a" ? 0.5 : 1;
  if (m[8]) return (WORD_NUMBERS[m[8].toLowerCase()] ?? Number(m[8])) / 12;
  return null;
}

interface Clause {
  text: string;
  start: number;
}

/** Sentences and clauses: a claim does not run across a full stop or a semicolon. */
function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  for (const m of text.matchAll(/[^.;!?]+/g)) out.push({ text: m[0], start: m.index ?? 0 });
  return out;
}

/** Technologies in a clause; an everyday-word name ("go", "rust") counts in lower case only right after "years of". */
function techIn(clause: string): (SkillMention & { weak: boolean })[] {
  const strong = findSkills(clause).map((s) => ({ ...s, weak: false }));
  const weak = findSkills(clause, { anyCase: true })
    .filter((s) => s.guarded && !strong.some((t) => t.start === s.start))
    // "Taylor Swift": an everyday-word name after a person's first name is part of a name.
    .filter(
      (s) =>
        !/\b\p{Lu}\p{Ll}+\s+$/u.test(clause.slice(Math.max(0, s.start - 20), s.start)) ||
        !/^\p{Lu}/u.test(clause.slice(s.start)),
    )
    .map((s) => ({ ...s, weak: true }));
  return [...strong.filter((s) => !(s.guarded && isAfterFirstName(clause, s.start))), ...weak].sort(
    (a, b) => a.start - b.start,
  );
}

/** "Taylor Swift", "Grace Hopper": a capitalised first name right before the word. */
function isAfterFirstName(text: string, start: number): boolean {
  const prev = /(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  return prev !== undefined && isFirstName(prev) && !/^(?:I|The|A|An|My|Our|In|On|With|And|But|So|Then)$/.test(prev);
}

/**
 * `topic`: the technology the interviewer just asked about ("How long have you used Go?"), so that an
 * answer without the name ("oh, about twenty years") is a claim about it.
 */
export function experienceClaims(text: string, today: Date, topic: Technology | null = null): ExperienceClaim[] {
  const form = normalizeSpoken(text);
  const quote = (start: number, end: number) => {
    const back = form.toOriginal(start, end);
    return text.slice(back.start, back.end).trim();
  };
  const out: ExperienceClaim[] = [];
  let lastLoneTech: Technology | null = null;
  for (const clause of clauses(form.text)) {
    const found = techIn(clause.text);
    // "svelte... fifteen years probably": a clause that is only a name sets the topic of the next one.
    const words = clause.text.trim().split(/\s+/).filter(Boolean);
    const subject = found.length === 0 ? (lastLoneTech ?? topic) : null;
    lastLoneTech = found.length === 1 && words.length <= 2 ? (found[0]?.tech ?? null) : null;
    const techs =
      found.length > 0 || !subject
        ? found
        : [{ tech: subject, start: clause.text.length, end: clause.text.length, weak: false, implicit: true }];
    if (techs.length === 0) continue;
    const claimed = new Set<string>();
    const push = (tech: Technology, claim: Omit<ExperienceClaim, "tech">) => {
      if (claimed.has(tech.name)) return;
      claimed.add(tech.name);
      out.push({ tech, ...claim });
    };
    for (const d of clause.text.matchAll(DURATION)) {
      const years = durationYears(d);
      if (years === null) continue;
      if (NOT_A_CLAIM.test(clause.text)) continue;
      const dStart = d.index ?? 0;
      const dEnd = dStart + d[0].length;
      const approximate = qualifierKind(d[1]);
      // "18 years of Kotlin": the technology right after the duration.
      const after = techs.find((t) => t.start >= dEnd && DURATION_THEN_TECH.test(clause.text.slice(dEnd, t.start)));
      // "Kotlin for 18 years", "my experience with Kotlin goes back 12 years": right before it.
      const before = [...techs].reverse().find((t) => {
        if (t.end > dStart) return false;
        const between = clause.text.slice(t.end, dStart);
        // An everyday-word name in lower case only where the words say it is a technology: "my
        // experience with react goes back", "i've done rust for", "tailwind for like fourteen years".
        if (t.weak && !GOES_BACK.test(between)) {
          const usedBefore = USED_BEFORE.test(clause.text.slice(Math.max(0, t.start - 20), t.start));
          const atStart = /^[\s,]*(?:(?:um+|uh+|so|and|yeah|well|like|oh|honestly)[\s,]+)*$/i.test(
            clause.text.slice(0, t.start),
          );
          const direct = /^(?:['’]s been [^,;]{0,40}?\s|\s+)(?:for|since)\s+$/i.test(between) || /^,/.test(between);
          if (!direct || !(usedBefore || atStart)) return false;
        }
        if (BREAK.test(between) || techs.some((o) => o !== t && !o.weak && o.start >= t.end && o.end <= dStart))
          return false;
        return (
          TECH_THEN_FOR.test(between) ||
          GOES_BACK.test(between) ||
          (/^\s*,/.test(between) && NAME_THEN_ANSWER.test(between))
        );
      });
      const implicit = techs.find((t) => "implicit" in t);
      const tech =
        after ??
        before ??
        (implicit && !/\b(?:at|in|with)\s+[a-z]+\s*$/i.test(clause.text.slice(dEnd)) ? implicit : undefined);
      if (!tech) continue;
      const from = Math.min(tech.start, dStart);
      const to = Math.max(tech.end, dEnd);
      push(tech.tech, { years, approximate, sinceYear: null, quote: quote(clause.start + from, clause.start + to) });
    }
    for (const re of SINCE) {
      for (const s of clause.text.matchAll(re)) {
        const year = Number(s[1]);
        const sStart = s.index ?? 0;
        const sEnd = sStart + s[0].length;
        // The technology right before ("Terraform since 2009", "on Kotlin since 2009") or after the year
        // in the same clause ("back in 2008 I started with Swift"), with no other subject between.
        const near = techs
          .filter(
            (t) =>
              !t.weak ||
              /^\s+since\b/i.test(clause.text.slice(t.end, t.end + 7)) ||
              USED_BEFORE.test(clause.text.slice(Math.max(0, t.start - 20), t.start)),
          )
          .find((t) => {
            const between = t.end <= sStart ? clause.text.slice(t.end, sStart) : clause.text.slice(sEnd, t.start);
            return (
              between.length <= 45 &&
              !/,/.test(between) &&
              !/\b(?:in|at)\s+(?!it\b)[a-z]+\b/i.test(
                between.replace(/\b(?:in|at)\s+(?:production|prod|work|scale)\b/gi, ""),
              )
            );
          });
        if (!near || year > today.getFullYear()) continue;
        push(near.tech, {
          years: today.getFullYear() - year,
          approximate: "about",
          sinceYear: year,
          quote: quote(clause.start + Math.min(near.start, sStart), clause.start + Math.max(near.end, sEnd)),
        });
      }
    }
  }
  return out;
}
