import { buildSpeechWav, INTERVIEW_SENTENCES, SPANISH_SENTENCES } from "../lib/testing/espeak";

export default function globalSetup(): void {
  buildSpeechWav("interview-3", INTERVIEW_SENTENCES);
  buildSpeechWav("entrevista-es-3", SPANISH_SENTENCES, 2, 1.5, 4, "es");
}
