/**
 * Typed errors that cross module and thread boundaries. The UI maps each code to a sentence that says
 * what happened and what to do next (see app/components/error-text.ts).
 */
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
  | "local_analysis_failed";

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

/** Structured-clone safe: Error subclasses lose their fields crossing postMessage, plain data does not. */
export function toErrorData(error: unknown): CopilotErrorData {
  if (error instanceof CopilotError) return error.toData();
  return { code: "model_load_failed", message: error instanceof Error ? error.message : String(error) };
}
