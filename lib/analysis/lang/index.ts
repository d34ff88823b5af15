/** Each supported language's rules, by code: a language without rules is a type error. */
import type { Language } from "../../language";
import { DE, DE_CLAIMS } from "./de";
import { EN } from "./en";
import { ES, ES_CLAIMS } from "./es";
import { FR, FR_CLAIMS } from "./fr";
import { IT, IT_CLAIMS } from "./it";
import type { ClaimRules, LanguageRules } from "./types";

export const RULES: Record<Language, LanguageRules> = { en: EN, es: ES, de: DE, fr: FR, it: IT };
export const CLAIM_RULES: Record<Exclude<Language, "en">, ClaimRules> = {
  es: ES_CLAIMS,
  de: DE_CLAIMS,
  fr: FR_CLAIMS,
  it: IT_CLAIMS,
};
export type { ClaimRules, LanguageRules };
