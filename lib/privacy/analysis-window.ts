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

/**
 * The newest whole lines within `maxChars`, each tagged with a line reference ("[L3] Candidate: …") that
 * the model cites for the segment an insight rests on; `refs[n - 1]` is line Ln's segment id.
 */
export function buildWindow(
  lines: readonly ScrubbedLine[],
  maxChars = WINDOW_CHARS,
): { text: string; lastId: string | null; refs: string[] } {
  const picked: ScrubbedLine[] = [];
  let size = 0;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i];
    if (!line) continue;
    const tagged = line.line.length + REF_CHARS;
    if (size + tagged + 1 > maxChars && picked.length > 0) break;
    picked.unshift(line);
    size += tagged + 1;
  }
  return {
    text: picked.map((l, n) => `[L${n + 1}] ${l.line}`).join("\n"),
    lastId: lines[lines.length - 1]?.id ?? null,
    refs: picked.map((l) => l.id),
  };
}

/** Room for a line's "[L12] " tag. */
const REF_CHARS = 6;

/** A summary chunk's size: well inside the route's 8,000-character window, with room for line tags. */
export const SUMMARY_CHUNK_CHARS = 6_000;

/**
 * The whole transcript in consecutive chunks of whole lines (a line longer than a chunk is cut to fit),
 * each numbered from [L1] like a live window, with its refs.
 */
export function buildChunks(
  lines: readonly ScrubbedLine[],
  maxChars = SUMMARY_CHUNK_CHARS,
): { text: string; refs: string[] }[] {
  const chunks: { text: string; refs: string[] }[] = [];
  let picked: string[] = [];
  let refs: string[] = [];
  let size = 0;
  const flush = () => {
    if (picked.length) chunks.push({ text: picked.join("\n"), refs });
    picked = [];
    refs = [];
    size = 0;
  };
  for (const { id, line } of lines) {
    const room = maxChars - REF_CHARS - 2;
    const text = line.length > room ? `${line.slice(0, room - 1)}…` : line;
    if (size + text.length + REF_CHARS + 1 > maxChars) flush();
    picked.push(`[L${picked.length + 1}] ${text}`);
    refs.push(id);
    size += text.length + REF_CHARS + 1;
  }
  flush();
  return chunks;
}

/** The segment a model insight cites ("L3"), or the window's last segment when it cites none or a wrong one. */
export function segmentOfRef(ref: string | undefined, refs: readonly string[], lastId: string): string {
  const n = /^\[?L(\d{1,3})\]?$/i.exec(ref?.trim() ?? "")?.[1];
  return (n ? refs[Number(n) - 1] : undefined) ?? lastId;
}
