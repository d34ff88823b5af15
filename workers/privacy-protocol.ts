/** The privacy worker's API: scrubbing on the device and the one door out (Comlink). */
import type { Language } from "../lib/language";
import type { CopilotErrorData } from "../lib/errors";
import type { ModelSummary } from "../lib/analytics/model-summary";
import type { OutboundRecord } from "../lib/privacy/analysis-client";
import type { ModelInsight } from "../lib/privacy/analysis-request";
import type { OutboundSince } from "../lib/privacy/outbound-log";
import type {
  AnalysisOutcome,
  PrivacySessionSetup,
  SavedPseudonyms,
  SegmentOutcome,
} from "../lib/privacy/privacy-session";
import type { ProvidedModel } from "../lib/privacy/provided-models";
import type { Segment } from "../lib/transcript/segment";

export type {
  AnalysisOutcome,
  PrivacySessionSetup,
  SavedPseudonyms,
  SegmentOutcome,
} from "../lib/privacy/privacy-session";
export type { ModelProblems, ProvidedModel } from "../lib/privacy/provided-models";

export interface SummaryRun {
  sessionId: string;
  setup: PrivacySessionSetup;
  segments: Segment[];
  competencies: string[];
}

export type PrivacyReply<T> = { ok: true; value: T } | { ok: false; error: CopilotErrorData };

export interface PrivacyWorkerApi {
  /**
   * Adds a transformer NER model's person names to the embedded detector's, when the organisation has
   * provided the model (self-hosted). Resolves with the model id in use, or why it is not.
   */
  enableNer(modelId: string): Promise<ProvidedModel>;
  /**
   * Adds a transformer sentiment model's polarity to VADER's for each utterance, when the organisation
   * provides the model. Resolves with the model id in use, or why it is not.
   */
  enableSentiment(modelId: string): Promise<ProvidedModel>;
  /**
   * Starts a session: the candidate's name is scrubbed as [CANDIDATE]; pseudonyms start afresh or from
   * the saved map; role, job description and question plan go (scrubbed) with each window.
   */
  startSession(setup: PrivacySessionSetup): Promise<void>;
  /** The interviewer corrected the interview's language: the next segments and requests follow it. */
  setLanguage(language: Language): Promise<void>;
  /**
   * Runs the local analyzer on a final segment (raw text, on the device) and returns its insights; then
   * scrubs the segment and keeps it for the analysis window. `nerModel` says whether the NER model is
   * still in use (it is dropped if it fails).
   */
  addSegment(segment: Segment): Promise<SegmentOutcome>;
  /** The session's pseudonym map, for the encrypted vault. */
  pseudonyms(): Promise<SavedPseudonyms>;
  /**
   * Sends the current window if it changed since the last one (null when there is nothing new).
   * `onInsight` sees each insight, real names restored, as it streams in.
   */
  analyze(
    onInsight: (insight: ModelInsight, lastSegmentId: string) => void,
    /** Speech still going on: its settled words end the window (scrubbed like everything else). */
    ongoing?: Segment | null,
  ): Promise<PrivacyReply<AnalysisOutcome | null>>;
  /**
   * The debrief's summary by the model for a finished session: its final segments in scrubbed chunks,
   * one request each, merged with real names restored on the device. Uses its own pseudonym map
   * (the session's saved one), not the live session's. `outbound` is what this run sent (also when it
   * failed part way), for the vault.
   * A retry for the same session sends only the parts not yet answered.
   */
  summarize(
    request: SummaryRun,
    onProgress: (answered: number, of: number) => void,
  ): Promise<{ result: PrivacyReply<ModelSummary>; outbound: OutboundRecord[] }>;
  /** Outbound-log entries recorded after sequence number `seen` (0: from the start). */
  outboundSince(seen: number): Promise<OutboundSince>;
}
