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
    case "analysis_malformed":
      return {
        title: "The language model sent a reply that could not be used",
        action: `${error.message} Nothing from it is shown; local insights keep working, and the next window is sent as usual.`,
      };
    case "sign_in_required":
      return {
        title: "Sign in to use model analysis",
        action: "Sign in with your organisation's account; local insights keep working meanwhile.",
      };
    case "analysis_limited":
      return { title: "Model analysis limit reached", action: `${error.message} It resumes by itself later.` };
    case "worker_failed":
      return {
        title: "A background task stopped and was restarted",
        action: `${error.message} The transcript is kept; if this repeats, reload the page.`,
      };
    case "wrong_passphrase":
      return { title: "Wrong passphrase", action: "That passphrase is not right. Nothing was changed; try again." };
    case "vault_locked":
      return { title: "The vault is locked", action: "Unlock it with your passphrase, then retry." };
    case "vault_state":
      return { title: "The vault cannot do that now", action: error.message };
    case "record_unreadable":
      return {
        title: "Part of a session could not be read",
        action: `${error.message} The rest of the session is shown; the unreadable part cannot be recovered.`,
      };
    case "share_import_failed":
      return {
        title: "Nothing was imported",
        action: /nothing was imported/i.test(error.message) ? error.message : `${error.message} Nothing was imported.`,
      };
    case "ats_not_configured":
      return {
        title: "This ATS is not set up on the server",
        action: `${error.message} Ask your administrator to add its credentials, or choose another.`,
      };
    case "ats_not_enabled":
      return { title: "The organisation does not allow this push", action: error.message };
    case "ats_bad_key":
      return { title: "The ATS refused the key", action: `${error.message} Ask your administrator to check the key.` };
    case "ats_forbidden":
      return {
        title: "Insufficient permissions in the ATS",
        action: `${error.message} Ask your administrator to grant the key the write permission.`,
      };
    case "ats_not_found":
      return {
        title: "Candidate not found in the ATS",
        action: `${error.message} Check the id or link, then push again.`,
      };
    case "ats_invalid":
      return { title: "The ATS refused the content", action: error.message };
    case "ats_rate_limited":
      return { title: "The ATS is rate limiting", action: error.message };
    case "ats_unreachable":
      return { title: "The ATS could not be reached", action: error.message };
    case "policy_invalid":
      return {
        title: "The organisation policy is invalid",
        action: `${error.message} The safe defaults apply until your administrator fixes it.`,
      };
    case "unexpected":
      return {
        title: "Something unexpected went wrong",
        action: `${error.message} Your data is kept; retry, and if it persists reload the page.`,
      };
    case "model_load_failed":
      return {
        title: "The model could not be loaded",
        action: `${error.message} Retry; if it persists, clear the model and download it again.`,
      };
  }
}
