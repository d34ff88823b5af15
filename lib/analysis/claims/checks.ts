/**
 * Checks that read claims, each saying why and quoting the words it rests on:
 * - impossible_duration: more years with a technology than it has existed;
 * - since_before_release: "since YEAR" before the technology's first public release;
 * - impossible_reduction: a reduction of 100% or more, however phrased;
 * - ratio_contradiction: "N times faster" or a percentage the before/after figures contradict.
 * The checks across segments (career arithmetic, a claim contradicting an earlier one) live in
 * `interview-claims.ts`, which keeps what was said.
 */
import { normalizeSpoken } from "../../privacy/spoken";
import type { Language } from "../../language";
import type { InsightDraft } from "../insight";
import { CLAIM_RULES } from "../lang";
import { writeNumbers } from "../lang/numbers";
import { EN_MESSAGES } from "../messages/en";
import type { InsightMessages } from "../messages/types";
import { durationMinutes } from "../numbers";
import { releaseDate } from "../tech-dictionary";
import type { ExperienceClaim } from "./experience";

/** The checks' names, as the evaluation and `copilot analyze --json` report them. */
export type CheckId =
  | "impossible_duration"
  | "since_before_release"
  | "career_arithmetic"
  | "impossible_reduction"
  | "ratio_contradiction"
  | "self_contradiction"
  | "compliance";

export type CheckedDraft = InsightDraft & { check: CheckId };

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
/** A claim this much past what is possible is flagged (rounding in speech: "about ten years"). */
const SLACK_YEARS = 0.5;

/** The years a technology has existed by `today`. */
export function possibleYears(released: { year: number; month: number | null }, today: Date): number {
  const start = new Date(Date.UTC(released.year, (released.month ?? 1) - 1, 1));
  return (today.getTime() - start.getTime()) / YEAR_MS;
}

export function claimChecks(claim: ExperienceClaim, today: Date, say: InsightMessages = EN_MESSAGES): CheckedDraft[] {
  const released = releaseDate(claim.tech);
  if (!released) return [];
  const possible = possibleYears(released, today);
  const when = released.month ? `${released.year}-${String(released.month).padStart(2, "0")}` : `${released.year}`;
  if (claim.sinceYear !== null) {
    if (claim.sinceYear >= released.year) return [];
    return [
      {
        check: "since_before_release",
        type: "fact_check",
        priority: "high",
        title: say.sinceBeforeRelease.title(claim.tech.name, claim.sinceYear),
        content: say.sinceBeforeRelease.content(claim.quote, claim.tech.name, when, claim.sinceYear),
      },
    ];
  }
  const lowest = claim.approximate === "at most" ? claim.years - 1 : claim.years;
  if (lowest <= possible + SLACK_YEARS) return [];
  return [
    {
      check: "impossible_duration",
      type: "fact_check",
      priority: "high",
      title: say.impossibleDuration.title(claim.years, claim.tech.name),
      content: say.impossibleDuration.content(claim.quote, claim.tech.name, when, Math.floor(possible)),
    },
  ];
}

const PCT = "(\\d+(?:\\.\\d+)?)[\\s-]*(?:%|percent|per cent)";
/** "dropped by 300%", "cut costs by 150 percent", "latency went down 200%", "slashed build times by 120%". */
const REDUCTION_VERB = new RegExp(
  `\\b(?:reduc\\w*|cut|cutting|decreas\\w*|lower\\w*|drop\\w*|shr[ai]nk\\w*|shrunk|slash\\w*|trimm?\\w*|went down|go(?:es)? down|came down|come down|fell|fall(?:en|s)?|dipped|brought down|bring down|sav(?:e|ed|ing)|less)\\b[^.;!?]{0,50}?\\b(?:by\\s+)?(?:about\\s+|around\\s+|over\\s+|nearly\\s+|almost\\s+)?${PCT}`,
  "gi",
);
/** "a 400% reduction", "300 percent fewer errors", "250% less memory". */
const REDUCTION_NOUN = new RegExp(
  `${PCT}\\s+(?:reduction|decrease|drop|cut|less|fewer|lower|smaller|shorter|cheaper|savings?|decline|improvement in (?:cost|latency|errors?))\\b`,
  "gi",
);
/** "went up by 300%", "an increase": increases past 100% are possible. */
const INCREASE = /\b(?:up|increas\w*|grew|grow\w*|rais\w*|boost\w*|more|higher|faster|improv\w* throughput)\b/i;

export function reductionChecks(
  text: string,
  language: Language = "en",
  say: InsightMessages = EN_MESSAGES,
): CheckedDraft[] {
  if (language !== "en") return reductionChecksIn(text, language, say);
  const written = normalizeSpoken(text).text;
  const out: CheckedDraft[] = [];
  for (const re of [REDUCTION_VERB, REDUCTION_NOUN]) {
    for (const m of written.matchAll(re)) {
      const pct = Number(m[1]);
      if (!(pct >= 100)) continue;
      // "went down 30% and throughput went up 200%": the figure belongs to the nearest verb.
      const lead = m[0].slice(0, m[0].search(/\d/));
      if (re === REDUCTION_VERB && INCREASE.test(lead.replace(/^\S+/, ""))) continue;
      // "cpu usage dropped from 150% to 60%": the level it started at, not the size of the drop.
      if (/\bfrom\s+(?:about\s+|around\s+)?$/i.test(lead)) continue;
      if (out.length) continue;
      out.push({
        check: "impossible_reduction",
        type: "fact_check",
        priority: "high",
        title: say.impossibleReduction.title(pct),
        content: say.impossibleReduction.content(m[0].trim(), pct),
      });
    }
  }
  return out;
}

/** The same check in another language: "reducimos la latencia un 300 %", "um 300 % gesenkt". */
function reductionChecksIn(text: string, language: Exclude<Language, "en">, say: InsightMessages): CheckedDraft[] {
  const form = writeNumbers(text, language);
  for (const m of form.text.matchAll(CLAIM_RULES[language].reduction)) {
    const pct = Number((m.slice(1).find((g) => g !== undefined) ?? "").replace(",", "."));
    if (!(pct >= 100)) continue;
    // "bajó de 150 % a 60 %": the level it started at, not the size of the drop.
    const after = form.text.slice((m.index ?? 0) + m[0].length);
    if (/^\s*(?:a|à|al|auf|bis|fino al?)\s+(?:un\s+|una\s+)?\d/i.test(after)) continue;
    const back = form.toOriginal(m.index ?? 0, (m.index ?? 0) + m[0].length);
    const quote = text.slice(back.start, back.end).trim();
    return [
      {
        check: "impossible_reduction",
        type: "fact_check",
        priority: "high",
        title: say.impossibleReduction.title(pct),
        content: say.impossibleReduction.content(quote, pct),
      },
    ];
  }
  return [];
}

const TIME_UNIT = "(?:milliseconds?|millis|ms|seconds?|secs?|s|minutes?|mins?|hours?|hrs?|days?|weeks?)(?![a-z])";
const SIZE_UNIT = "(?:kilobytes?|kb|megabytes?|megs?|mb|gigabytes?|gigs?|gb|terabytes?|tb)(?![a-z])";
const NUM = "(\\d+(?:\\.\\d+)?(?:\\s?[km](?![a-z]))?|an?)";
const UNIT = `(${TIME_UNIT}|${SIZE_UNIT}|[a-z]+(?: (?!to\\b)[a-z]+)?(?: per (?:second|minute|day|month))?)`;
/** "from 2 seconds to 1 second", "from 800ms to 400ms", "from an hour to 45 minutes", "from 50k a month to 40k". */
const FROM_TO = new RegExp(
  `\\bfrom\\s+(?:like\\s+|about\\s+|around\\s+|roughly\\s+)?${NUM}\\s*(?:${UNIT})?(?:\\s+a\\s+(?:month|day|year|week))?\\s+(?:down\\s+|up\\s+)?to\\s+(?:like\\s+|about\\s+|around\\s+|under\\s+|roughly\\s+)?${NUM}\\s*(?:${UNIT})?`,
  "i",
);
const TIMES =
  /\b(\d+(?:\.\d+)?)\s*(?:x|times)\s+(?:faster|quicker|speed(?:up)?|improvement|better|less|shorter|smaller|more|bigger|higher|larger|cheaper)\b/i;
const MULTIPLIER: Record<string, number> = { doubled: 2, tripled: 3, quadrupled: 4, halved: 0.5 };
const MULTIPLIER_WORD = /\b(doubled|tripled|quadrupled|halved|cut (?:it )?in half)\b/i;
const PERCENT_CLAIM = new RegExp(
  `${PCT}\\s+((?:faster|quicker|speed ?up|better)|(?:improvement|reduction|less|shorter|lower|decrease|drop|cut|saving|savings|smaller|cheaper)|(?:increase|more|higher|growth|bigger|larger))\\b`,
  "i",
);

const SIZE_MB: Record<string, number> = { k: 1 / 1024, m: 1, g: 1024, t: 1024 * 1024 };
/** A figure in one unit: minutes for times, megabytes for sizes, the number itself otherwise. */
function inUnit(raw: string, unit: string | undefined, other: string | undefined): number | null {
  const n = /^an?$/i.test(raw) ? 1 : parseFloat(raw) * (/k$/i.test(raw) ? 1000 : /m$/i.test(raw) ? 1_000_000 : 1);
  const u = (unit ?? other ?? "").toLowerCase();
  if (new RegExp(`^${SIZE_UNIT}$`).test(u)) return n * (SIZE_MB[u[0] ?? "m"] ?? 1);
  if (!new RegExp(`^${TIME_UNIT}$`).test(u)) return n;
  if (/^(?:ms|milliseconds?|millis)$/.test(u)) return n / 60_000;
  if (/^s$/.test(u)) return n / 60;
  return durationMinutes(n, u);
}

function contradiction(title: string, content: string): CheckedDraft {
  return { check: "ratio_contradiction", type: "fact_check", priority: "medium", title, content };
}

export function ratioChecks(text: string): CheckedDraft[] {
  const written = normalizeSpoken(text).text;
  const range = FROM_TO.exec(written);
  if (!range) return [];
  const before = inUnit(range[1] ?? "", range[2], range[4]);
  const after = inUnit(range[3] ?? "", range[4], range[2]);
  if (before === null || after === null || !(before > 0) || !(after > 0) || after === before) return [];
  const said = range[0].trim();
  const tail = written.slice((range.index ?? 0) + range[0].length);
  const ratio = after / before;
  const word = MULTIPLIER_WORD.exec(tail);
  if (word) {
    const claimed = MULTIPLIER[word[1]?.toLowerCase() ?? ""] ?? 0.5;
    if (Math.abs(claimed - ratio) / Math.min(claimed, ratio) <= 0.3) return [];
    const actual = ratio < 1 ? `${Math.round((1 - ratio) * 100)}% less` : `${ratio.toFixed(1)}x`;
    return [
      contradiction(
        `"${word[0]}" does not match the figures`,
        `"${said}" is ${actual}, not "${word[0]}". Ask which figure is right.`,
      ),
    ];
  }
  const times = TIMES.exec(tail);
  if (times) {
    const claimed = Number(times[1]);
    const actual = ratio < 1 ? 1 / ratio : ratio;
    if (Math.abs(claimed - actual) / actual <= 0.3 || Math.abs(claimed - actual) < 1) return [];
    return [
      contradiction(
        `"${times[0]}" does not match the figures`,
        `"${said}" is ${actual.toFixed(actual < 10 ? 1 : 0)}x, not ${claimed}x ("${times[0]}"). Ask which figure is right.`,
      ),
    ];
  }
  const pct = PERCENT_CLAIM.exec(tail);
  if (pct) {
    const claimed = Number(pct[1]);
    const change = (Math.abs(after - before) / before) * 100;
    // "50% faster" may mean half the time or 1.5x the speed: wrong only when it is neither.
    const asSpeed = (before / after - 1) * 100;
    const isSpeedWord = /^(?:faster|quicker|speed ?up|better)$/i.test(pct[2] ?? "");
    if (Math.abs(claimed - change) > 15 && (!isSpeedWord || Math.abs(claimed - asSpeed) > 15))
      return [
        contradiction(
          "The numbers do not add up",
          `"${said}" is a ${Math.round(change)}% change, not "${pct[0]}". Ask which figure is right.`,
        ),
      ];
  }
  return [];
}
