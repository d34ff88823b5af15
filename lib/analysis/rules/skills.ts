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
  const re = new RegExp(`(?<![\\w.#+-])(?:${forms.join("|")})(?![\\w#+]|\\.\\w)`, tech.ambiguous ? "g" : "gi");
  return { tech, re };
});

function sentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?]\s+|\n)$/.test(text.slice(Math.max(0, index - 3), index)) || index === 0;
}

export function findSkills(text: string): SkillMention[] {
  const found: SkillMention[] = [];
  for (const { tech, re } of MATCHERS) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (tech.ambiguous && sentenceStart(text, start)) continue;
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
