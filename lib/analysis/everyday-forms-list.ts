/** The list `data/everyday-forms.json` holds, recomputed from SCOWL (used by its build script and test). */
import { isCommonWord } from "../privacy/name-lexicon";

export function everydayForms(forms: readonly string[]): string[] {
  const words = forms.filter((f) => /^[a-z]+$/i.test(f)).map((f) => f.toLowerCase());
  return [...new Set(words)].filter((w) => isCommonWord(w)).sort();
}
