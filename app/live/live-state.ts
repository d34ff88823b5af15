/** The live session's state as the screens read it (owned by LiveController). */
import type { LanguageChoice } from "../../lib/asr/transcriber";
import type { CopilotErrorData } from "../../lib/errors";
import type { Language } from "../../lib/language";
import { INTERVIEWER, type Channel } from "../../lib/transcript/segment";

export type LiveStatus = "idle" | "starting" | "recording" | "paused" | "stopping" | "stopped" | "importing" | "error";

export interface LiveState {
  status: LiveStatus;
  error: CopilotErrorData | null;
  /** Non-fatal problems (a segment that failed); recording goes on. */
  warning: CopilotErrorData | null;
  micSpeaker: string;
  channels: Channel[];
  levels: Partial<Record<Channel, number>>;
  startedAt: number | null;
  /** 0..1 while a recording is being transcribed. */
  importProgress: number | null;
  /** The built-in sample interview is playing (no microphone). */
  sample: boolean;
  /** What transcription is told: the interview's language, or detect it (multilingual models). */
  language: LanguageChoice;
  /** The language of the last final segment, when it was detected. */
  detected: Language | null;
}

export const INITIAL_LIVE_STATE: LiveState = {
  status: "idle",
  error: null,
  warning: null,
  micSpeaker: INTERVIEWER,
  channels: [],
  levels: {},
  startedAt: null,
  importProgress: null,
  sample: false,
  language: "en",
  detected: null,
};
