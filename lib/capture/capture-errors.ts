import { CopilotError } from "../errors";

/** Maps getUserMedia/getDisplayMedia failures to errors that say what to do. */
export function captureError(error: unknown, source: "microphone" | "call audio"): CopilotError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : "";
  if (name === "NotAllowedError" || name === "SecurityError") {
    return new CopilotError({
      code: source === "microphone" ? "mic_denied" : "call_audio_denied",
      message:
        source === "microphone"
          ? "Microphone access was denied. Allow the microphone for this site in the browser's address bar, then start again."
          : "Sharing the call was cancelled or denied. Start again and choose the meeting tab.",
    });
  }
  if (name === "NotFoundError" || name === "OverconstrainedError") {
    return new CopilotError({
      code: "mic_unavailable",
      message: `No ${source} device was found. Connect one (or check the operating system's privacy settings) and try again.`,
    });
  }
  if (name === "NotReadableError") {
    return new CopilotError({
      code: "mic_unavailable",
      message: `The ${source} is in use by another application or failed to start. Close the other app and try again.`,
    });
  }
  return new CopilotError({
    code: "mic_unavailable",
    message: `The ${source} could not be started: ${error instanceof Error ? error.message : String(error)}`,
  });
}
