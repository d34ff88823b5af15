/**
 * Experience claims in Spanish, German, French and Italian, read like the English ones in
 * `experience.ts`: a duration attached to a technology by the words between them ("quince años de
 * React", "React seit fünfzehn Jahren", "depuis quinze ans que je fais du Vue", "da 15 anni uso Go"),
 * a first year ("desde 2010", "seit 2010", "depuis 2010", "dal 2010") or a start some years ago ("hace
 * diez años empecé con Kotlin", "vor zehn Jahren", "il y a dix ans", "dieci anni fa"). Numbers are read
 * by `lang/numbers.ts` first; quotes are the words as said.
 */
import type { Language } from "../../language";
import { CLAIM_RULES } from "../lang";
import { writeNumbers } from "../lang/numbers";
import { findSkillsIn } from "../rules/skills-lang";
import type { Technology } from "../tech-dictionary";
import type { ExperienceClaim } from "./experience";

/** "React, eh, unos quince años": a name, then the duration as the answer. */
const NAME_THEN_ANSWER =
  /^\s*,\s*(?:(?:eh+|em+|pues|bueno|vale|ah|mm+|äh+|ähm|also|so|ja|na ja|naja|genau|euh+|ben|bah|bon|alors|disons|genre|ehm|allora|beh|mah|diciamo|tipo|boh)[\s,]+)*$/iu;
/** Only fillers before the name: the clause opens with it. */
const OPENING =
  /^[\s,]*(?:(?:eh+|em+|pues|bueno|y|ah|mm+|äh+|ähm|also|und|euh+|ben|bah|bon|et|ehm|allora|beh|e|mah)[\s,]+)*$/iu;
/** The most characters between a first year or a start and its technology. */
const NEAR_CHARS = 45;

interface Tech {
  tech: Technology;
  start: number;
  end: number;
}

export function experienceClaimsIn(
  text: string,
  today: Date,
  topic: Technology | null,
  language: Exclude<Language, "en">,
): ExperienceClaim[] {
  const rules = CLAIM_RULES[language];
  const form = writeNumbers(text, language);
  const quote = (start: number, end: number) => {
    const back = form.toOriginal(start, end);
    return text.slice(back.start, back.end).trim();
  };
  const out: ExperienceClaim[] = [];
  for (const clause of form.text.matchAll(/[^.;!?¿¡]+/g)) {
    const c = clause[0];
    const at = clause.index ?? 0;
    if (rules.notAClaim.test(c)) continue;
    const found: Tech[] = findSkillsIn(c, language);
    const techs = found.length > 0 || !topic ? found : [{ tech: topic, start: c.length, end: c.length }];
    if (techs.length === 0) continue;
    const claimed = new Set<string>();
    const push = (t: Tech, from: number, to: number, claim: Omit<ExperienceClaim, "tech" | "quote">) => {
      if (claimed.has(t.tech.name)) return;
      claimed.add(t.tech.name);
      const span = t.start === c.length ? [from, to] : [Math.min(from, t.start), Math.max(to, t.end)];
      out.push({ tech: t.tech, ...claim, quote: quote(at + (span[0] ?? 0), at + (span[1] ?? 0)) });
    };
    const clean = (between: string) => !rules.breaks.test(between) && between.length <= 60;
    for (const d of c.matchAll(rules.duration)) {
      const years = d[2] ? Number(d[2].replace(",", ".")) : d[3] ? rules.decades(d[3]) : d[4] ? 1 : null;
      if (years === null) continue;
      const dStart = d.index ?? 0;
      const dEnd = dStart + d[0].length;
      const q = d[1] ?? "";
      const approximate = rules.atMost.test(q) ? "at most" : rules.atLeast.test(q) ? "at least" : "about";
      const after = techs.find(
        (t) => t.start >= dEnd && t.start < c.length && rules.durationThenTech.test(c.slice(dEnd, t.start)),
      );
      const before = [...techs].reverse().find((t) => {
        if (t.end > dStart) return false;
        const between = c.slice(t.end, dStart);
        if (techs.some((o) => o !== t && o.start >= t.end && o.end <= dStart)) return false;
        // "kafka unos dos años": a name opening the clause, then the duration, reads as an answer.
        const opens = t.start === 0 || OPENING.test(c.slice(0, t.start));
        return (
          clean(between) &&
          (rules.techThenDuration.test(between) ||
            NAME_THEN_ANSWER.test(between) ||
            (opens && /^[\s,]*$/.test(between)))
        );
      });
      const implicit = techs.find((t) => t.start === c.length);
      const tech = after ?? before ?? implicit;
      if (tech) push(tech, dStart, dEnd, { years, approximate, sinceYear: null });
    }
    const near = (from: number, to: number) =>
      techs.find((t) => {
        if (t.start === c.length) return false;
        const between = t.end <= from ? c.slice(t.end, from) : c.slice(to, t.start);
        return between.length <= NEAR_CHARS && !between.includes(",") && clean(between);
      });
    for (const s of c.matchAll(rules.sinceYear)) {
      const year = Number(s.slice(1).find((g) => g !== undefined));
      const sStart = s.index ?? 0;
      const t = near(sStart, sStart + s[0].length);
      if (!t || !(year <= today.getFullYear())) continue;
      push(t, sStart, sStart + s[0].length, {
        years: today.getFullYear() - year,
        approximate: "about",
        sinceYear: year,
      });
    }
    for (const a of c.matchAll(rules.yearsAgo)) {
      const aStart = a.index ?? 0;
      const t = near(aStart, aStart + a[0].length);
      if (t) push(t, aStart, aStart + a[0].length, { years: Number(a[1]), approximate: "about", sinceYear: null });
    }
  }
  return out;
}
