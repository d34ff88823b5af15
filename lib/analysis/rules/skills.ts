/** Skills and technologies mentioned in an utterance, by name or alias. */
import { isEverydayForm } from "../everyday-forms";
import { technologies, type Technology } from "../tech-dictionary";

export interface SkillMention {
  tech: Technology;
  start: number;
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const pattern = (forms: string[]) =>
  forms.length
    ? `(?<![\\w.#+-])(?:${forms
        .sort((a, b) => b.length - a.length)
        .map(escape)
        .join("|")})(?![\\w#+]|\\.\\w)`
    : null;

/**
 * A form that is an everyday word ("Go", "Spark", "React", "Express"), or one or two letters ("R", "C"),
 * is guarded: it counts only capitalised as written and not at the start of a sentence. Every other form
 * ("golang", "next.js", "Kubernetes") counts in any case.
 */
function isGuarded(form: string, tech: Technology): boolean {
  if (form.length <= 2) return true;
  if (/^[a-z]+$/i.test(form) && isEverydayForm(form)) return true;
  return tech.ambiguous && form === tech.name && !/[^a-z]/i.test(form);
}

interface Matcher {
  tech: Technology;
  guarded: RegExp | null;
  guardedAnyCase: RegExp | null;
  loose: RegExp | null;
}

function buildMatchers(): Matcher[] {
  return technologies().map((tech) => {
    const forms = [...new Set([tech.name, ...tech.aliases])];
    const guarded = pattern(forms.filter((f) => isGuarded(f, tech)));
    const loose = pattern(forms.filter((f) => !isGuarded(f, tech)));
    return {
      tech,
      guarded: guarded ? new RegExp(guarded, "g") : null,
      guardedAnyCase: guarded ? new RegExp(guarded, "gi") : null,
      loose: loose ? new RegExp(loose, "gi") : null,
    };
  });
}

/**
 * Built at the first search, not when the module loads: a thousand regular expressions cost tens of
 * milliseconds, which a screen that merely might search (the live view, prefetched) should not pay.
 */
let built: { matchers: Matcher[]; atByName: Map<string, number[]> } | null = null;
function matchers(): { matchers: Matcher[]; atByName: Map<string, number[]> } {
  if (built) return built;
  const all = buildMatchers();
  /** Where each technology's matchers are, by name: a search for a few names skips the other matchers. */
  const atByName = new Map<string, number[]>();
  all.forEach((m, at) => atByName.set(m.tech.name, [...(atByName.get(m.tech.name) ?? []), at]));
  built = { matchers: all, atByName };
  return built;
}

/** The matchers to run, in the dictionary's order (the order decides which of two equal mentions wins). */
function matchersFor(only: ReadonlySet<string> | undefined): Matcher[] {
  const { matchers: all, atByName } = matchers();
  if (!only) return all;
  const at = [...only].flatMap((name) => atByName.get(name) ?? []).sort((a, b) => a - b);
  return at.map((i) => all[i] as Matcher);
}

function sentenceStart(text: string, index: number): boolean {
  return /(?:^|[.!?]\s+|\n)$/.test(text.slice(Math.max(0, index - 3), index)) || index === 0;
}

/**
 * `anyCase`: guarded forms too in any case and position, for callers whose context already says a
 * technology is meant ("nineteen years of go"); such mentions are marked `guarded`. `only`: look for
 * these technologies (by name) and no others.
 */
export function findSkills(
  text: string,
  options: { anyCase?: boolean; only?: ReadonlySet<string> } = {},
): (SkillMention & { guarded?: boolean })[] {
  const found: (SkillMention & { guarded?: boolean })[] = [];
  for (const { tech, guarded, guardedAnyCase, loose } of matchersFor(options.only)) {
    if (loose)
      for (const m of text.matchAll(loose))
        found.push({ tech, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    const re = options.anyCase ? guardedAnyCase : guarded;
    if (!re) continue;
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (!options.anyCase && sentenceStart(text, start)) continue;
      found.push({ tech, start, end: start + m[0].length, guarded: true });
    }
  }
  // Longer names win over names inside them ("React Native" over "React").
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter(
    (f, i) =>
      !found.some(
        (g, j) =>
          j !== i &&
          g.start <= f.start &&
          g.end >= f.end &&
          (g.end - g.start > f.end - f.start || (j < i && g.start === f.start && g.end === f.end)),
      ),
  );
}
