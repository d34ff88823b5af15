/** The scrubbed transcript window sent for analysis: the last ~2,000 characters, whole lines only. */
export const WINDOW_CHARS = 2_000;

/**
 * While someone is still speaking, their utterance so far is analysed at most this often (the final
 * segment at the end of each utterance is analysed at once).
 */
export const ONGOING_SPEECH_INTERVAL_MS = 5_000;

/**
 * The settled part of partial text: every word but the last, which may be cut mid-word ("Sarah Jo")
 * and so could slip past the scrubber as a fragment of a name.
 */
export function settledWords(partial: string): string {
  const words = partial.trim().split(/\s+/).filter(Boolean);
  return words.slice(0, -1).join(" ");
}

export interface ScrubbedLine {
  id: string;
  line: string;
}

export function buildWindow(
  lines: readonly ScrubbedLine[],
  maxChars = WINDOW_CHARS,
): { text: string; lastId: string | null } {
  const picked: string[] = [];
  let size = 0;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]?.line ?? "";
    if (size + line.length + 1 > maxChars && picked.length > 0) break;
    picked.unshift(line);
    size += line.length + 1;
  }
  return { text: picked.join("\n"), lastId: lines[lines.length - 1]?.id ?? null };
}
