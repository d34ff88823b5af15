/**
 * The interview's language: one code chosen in setup (or detected), carried by the session, by each
 * segment, by scrubbing, by the local analyzer and by every analysis request. The interface stays
 * English; what the interview produces (cards, follow-ups, summaries) follows this language.
 */
import { z } from "zod";

/** Languages the whole chain supports: transcription, scrubbing, local insights and model prompts. */
export const LANGUAGES = ["en", "es", "de", "fr", "it"] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

export const DEFAULT_LANGUAGE: Language = "en";

/** The language's name in English (for prompts and the interface) and in itself (for pickers). */
export const LANGUAGE_NAMES: Record<Language, { english: string; native: string }> = {
  en: { english: "English", native: "English" },
  es: { english: "Spanish", native: "Español" },
  de: { english: "German", native: "Deutsch" },
  fr: { english: "French", native: "Français" },
  it: { english: "Italian", native: "Italiano" },
};

/** The countries whose phone numbers and identifiers a language's interviews most often carry (first = default region). */
export const LANGUAGE_REGIONS: Record<Language, readonly string[]> = {
  en: ["US", "GB", "CA", "AU", "IE"],
  es: ["ES", "MX", "AR", "CO", "CL"],
  de: ["DE", "AT", "CH"],
  fr: ["FR", "BE", "CH", "CA"],
  it: ["IT", "CH"],
};

export function isLanguage(value: unknown): value is Language {
  return LanguageSchema.safeParse(value).success;
}
