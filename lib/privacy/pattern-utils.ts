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

const flip = (c: string) => {
  const upper = c.toUpperCase();
  const lower = c.toLowerCase();
  return upper !== lower && upper.length === 1 && lower.length === 1 ? (c === lower ? upper : lower) : "";
};

/**
 * A regex source whose letters match either case, for patterns that cannot take the `i` flag because
 * they also say "a capital letter here" (`\p{Lu}` matches any letter under `i`). Escapes are kept as
 * they are; a class gets the other case of its letters and letter ranges ("[a-h]" is "[a-hA-H]").
 */
export function anyCase(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i] as string;
    if (c === "\\") {
      const escape = /^\\(?:[pPu]\{[^}]*\}|.)/u.exec(source.slice(i))?.[0] ?? c;
      out += escape;
      i += escape.length - 1;
    } else if (c === "[") {
      let j = i + 1;
      let body = "";
      while (j < source.length && source[j] !== "]") {
        const escape = source[j] === "\\" ? (/^\\(?:[pPu]\{[^}]*\}|.)/u.exec(source.slice(j))?.[0] ?? "\\") : "";
        body += escape || source[j];
        j += escape ? escape.length : 1;
      }
      const plain = body.replace(/\\(?:[pPu]\{[^}]*\}|.)/gu, "");
      const other = [...plain.matchAll(/(\p{L})-(\p{L})|\p{L}/gu)]
        .map((m) => (m[1] && m[2] ? `${flip(m[1])}-${flip(m[2])}` : flip(m[0])))
        .filter((x) => x && x !== "-")
        .join("");
      out += `[${body}${other}]`;
      i = j;
    } else {
      const o = flip(c);
      out += o ? `[${c}${o}]` : c;
    }
  }
  return out;
}
