import { buildSpeechWav, INTERVIEW_SENTENCES } from "../lib/testing/espeak";

export default function globalSetup(): void {
  buildSpeechWav("interview-3", INTERVIEW_SENTENCES);
}
