import type { SessionData, SessionInfo } from "../../lib/session/model";
import type { SavedPseudonyms } from "../../workers/privacy-protocol";

/** How a live screen begins. */
export type LiveStart =
  /** Set up: the interviewer presses Start (or R) when the interview begins, or imports a file. */
  | { kind: "ready"; callAudio: boolean }
  | { kind: "sample" }
  | { kind: "import"; file: File }
  /** A session reopened after a reload or crash: its content is restored, capture waits for Start. */
  | { kind: "resume"; data: SessionData; pseudonyms: SavedPseudonyms | null; unreadable: string[] };

export type Screen =
  | { kind: "home" }
  | { kind: "setup" }
  | { kind: "live"; info: SessionInfo; start: LiveStart }
  /** `opened`: the session as the list's Open already read it, so the review does not decrypt it twice. */
  | {
      kind: "review";
      id: string;
      opened?: { data: SessionData; unreadable: string[]; pseudonyms: SavedPseudonyms | null };
    };
