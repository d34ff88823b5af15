/**
 * How an answer is said: hedging and vagueness (worth a probe), fillers and self-corrections (stress),
 * specific and confident language, "I" versus "we" ownership, and STAR structure with quantified results.
 * The words are each language's (`lang/`); English is the default.
 */
import { EN } from "../lang/en";
import type { LanguageRules } from "../lang/types";

const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

export interface LanguageProfile {
  words: number;
  hedges: number;
  vagueActions: number;
  fillers: number;
  selfCorrections: number;
  specifics: number;
  iCount: number;
  weCount: number;
}

export function profile(text: string, rules: LanguageRules = EN): LanguageProfile {
  return {
    words: text.split(/\s+/).filter(Boolean).length,
    hedges: count(text, rules.hedges),
    vagueActions: count(text, rules.vagueActions),
    fillers: count(text, rules.fillers),
    selfCorrections: count(text, rules.selfCorrections),
    specifics: count(text, rules.specifics),
    iCount: count(text, rules.iWords),
    weCount: count(text, rules.weWords),
  };
}

export interface StarProfile {
  situation: boolean;
  task: boolean;
  action: boolean;
  result: boolean;
  quantified: boolean;
}

export function star(text: string, rules: LanguageRules = EN): StarProfile {
  const s = rules.star;
  return {
    situation: s.situation.test(text),
    task: s.task.test(text),
    action: s.action.test(text),
    result: s.result.test(text),
    quantified: s.quantified.test(text),
  };
}
