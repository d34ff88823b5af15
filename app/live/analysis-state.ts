/** What the analysis controller publishes, and how an error code becomes a status. */
import type { Language } from "../../lib/language";
import type { CompliancePolicy } from "../../lib/analysis/rules/compliance";
import type { SentimentPoint } from "../../lib/analysis/sentiment-trend";
import type { CopilotErrorCode, CopilotErrorData } from "../../lib/errors";
import type { OutboundRecord } from "../../lib/privacy/analysis-client";
import type { Category } from "../../lib/privacy/categories";
import type { AnalysisServerStatus } from "../../lib/privacy/analysis-request";
import type * as Comlink from "comlink";
import type { SessionStore } from "../../lib/session/session-store";
import type {
  ModelProblems,
  PrivacySessionSetup,
  PrivacyWorkerApi,
  SavedPseudonyms,
} from "../../workers/privacy-protocol";
import type { AnalysisProbe } from "./metrics-probe";

export type AnalysisStatus =
  | "checking"
  | "connected"
  | "local_only"
  | "local_mode"
  | "not_allowed"
  | "unreachable"
  | "model_error"
  | "limited"
  | "signed_out"
  | "offline";

/** Settings keys of the optional text models (Settings → text models). */
export const NER_MODEL_KEY = "copilot.nerModel";
export const SENTIMENT_MODEL_KEY = "copilot.sentimentModel";

/** Statuses in which nothing is sent. */
export const NOTHING_SENT: readonly AnalysisStatus[] = ["local_only", "local_mode", "not_allowed", "signed_out"];

export interface AnalysisSetup {
  candidate: string;
  role?: string;
  jobDescription?: string;
  questionPlan?: string[];
  /** Local + model chosen in setup (the policy may still forbid it). */
  useModel: boolean;
  /** The organisation policy's verdict on cloud analysis, with its reason when it forbids it. */
  policy: { allowed: boolean; reason: string | null; scrub?: Category[]; compliance?: CompliancePolicy };
  /** A reopened session's pseudonyms (its segments are in the transcript, its insights in the session store). */
  restore?: { pseudonyms: SavedPseudonyms | null };
  /** The interview's language (default English). */
  language?: Language;
}

export interface AnalysisState {
  status: AnalysisStatus;
  busy: boolean;
  /** The newest outbound-log entries (at most OUTBOUND_MEMORY_LIMIT; the vault keeps them all). */
  outbound: OutboundRecord[];
  /** How many entries the outbound log holds in all: the first in `outbound` is number total - length. */
  outboundTotal: number;
  lastError: CopilotErrorData | null;
  /** The last segment the device could not analyse, in words (the next ones go on). */
  localError: CopilotErrorData | null;
  /** The transformer NER model in use beside the embedded detector, if the organisation provided one. */
  nerModel: string | null;
  /** The transformer sentiment model combined with VADER, if the organisation provided one. */
  sentimentModel: string | null;
  /** Why a model the organisation provides is not in use (shown beside what runs instead). */
  modelProblems: ModelProblems;
  /** Why nothing is sent, when the policy forbids it. */
  notAllowedReason: string | null;
  plan: { item: string; covered: boolean }[];
  /** The candidate's sentiment per answer segment. */
  sentiment: SentimentPoint[];
  /** The session's pseudonym map (saved encrypted in the vault), updated as new values appear. */
  pseudonyms: SavedPseudonyms | null;
}

export const INITIAL_ANALYSIS_STATE: AnalysisState = {
  status: "checking",
  busy: false,
  outbound: [],
  outboundTotal: 0,
  lastError: null,
  localError: null,
  nerModel: null,
  sentimentModel: null,
  modelProblems: { ner: null, sentiment: null },
  notAllowedReason: null,
  plan: [],
  sentiment: [],
  pseudonyms: null,
};

/** The status a failed request leaves the session in. */
export function statusAfter(code: CopilotErrorCode): AnalysisStatus {
  switch (code) {
    case "analysis_not_allowed":
      return "not_allowed";
    case "analysis_unavailable":
      return "local_only";
    case "analysis_malformed":
      return "model_error";
    case "analysis_limited":
      return "limited";
    case "sign_in_required":
      return "signed_out";
    case "analysis_failed":
    case "worker_failed":
    case "unexpected":
    case "invalid_input":
    case "unscrubbed_text":
      return "unreachable";
    case "model_missing":
    case "model_corrupt":
    case "model_offline":
    case "model_load_failed":
    case "backend_unavailable":
    case "storage_full":
    case "mic_denied":
    case "mic_unavailable":
    case "call_audio_denied":
    case "call_audio_missing":
    case "transcription_failed":
    case "local_analysis_failed":
    case "wrong_passphrase":
    case "vault_locked":
    case "vault_state":
    case "record_unreadable":
    case "share_import_failed":
    case "policy_invalid":
    case "ats_not_configured":
    case "ats_not_enabled":
    case "ats_bad_key":
    case "ats_forbidden":
    case "ats_not_found":
    case "ats_invalid":
    case "ats_rate_limited":
    case "ats_unreachable":
      // Not an answer from the analysis service: the request never got that far.
      return "unreachable";
  }
}

/** What the privacy worker is told about the interview (its pseudonyms: a reopened or restarted session's). */
export function privacySetupOf(setup: AnalysisSetup, pseudonyms: SavedPseudonyms | null): PrivacySessionSetup {
  return {
    candidateName: setup.candidate.trim() || null,
    role: setup.role,
    jobDescription: setup.jobDescription,
    questionPlan: setup.questionPlan,
    scrub: setup.policy.scrub,
    compliance: setup.policy.compliance,
    pseudonyms,
    language: setup.language,
  };
}

/** The server's answer on model analysis, as a status patch, and whether windows may be sent. */
export function serverVerdict(
  answer: AnalysisServerStatus | "offline" | "invalid" | "signed_out",
  current: AnalysisStatus,
): { configured: boolean; patch: Partial<AnalysisState> | null } {
  if (answer === "offline" || answer === "invalid") return { configured: false, patch: { status: "offline" } };
  if (answer === "signed_out") return { configured: false, patch: { status: "signed_out" } };
  if (!answer.allowed) return { configured: false, patch: { status: "not_allowed", notAllowedReason: answer.reason } };
  if (!answer.configured) return { configured: false, patch: { status: "local_only" } };
  const recovering = current === "checking" || current === "offline";
  return { configured: true, patch: recovering ? { status: "connected" } : null };
}

export interface AnalysisDeps {
  privacy: Comlink.Remote<PrivacyWorkerApi>;
  /** Where insights are held (with the interviewer's flags and notes). */
  session: SessionStore;
  /** The optional models chosen in settings (the organisation may provide them). */
  textModels: { ner: string; sentiment: string };
  /** The server's answer on model analysis ("offline" when unreachable). */
  serverStatus: () => Promise<AnalysisServerStatus | "offline" | "invalid" | "signed_out">;
  /** Benchmark timings, only with metrics on. */
  probe?: AnalysisProbe | null;
}
