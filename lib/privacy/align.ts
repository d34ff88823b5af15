/**
 * Finds where a model's entity text occurs in the original text. Token-classification output carries no
 * offsets, and an uncased model returns "marta ruiz - lopez" for "Marta Ruiz-López": comparison is on a
 * skeleton of letters and digits only, case- and accent-insensitive, mapped back to original offsets.
 */
function skeleton(text: string): { chars: string; index: number[] } {
  let chars = "";
  const index: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const base = (text[i] ?? "").normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    for (const c of base) {
      if (/[\p{L}\p{N}]/u.test(c)) {
        chars += c;
        index.push(i);
      }
    }
  }
  return { chars, index };
}

export function findOccurrences(text: string, phrase: string): { start: number; end: number }[] {
  const needle = skeleton(phrase).chars;
  if (needle.length < 2) return [];
  const hay = skeleton(text);
  const out: { start: number; end: number }[] = [];
  for (let at = hay.chars.indexOf(needle); at >= 0; at = hay.chars.indexOf(needle, at + needle.length)) {
    const start = hay.index[at] ?? 0;
    const end = (hay.index[at + needle.length - 1] ?? start) + 1;
    // Whole words only: "an" must not match inside "Susan".
    const before = text[start - 1] ?? " ";
    const after = text[end] ?? " ";
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    out.push({ start, end });
  }
  return out;
}
