import { normalizeWords } from "./guards";

/**
 * Removes from `next` the words that repeat the end of `previous` (the audio overlap of a cut utterance).
 * Finds the longest suffix of `previous` equal to a prefix of `next` (normalized), searching only the
 * first words of `next`, and returns the rest of `next` in its original spelling.
 */
export function stitch(previous: string, next: string, maxOverlapWords = 12): string {
  const prevWords = normalizeWords(previous);
  const rawNext = next.trim().split(/\s+/).filter(Boolean);
  const nextWords = rawNext.map((w) => normalizeWords(w).join(" "));
  const limit = Math.min(maxOverlapWords, prevWords.length, nextWords.length);
  for (let size = limit; size >= 1; size -= 1) {
    const suffix = prevWords.slice(prevWords.length - size).join(" ");
    // The overlap may start a word or two into `next` (a clipped first word): allow a small offset, but
    // a one-word match only at the very start and only for a word long enough not to be a coincidence.
    const maxOffset = size >= 2 ? 2 : 0;
    if (size === 1 && suffix.length < 4) continue;
    for (let offset = 0; offset <= maxOffset && offset + size <= nextWords.length; offset += 1) {
      if (nextWords.slice(offset, offset + size).join(" ") === suffix) return rawNext.slice(offset + size).join(" ");
    }
  }
  return rawNext.join(" ");
}
