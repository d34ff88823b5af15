/**
 * The compromise siblings' everyday words and names (lib/privacy/data/words-{es,de,fr}.json, about 3 MB
 * together), loaded when an interview in that language needs them, not in every English session's
 * bundle: webpack splits each dynamic import into its own chunk. Scrubbing in a language whose words are
 * not loaded is refused loudly, never done with an empty lexicon.
 */
import type { Language } from "../language";
import type { Other } from "./people-cues";

export interface SiblingWords {
  everyday: string;
  first: string;
  last: string;
}

/** Italian has no compromise sibling: nothing to load. */
const loaded = new Map<Other, SiblingWords | null>([["it", null]]);
const loading = new Map<Other, Promise<void>>();

async function importWords(language: Exclude<Other, "it">): Promise<SiblingWords> {
  switch (language) {
    case "es":
      return (await import("./data/words-es.json")).default;
    case "de":
      return (await import("./data/words-de.json")).default;
    case "fr":
      return (await import("./data/words-fr.json")).default;
  }
}

/** Makes scrubbing in `language` possible; resolves at once when nothing is to load. */
export function loadScrubLanguage(language: Language): Promise<void> {
  if (language === "en" || language === "it" || loaded.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = importWords(language).then((words) => void loaded.set(language, words));
    loading.set(language, pending);
  }
  return pending;
}

/** Every language at once (the CLI, tests and benchmarks). */
export async function loadAllScrubLanguages(): Promise<void> {
  await Promise.all((["es", "de", "fr"] as const).map(loadScrubLanguage));
}

export function siblingWords(language: Other): SiblingWords | null {
  if (!loaded.has(language))
    throw new Error(`scrubbing in "${language}" needs its word lists: await loadScrubLanguage("${language}") first`);
  return loaded.get(language) ?? null;
}
