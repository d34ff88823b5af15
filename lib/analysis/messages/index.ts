/** The card text for each language, by code. */
import type { Language } from "../../language";
import { DE_MESSAGES } from "./de";
import { EN_MESSAGES } from "./en";
import { ES_MESSAGES } from "./es";
import { FR_MESSAGES } from "./fr";
import { IT_MESSAGES } from "./it";
import type { InsightMessages } from "./types";

export const MESSAGES: Record<Language, InsightMessages> = {
  en: EN_MESSAGES,
  es: ES_MESSAGES,
  de: DE_MESSAGES,
  fr: FR_MESSAGES,
  it: IT_MESSAGES,
};
export type { InsightMessages };
