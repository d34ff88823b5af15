/**
 * Generates lib/privacy/data/words-{es,de,fr}.json: for Spanish, German and French, the everyday words
 * (every lexicon entry compromise's sibling tags as anything but a name: verbs in all their forms,
 * nouns, adjectives, function words; lower case, accents kept) and the first names and surnames it
 * tags, folded (lower case, no diacritics). es-compromise, de-compromise and fr-compromise are maintained by compromise's author;
 * their `#Person` tagger found too few names in our evaluation sets (docs/decisions.md), but their
 * lexicons tell everyday words from names. Run with `npx tsx scripts/build-language-lexicon.ts`; the
 * output is committed, so the scrubber loads neither the libraries nor their types at run time.
 */
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "lib", "privacy", "data");
const require = createRequire(import.meta.url);
type Sibling = { world: () => { model: { one: { lexicon: Record<string, string> } } } };

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "Person"]);

for (const language of ["es", "de", "fr"]) {
  const nlp = require(`${language}-compromise`) as Sibling;
  const everyday = new Set<string>();
  const first = new Set<string>();
  const last = new Set<string>();
  for (const [word, tag] of Object.entries(nlp.world().model.one.lexicon)) {
    if (word.includes(" ") || !/^[\p{L}'-]+$/u.test(word)) continue;
    const tags = String(tag).split(",");
    if (tags.includes("LastName")) last.add(fold(word));
    else if (tags.some((t) => NAME_TAGS.has(t))) first.add(fold(word));
    // As written: folded, "marié" (married) would hide the name "Marie".
    else everyday.add(word.toLowerCase());
  }
  // Space-separated strings: a third of the size of JSON arrays for 100,000 words.
  const list = (words: Set<string>) => [...words].sort().join(" ");
  const source = `${language}-compromise ${(nlp as unknown as { version: string }).version} lexicon`;
  writeFileSync(
    path.join(DATA, `words-${language}.json`),
    `${JSON.stringify({ source, everyday: list(everyday), first: list(first), last: list(last) })}\n`,
  );
  console.log(`${language}: ${everyday.size} everyday words, ${first.size} first names, ${last.size} surnames`);
}
