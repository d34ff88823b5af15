import type { CopilotErrorData } from "../../lib/errors";

/** One sentence per error code: what happened, then what to do. */
export function errorText(error: CopilotErrorData): { title: string; action: string } {
  switch (error.code) {
    case "model_offline":
      return {
        title: `Model file missing: ${error.file ?? "unknown file"}`,
        action:
          "You are offline and this file was never downloaded. Reconnect and download the model, or ask your administrator to import it (npm run models:import).",
      };
    case "model_missing":
      return {
        title: `Model file missing: ${error.file ?? "unknown file"}`,
        action: `${error.message} Check the model source in settings, or import the model on the server (npm run models:import).`,
      };
    case "model_corrupt":
      return { title: `Model file failed its integrity check: ${error.file ?? ""}`, action: error.message };
    case "backend_unavailable":
      return {
        title: "No inference backend could run the model",
        action: `${error.message} Try another browser or a smaller model.`,
      };
    case "storage_full":
      return {
        title: "This device's storage is full",
        action: "Free space or export and delete old sessions, then retry.",
      };
    case "invalid_input":
      return { title: "That input could not be used", action: error.message };
    case "mic_denied":
      return { title: "Microphone blocked", action: error.message };
    case "mic_unavailable":
      return { title: "Microphone unavailable", action: error.message };
    case "call_audio_denied":
      return { title: "Call audio not shared", action: error.message };
    case "call_audio_missing":
      return { title: "The shared tab has no audio", action: error.message };
    case "transcription_failed":
      return { title: "A segment could not be transcribed", action: `${error.message} Recording goes on.` };
    case "unscrubbed_text":
      return { title: "Blocked: text was not scrubbed", action: error.message };
    case "analysis_unavailable":
      return { title: "Local insights only", action: error.message };
    case "analysis_not_allowed":
      return { title: "Local insights only", action: error.message };
    case "analysis_failed":
      return {
        title: "The language model could not be reached",
        action: `${error.message} Local insights keep working.`,
      };
    case "local_analysis_failed":
      return {
        title: "A segment could not be analysed on this device",
        action: `${error.message} The transcript is kept; the next segments are analysed as usual.`,
      };
    case "model_load_failed":
      return {
        title: "The model could not be loaded",
        action: `${error.message} Retry; if it persists, clear the model and download it again.`,
      };
  }
}
