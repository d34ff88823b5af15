/**
 * Stable partial text by agreement (the LocalAgreement policy of whisper_streaming, Macháček et al.
 * 2023): each partial pass hypothesises the whole utterance so far; words that two consecutive
 * hypotheses agree on, from the start, are committed and never rewritten; only the tail after them is
 * still unstable (shown grey). Words are compared without case or punctuation, so "Kafka," and "kafka"
 * agree; the committed words keep their first spelling.
 */

export interface AgreedText {
  /** The committed words, then the newest hypothesis's words after them. */
  text: string;
  /** Characters of `text` that are committed (stable). */
  stableChars: number;
  /** How many words are committed. */
  stableWords: number;
}

const normal = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}']/gu, "");
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean);

export class PartialAgreement {
  private committed: string[] = [];
  private previous: string[] | null = null;

  /** The next hypothesis of the utterance so far. */
  update(hypothesis: string): AgreedText {
    const next = words(hypothesis);
    if (this.previous) {
      // Agreement extends the committed prefix: compare both hypotheses after what is committed.
      let n = this.committed.length;
      while (
        n < next.length &&
        n < this.previous.length &&
        normal(next[n] ?? "") !== "" &&
        normal(next[n] ?? "") === normal(this.previous[n] ?? "")
      )
        n += 1;
      // The committed words stand even where a later hypothesis says otherwise.
      if (this.agreesWithCommitted(next))
        this.committed = [...this.committed, ...this.previous.slice(this.committed.length, n)];
    }
    this.previous = next;
    return this.shown(next);
  }

  /** Words committed so far. */
  get stable(): readonly string[] {
    return this.committed;
  }

  private agreesWithCommitted(next: readonly string[]): boolean {
    return this.committed.every((w, i) => normal(w) === normal(next[i] ?? ""));
  }

  private shown(next: readonly string[]): AgreedText {
    const stable = this.committed.join(" ");
    // The tail: the hypothesis after the committed words, where it still agrees with them; else its
    // words beyond the committed count (a hypothesis that rewrote a committed word cannot undo it).
    const tail = next.slice(this.committed.length);
    const text = [stable, tail.join(" ")].filter(Boolean).join(" ");
    return { text, stableChars: stable.length, stableWords: this.committed.length };
  }
}

/**
 * Flicker: the share of words shown as stable that the final text changed (by position, compared as
 * the agreement compares them). 0 when nothing was shown stable.
 */
export function changedStableShare(stableWords: readonly string[], finalText: string): number {
  if (stableWords.length === 0) return 0;
  const final = words(finalText);
  const changed = stableWords.filter((w, i) => normal(w) !== normal(final[i] ?? "")).length;
  return changed / stableWords.length;
}
