/** Writes lib/analysis/data/everyday-forms.json: the dictionary's forms that are everyday English words. */
import { writeFileSync } from "node:fs";
import { everydayForms } from "../lib/analysis/everyday-forms-list";
import { dictionaryForms } from "../lib/analysis/tech-dictionary";

const words = everydayForms(dictionaryForms());
writeFileSync(
  new URL("../lib/analysis/data/everyday-forms.json", import.meta.url),
  `${JSON.stringify({ source: "SCOWL tiers 10-35 via lib/privacy/name-lexicon isCommonWord", words }, null, 2)}\n`,
);
console.log(`everyday-forms.json: ${words.length} of ${new Set(dictionaryForms()).size} forms`);
