/**
 * Regular expressions for languages with accented letters. JavaScript's `\b` is ASCII-only (no boundary
 * after the "é" of "qué"), so `\b` here means a Unicode letter-or-digit boundary and every pattern gets
 * the `u` flag. Written as `rx("gi")`...`` so patterns read like ordinary regex literals.
 */
const WORD = String.raw`[\p{L}\p{N}_]`;
const BOUNDARY = `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`;

/** `\b` read as a Unicode word boundary; `\w` as a Unicode letter, digit or underscore. */
export function unicode(source: string, flags = "i"): RegExp {
  const body = source.replace(/\\b/g, BOUNDARY).replace(/\\w/g, WORD);
  return new RegExp(body, flags.includes("u") ? flags : `${flags}u`);
}

export const rx =
  (flags = "i") =>
  (strings: TemplateStringsArray, ...values: string[]): RegExp =>
    unicode(String.raw(strings, ...values), flags);
