/**
 * Writes a normalized form of a text piece by piece and remembers, for every character written, the
 * range of the original it came from, so a match found in the written form maps back to the original.
 * Shared by the English and the other languages' spoken-form normalizers.
 */
export interface SpokenForm {
  text: string;
  /** The original range a range of the written form came from. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

export class OffsetWriter {
  private out = "";
  private readonly from: number[] = [];
  private readonly to: number[] = [];
  private lastEnd = 0;
  /** The next piece follows the previous one with no space ("+" then digits, "@" then a domain). */
  glue = false;

  constructor(private readonly text: string) {}

  /** Writes `piece` for the original range; one space before it where the original had white space. */
  emit(piece: string, start: number, end: number, joined = false): void {
    if (!joined && !this.glue && /\s/.test(this.text.slice(this.lastEnd, start))) {
      this.out += " ";
      this.from.push(this.lastEnd);
      this.to.push(start);
    }
    for (const c of piece) {
      this.out += c;
      this.from.push(start);
      this.to.push(end);
    }
    this.lastEnd = end;
    this.glue = false;
  }

  form(): SpokenForm {
    const { out, from, to, text } = this;
    return {
      text: out,
      toOriginal(start, end) {
        return { start: from[start] ?? 0, end: to[Math.max(start, end - 1)] ?? text.length };
      },
    };
  }
}
