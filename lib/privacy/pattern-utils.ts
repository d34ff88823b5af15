/** Shared helpers of the structured detectors. */
import type { Category, Span } from "./categories";

export function spans(
  text: string,
  re: RegExp,
  category: Category,
  accept: (m: RegExpExecArray) => boolean = () => true,
  group = 0,
): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`))) {
    if (!accept(m)) continue;
    const value = m[group] ?? m[0];
    const start = (m.index ?? 0) + (group === 0 ? 0 : m[0].indexOf(value));
    out.push({ start, end: start + value.length, category });
  }
  return out;
}

export const digits = (s: string) => s.replace(/\D/g, "");

export function luhnValid(number: string): boolean {
  const d = digits(number);
  if (d.length < 13 || d.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i += 1) {
    let n = Number(d[d.length - 1 - i]);
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}
