/**
 * Technologies named in an interview in another language. A speech model writes "react", "rust" and
 * "swift" in lower case, and in Spanish, German, French or Italian those are not everyday words, so the
 * English guard (capitalised, not at a sentence start) is dropped except for names of one or two letters
 * ("R", "C") and the few that are everyday words in the language itself ("Chef" is a boss in German and
 * French, "Helm" a helmet in German).
 */
import type { Language } from "../../language";
import { findSkills, type SkillMention } from "./skills";

const EVERYDAY: Record<Exclude<Language, "en">, ReadonlySet<string>> = {
  es: new Set(["salt", "node"]),
  de: new Set(["chef", "helm", "hive", "next", "lit", "notion", "bard", "d", "nest"]),
  fr: new Set(["chef", "lit", "ray", "beam", "node", "rails", "d"]),
  it: new Set(["salt", "node", "lit", "d"]),
};

export function findSkillsIn(text: string, language: Language): (SkillMention & { guarded?: boolean })[] {
  if (language === "en") return findSkills(text);
  const strict = findSkills(text);
  const loose = findSkills(text, { anyCase: true }).filter((s) => {
    if (!s.guarded || strict.some((t) => t.start === s.start && t.end === s.end)) return true;
    const said = text.slice(s.start, s.end);
    return said.length > 2 && !EVERYDAY[language].has(said.toLowerCase());
  });
  return loose.filter(
    (s) =>
      !EVERYDAY[language].has(text.slice(s.start, s.end).toLowerCase()) ||
      /^\p{Lu}{2,}/u.test(text.slice(s.start, s.end)),
  );
}
