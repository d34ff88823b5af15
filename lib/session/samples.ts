/**
 * The sample interview for a language: the Spanish one for "es", the English one otherwise (no German,
 * French or Italian sample yet). `language` is the sample's own language, which the session and the
 * local analyzer must use, so a German setup playing the English sample still analyses English.
 */
import type { Language } from "../language";
import { SAMPLE_INTERVIEW, SAMPLE_SETUP, type SampleLine } from "./sample-interview";
import { SAMPLE_INTERVIEW_ES, SAMPLE_SETUP_ES } from "./sample-interview-es";

export interface Sample {
  language: Language;
  setup: Omit<typeof SAMPLE_SETUP, "candidate" | "role" | "jobDescription"> & {
    candidate: string;
    role: string;
    jobDescription: string;
  };
  lines: readonly SampleLine[];
}

export function sampleFor(language: Language): Sample {
  if (language === "es") {
    const { language: own, ...setup } = SAMPLE_SETUP_ES;
    return { language: own, setup, lines: SAMPLE_INTERVIEW_ES };
  }
  return { language: "en", setup: SAMPLE_SETUP, lines: SAMPLE_INTERVIEW };
}
