/**
 * The one error vocabulary. Typed errors cross module, thread and network boundaries as codes; the UI
 * maps each code to words in one place (app/components/error-text.ts), and a status derived from a code
 * is an exhaustive switch, so a new code cannot be forgotten.
 */
import { z } from "zod";

export type CopilotErrorCode =
  | "model_missing"
  | "model_corrupt"
  | "model_offline"
  | "model_load_failed"
  | "backend_unavailable"
  | "storage_full"
  | "invalid_input"
  | "mic_denied"
  | "mic_unavailable"
  | "call_audio_denied"
  | "call_audio_missing"
  | "transcription_failed"
  | "unscrubbed_text"
  | "analysis_unavailable"
  | "analysis_not_allowed"
  | "analysis_failed"
  | "analysis_malformed"
  | "analysis_limited"
  | "sign_in_required"
  | "local_analysis_failed"
  | "worker_failed"
  | "wrong_passphrase"
  | "vault_locked"
  | "vault_state"
  | "record_unreadable"
  | "share_import_failed"
  | "policy_invalid"
  | AtsErrorCode
  | "unexpected";

/** What an ATS push can end in, on the server and on the device alike (lib/ats). */
export const AtsErrorCodeSchema = z.enum([
  /** The server has no credentials for that connector. */
  "ats_not_configured",
  /** The organisation's policy does not enable that connector (or the transcript for it). */
  "ats_not_enabled",
  /** The ATS refused the server's key (401). */
  "ats_bad_key",
  /** The key may not do this (403). */
  "ats_forbidden",
  /** No such candidate, application or opportunity (404). */
  "ats_not_found",
  /** The ATS refused the content (400/422). */
  "ats_invalid",
  /** The ATS asks to slow down (429), after the retries its Retry-After allowed. */
  "ats_rate_limited",
  /** The ATS could not be reached, timed out or failed (5xx). */
  "ats_unreachable",
]);
export type AtsErrorCode = z.infer<typeof AtsErrorCodeSchema>;

export interface CopilotErrorData {
  code: CopilotErrorCode;
  message: string;
  /** Model file or resource concerned, when there is one. */
  file?: string;
  url?: string;
}

export class CopilotError extends Error {
  readonly code: CopilotErrorCode;
  readonly file?: string;
  readonly url?: string;

  constructor(data: CopilotErrorData) {
    super(data.message);
    this.name = "CopilotError";
    this.code = data.code;
    this.file = data.file;
    this.url = data.url;
  }

  toData(): CopilotErrorData {
    return { code: this.code, message: this.message, file: this.file, url: this.url };
  }
}

/**
 * Structured-clone safe: Error subclasses lose their fields crossing postMessage, plain data does not.
 * An error that is not ours becomes `fallback`: "unexpected" unless the caller knows what was being
 * done (loading a model, transcribing), never a guess.
 */
export function toErrorData(error: unknown, fallback: CopilotErrorCode = "unexpected"): CopilotErrorData {
  if (error instanceof CopilotError) return error.toData();
  return { code: fallback, message: error instanceof Error ? error.message : String(error) };
}

/** The analysis route's failure codes, in its JSON bodies and its stream's last line. */
export const RouteErrorCodeSchema = z.enum([
  "not_configured",
  "not_allowed",
  "invalid_request",
  "malformed_model_output",
  "model_unreachable",
  "model_timeout",
  "payload_too_large",
  "unsupported_media_type",
  "forbidden_origin",
  "rate_limited",
  "token_budget_exhausted",
  "sign_in_required",
  ...AtsErrorCodeSchema.options,
]);
export type RouteErrorCode = z.infer<typeof RouteErrorCodeSchema>;

/** What a route failure means on the device. */
export function fromRouteError(code: RouteErrorCode, reason?: string | null): CopilotErrorData {
  switch (code) {
    case "not_configured":
      return { code: "analysis_unavailable", message: "No language model is configured on the server." };
    case "not_allowed":
      return {
        code: "analysis_not_allowed",
        message: reason ?? "The organisation's policy does not allow this analysis endpoint.",
      };
    case "invalid_request":
      return { code: "invalid_input", message: "The analysis service refused the request as malformed." };
    case "malformed_model_output":
      return { code: "analysis_malformed", message: "The language model sent a malformed reply." };
    case "model_unreachable":
      return { code: "analysis_failed", message: "The language model could not be reached." };
    case "model_timeout":
      return { code: "analysis_failed", message: "The language model stopped answering and was given up on." };
    case "payload_too_large":
      return { code: "invalid_input", message: "The analysis service refused the window as too large." };
    case "unsupported_media_type":
      return { code: "invalid_input", message: "The analysis service accepts JSON only." };
    case "rate_limited":
      return { code: "analysis_limited", message: "Too many analysis requests this minute; local insights go on." };
    case "token_budget_exhausted":
      return {
        code: "analysis_limited",
        message: "Today's model budget for this account is spent; local insights go on.",
      };
    case "sign_in_required":
      return { code: "sign_in_required", message: "Sign in to use model analysis." };
    case "forbidden_origin":
      return {
        code: "analysis_not_allowed",
        message: "The analysis service accepts requests from its own pages only.",
      };
    case "ats_not_configured":
    case "ats_not_enabled":
    case "ats_bad_key":
    case "ats_forbidden":
    case "ats_not_found":
    case "ats_invalid":
    case "ats_rate_limited":
    case "ats_unreachable":
      return { code, message: reason ?? ATS_WORDS[code] };
  }
}

/** An ATS failure in words (the vendor's own message, when safe to show, comes as the reason). */
export const ATS_WORDS: Record<AtsErrorCode, string> = {
  ats_not_configured: "This ATS is not configured on the organisation's server (no credentials).",
  ats_not_enabled: "The organisation's policy does not allow this push.",
  ats_bad_key: "The ATS refused the organisation's API key (bad key).",
  ats_forbidden: "The organisation's API key lacks the permission to write this (insufficient permissions).",
  ats_not_found: "The ATS has no such candidate or application (candidate not found).",
  ats_invalid: "The ATS refused the content as invalid.",
  ats_rate_limited: "The ATS asked to slow down (rate limited); the push is retried later.",
  ats_unreachable: "The ATS could not be reached; the push is retried later.",
};
