/**
 * Which of the technology dictionary's own names and aliases are everyday English words ("spark",
 * "express", "swift"): SCOWL's verdict (`privacy/name-lexicon`'s isCommonWord), computed ahead by
 * `npm run -s build:everyday-forms` into `data/everyday-forms.json`. The skills matcher runs on the main
 * thread (live coaching, the debrief), which should not load 1.5 MB of word lists to learn a hundred
 * answers (decision 119); `everyday-forms.test.ts` recomputes the list and fails when it is stale.
 * Only meaningful for forms of the dictionary: any other word answers false.
 */
import data from "./data/everyday-forms.json";

const EVERYDAY = new Set(data.words);

export const isEverydayForm = (form: string): boolean => EVERYDAY.has(form.toLowerCase());
