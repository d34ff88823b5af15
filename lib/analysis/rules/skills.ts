/** Skills and technologies mentioned in an utterance, by name or alias. */
import { TECHNOLOGIES, type Technology } from "../tech-dictionary";

export interface SkillMention {
  tech: Technology;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const MATCHERS = TECHNOLOGIES.map((tech) => {
  const forms = [tech.name, ...tech.aliases].sort((a, b) => b.length - a.length).map(escape);
  // Ambiguous words must match case exactly ("Go", not "go"); the rest are case-insensitive.
  const source = `(?<![\\w.#+-])(?:${forms.join("|")})(?![\\w#+]|\\.\\w)`;
  return { tech, re: new RegExp(source, tech.ambiguous ? "g" : "gi"), anyCase: new RegExp(source, "gi") };
});

function sentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?]\s+|\n)$/.test(text.slice(Math.max(0, index - 3), index)) || index === 0;
}

/**
 * `anyCase`: everyday-word names ("go", "rust") in any case and position, for callers whose context
 * already says a technology is meant ("nineteen years of go").
 */
export function findSkills(text: string, options: { anyCase?: boolean } = {}): SkillMention[] {
  const found: SkillMention[] = [];
  for (const { tech, re, anyCase } of MATCHERS) {
    for (const m of text.matchAll(options.anyCase ? anyCase : re)) {
      const start = m.index ?? 0;
      if (tech.ambiguous && !options.anyCase && sentenceStart(text, start)) continue;
      found.push({ tech, start, end: start + m[0].length });
    }
  }
  // Longer names win over names inside them ("React Native" over "React").
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter(
    (f, i) =>
      !found.some((g, j) => j !== i && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start),
  );
}
