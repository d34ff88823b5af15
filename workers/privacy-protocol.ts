/** The privacy worker's API: scrubbing on the device and the one door out (Comlink). */
import type { CompliancePolicy } from "../lib/analysis/rules/compliance";
import type { CopilotErrorData } from "../lib/errors";
import type { ModelInsight } from "../lib/privacy/analysis-request";
import type { OutboundRecord } from "../lib/privacy/analysis-client";
import type { Insight } from "../lib/analysis/insight";
import type { Segment } from "../lib/transcript/segment";
import type { Category } from "../lib/privacy/categories";
import type { PseudonymEntry } from "../lib/privacy/pseudonyms";
import type { SentimentPoint } from "../lib/analysis/sentiment";

export interface SavedPseudonyms {
  candidate: string | null;
  entries: PseudonymEntry[];
}

export interface PrivacySessionSetup {
  candidateName: string | null;
  role?: string;
  jobDescription?: string;
  questionPlan?: string[];
  /** The organisation policy's categories. */
  scrub?: Category[];
  /** A reopened session's pseudonyms, so tokens stay the same. */
  pseudonyms?: SavedPseudonyms | null;
  /** The organisation policy's compliance guardrail settings. */
  compliance?: CompliancePolicy;
}

/** A model the organisation may provide: the id in use, or why a provided one is not in use. */
export interface ProvidedModel {
  id: string | null;
  /** Null when the model is in use or simply not provided; otherwise what went wrong, in words. */
  problem: string | null;
}

export interface ModelProblems {
  ner: string | null;
  sentiment: string | null;
}

export interface SegmentOutcome {
  insights: Insight[];
  nerModel: string | null;
  /** The transformer sentiment model in use beside VADER (dropped if it fails). */
  sentimentModel: string | null;
  /** Why a provided model is not (or no longer) in use. */
  problems: ModelProblems;
  /** The question plan with what is covered so far. */
  plan: { item: string; covered: boolean }[];
  /** The candidate's sentiment for this segment (VADER), if it was the candidate's. */
  sentiment: SentimentPoint | null;
}

export type PrivacyReply<T> = { ok: true; value: T } | { ok: false; error: CopilotErrorData };

export interface AnalysisOutcome {
  /** Insights with pseudonyms mapped back to real names, for display on this device only. */
  insights: ModelInsight[];
  /** The segment the window ends with: insights refer to it. */
  lastSegmentId: string;
}

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
  outboundLog(): Promise<OutboundRecord[]>;
}
