import { buildSpeechWav, INTERVIEW_SENTENCES } from "./fixtures";

export default function globalSetup(): void {
  buildSpeechWav("interview-3", INTERVIEW_SENTENCES);
}
