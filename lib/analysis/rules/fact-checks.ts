/**
 * Local fact checks: claims that cannot be true, each with the reason.
 * - "N years of X" longer than X has existed (dated knowledge base: first public releases);
 * - reductions of 100 percent or more ("reduced latency by 400 percent");
 * - a stated percentage that contradicts the before/after figures in the same answer.
 */
import { NUMBER_PATTERN, durationMinutes, parseNumber } from "../numbers";
import type { InsightDraft } from "../insight";
import { findSkills } from "./skills";

const YEARS_OF = new RegExp(
  `(${NUMBER_PATTERN})\\+?\\s+years?\\s+(?:of\\s+(?:experience\\s+(?:with|in)\\s+)?|(?:of\\s+)?(?:experience\\s+)?(?:with|in|using|writing|doing)\\s+)`,
  "gi",
);
const REDUCED_BY = new RegExp(
  `\\b(reduc\\w*|cut|decreas\\w*|lower\\w*|drop\\w*|shrank|shrunk|sav\\w*)\\b[^.]{0,60}?\\bby\\s+(${NUMBER_PATTERN})\\s*(?:%|percent)`,
  "gi",
);
const FROM_TO = new RegExp(
  `\\bfrom\\s+(${NUMBER_PATTERN})\\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\\s+to\\s+(${NUMBER_PATTERN})\\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)`,
  "i",
);
const PERCENT = new RegExp(
  `(${NUMBER_PATTERN})\\s*(?:%|percent)\\s+(?:reduction|decrease|faster|improvement|less|drop|cut)`,
  "i",
);

export function factChecks(text: string, today: Date): InsightDraft[] {
  const out: InsightDraft[] = [];
  const year = today.getFullYear();
  for (const m of text.matchAll(YEARS_OF)) {
    const years = parseNumber(m[1] ?? "");
    if (years === null) continue;
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40);
    const tech = findSkills(after).find((s) => s.start <= 1)?.tech;
    if (!tech?.released) continue;
    const possible = year - tech.released;
    if (years > possible) {
      out.push({
        type: "fact_check",
        priority: "high",
        title: `${years} years of ${tech.name}?`,
        content: `${tech.name} was first released publicly in ${tech.released}, so at most ${possible} years of experience are possible. Ask when they started using it.`,
      });
    }
  }
  for (const m of text.matchAll(REDUCED_BY)) {
    const pct = parseNumber(m[2] ?? "");
    if (pct !== null && pct >= 100) {
      out.push({
        type: "fact_check",
        priority: "high",
        title: `A ${pct}% reduction is impossible`,
        content: `"${m[0].trim()}": nothing can be reduced by ${pct}% (100% would already be zero). Ask for the before and after figures.`,
      });
    }
  }
  const fromTo = FROM_TO.exec(text);
  const stated = PERCENT.exec(text);
  if (fromTo && stated) {
    const before = durationMinutes(parseNumber(fromTo[1] ?? "") ?? NaN, fromTo[2] ?? "");
    const afterMin = durationMinutes(parseNumber(fromTo[3] ?? "") ?? NaN, fromTo[4] ?? "");
    const claimed = parseNumber(stated[1] ?? "");
    if (before && afterMin !== null && claimed !== null && before > 0) {
      const actual = ((before - afterMin) / before) * 100;
      if (Math.abs(actual - claimed) > 10) {
        out.push({
          type: "fact_check",
          priority: "medium",
          title: "The numbers do not add up",
          content: `From ${fromTo[1]} ${fromTo[2]} to ${fromTo[3]} ${fromTo[4]} is a ${Math.round(actual)}% reduction, not ${claimed}%. Ask which figure is right.`,
        });
      }
    }
  }
  return out;
}
