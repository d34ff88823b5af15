/**
 * The files an interview can be imported from, by extension: a recording or a meeting tool's transcript.
 * Apart from the importers, so the home screen's file picker does not load them (decision 121).
 */
export const AUDIO_EXTENSIONS = [".wav", ".mp3", ".m4a", ".webm", ".ogg", ".oga", ".opus", ".aac", ".flac"];
export const TRANSCRIPT_EXTENSIONS = [".vtt", ".srt", ".txt"];

/** What the file picker offers: every recording and transcript extension, and any audio type. */
export const IMPORT_ACCEPT = [...AUDIO_EXTENSIONS, ...TRANSCRIPT_EXTENSIONS, "audio/*"].join(",");

export function fileKind(name: string): "audio" | "transcript" | null {
  const lower = name.toLowerCase();
  if (AUDIO_EXTENSIONS.some((e) => lower.endsWith(e))) return "audio";
  if (TRANSCRIPT_EXTENSIONS.some((e) => lower.endsWith(e))) return "transcript";
  return null;
}
