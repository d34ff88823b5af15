/**
 * National identifiers and IBANs with a check digit, in every language: a Spanish DNI or NIE, a German
 * Steuer-IdNr, a French NIR, an Italian codice fiscale, a UK National Insurance number (no check digit,
 * but a shape and prefix rules), and an IBAN of any country. The maintained libraries decide (`stdnum`
 * for the national numbers, `ibantools` for IBANs: country length, BBAN format and mod-97), so an order
 * number, a price or a DNI with the wrong letter stays. A speech model writes them with spaces, dashes
 * or dots between groups and in lower case ("x1234567l", "12 345 678 z"): candidates are matched with
 * any of those between characters and compacted before validation.
 */
import { electronicFormatIBAN, getCountrySpecifications, isValidIBAN } from "ibantools";
import { stdnum } from "stdnum";
import type { Span } from "./categories";

interface NationalId {
  /** A candidate: the identifier's characters with optional separators between them. */
  shape: RegExp;
  valid: (compact: string) => boolean;
}

const SEP = "[\\s.-]?";
/** `n` characters of `cls`, each but the first after an optional separator. */
const run = (cls: string, n: number) => `${cls}(?:${SEP}${cls}){${n - 1}}`;
const D = "\\d";
const L = "[a-z]";
/** Omocodia: a codice fiscale's digits may be replaced by these letters when two people collide. */
const CF_DIGIT = "[\\dlmnpqrstuv]";

const by = (country: string, kind: string) => {
  const validator = stdnum[country]?.[kind];
  if (!validator) throw new Error(`stdnum has no ${country}.${kind}`);
  return (compact: string) => validator.validate(compact).isValid;
};

const IDS: NationalId[] = [
  // DNI: eight digits and a letter; NIE: X, Y or Z, seven digits and a letter.
  { shape: new RegExp(`${run(D, 8)}${SEP}${L}`, "giu"), valid: by("ES", "dni") },
  { shape: new RegExp(`[xyz]${SEP}${run(D, 7)}${SEP}${L}`, "giu"), valid: by("ES", "nie") },
  // Steuer-IdNr: eleven digits, the first not 0 (a German phone number starts with 0).
  { shape: new RegExp(`[1-9](?:[\\s./-]?${D}){10}`, "giu"), valid: by("DE", "idnr") },
  // NIR: sex, year, month, department (2A/2B for Corsica), commune, order, a two-digit key.
  {
    shape: new RegExp(
      `[12]${SEP}${run(D, 4)}${SEP}(?:${D}${SEP}${D}|2${SEP}[ab])${SEP}${run(D, 6)}${SEP}${run(D, 2)}`,
      "giu",
    ),
    valid: by("FR", "nir"),
  },
  {
    shape: new RegExp(
      `${run(L, 6)}${SEP}${run(CF_DIGIT, 2)}${SEP}${L}${SEP}${run(CF_DIGIT, 2)}${SEP}${L}${SEP}${run(CF_DIGIT, 3)}${SEP}${L}`,
      "giu",
    ),
    valid: by("IT", "codicefiscale"),
  },
  // NINO: two prefix letters, six digits, a suffix A-D (said in pairs: "qq 12 34 56 c").
  { shape: new RegExp(`${L}${SEP}${L}${SEP}${run(D, 6)}${SEP}[a-d]`, "giu"), valid: by("GB", "nino") },
];

const compact = (s: string) => s.replace(/[\s./-]/g, "").toUpperCase();
/** Not inside a longer token: "ref 12345678Z9" or "abc12345678z". */
const BOUNDARY_BEFORE = /[\p{L}\p{N}]$/u;
const BOUNDARY_AFTER = /^[\p{L}\p{N}]/u;

function isolated(text: string, start: number, end: number): boolean {
  return (
    !BOUNDARY_BEFORE.test(text.slice(Math.max(0, start - 1), start)) && !BOUNDARY_AFTER.test(text.slice(end, end + 1))
  );
}

export function nationalIds(text: string): Span[] {
  const out: Span[] = [];
  for (const id of IDS) {
    for (const m of text.matchAll(id.shape)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (isolated(text, start, end) && id.valid(compact(m[0]))) out.push({ start, end, category: "id_number" });
    }
  }
  return [...out, ...ibans(text)];
}

/** Characters per IBAN by country code, from ibantools' registry. */
const IBAN_LENGTH = new Map(
  Object.entries(getCountrySpecifications())
    .filter(([, spec]) => typeof spec.chars === "number" && spec.chars > 0)
    .map(([code, spec]) => [code, spec.chars as number]),
);
const IBAN_START = /(?<![\p{L}\p{N}])([a-z]{2})[\s-]?(\d{2})(?=[\s-]?[a-z0-9])/giu;
/** One separator at most between characters: "DE89 3704 0044 0532 0130 00", "es91-2100-…". */
const IBAN_SEPARATOR = /[\s-]/;

/** The IBAN starting at a country code is exactly its country's length; read that many characters and check it. */
function ibans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(IBAN_START)) {
    const length = IBAN_LENGTH.get((m[1] ?? "").toUpperCase());
    if (!length) continue;
    const start = m.index ?? 0;
    let chars = 4;
    let end = start + m[0].length;
    while (chars < length && end < text.length) {
      const c = text[end] ?? "";
      if (IBAN_SEPARATOR.test(c) && /[a-z0-9]/i.test(text[end + 1] ?? "")) end += 1;
      else if (!/[a-z0-9]/i.test(c)) break;
      else {
        chars += 1;
        end += 1;
      }
    }
    if (chars !== length || /^[a-z0-9]/i.test(text.slice(end, end + 1))) continue;
    const iban = electronicFormatIBAN(text.slice(start, end));
    if (iban && isValidIBAN(iban)) out.push({ start, end, category: "id_number" });
  }
  return out;
}
