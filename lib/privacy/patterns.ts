/**
 * Validators and patterns for structured identifiers. Each detector returns spans; the scrubber merges
 * them. Patterns favour recall on identifiers and use validation (Luhn, octet ranges, SSN rules, digit
 * counts, context words) to keep ordinary numbers ("15 percent", "2019", "v1.2.3") intact.
 */
import type { Category, Span } from "./categories";

function spans(
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

const digits = (s: string) => s.replace(/\D/g, "");

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

const EMAIL = /\b[\w.%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/;
const SPOKEN_EMAIL = /\b[\w.]+ (?:at) [a-z0-9-]+ (?:dot) (?:com|org|net|io|co|edu)\b/i;

export function emails(text: string): Span[] {
  return [...spans(text, EMAIL, "email"), ...spans(text, SPOKEN_EMAIL, "email")];
}

const SSN = /\b(\d{3})[- ](\d{2})[- ](\d{4})\b/;
export function ssns(text: string): Span[] {
  return spans(
    text,
    SSN,
    "ssn",
    (m) => m[1] !== "000" && m[1] !== "666" && !(m[1] ?? "").startsWith("9") && m[2] !== "00" && m[3] !== "0000",
  );
}

const CARD = /\b\d(?:[ -]?\d){12,18}\b/;
export function cards(text: string): Span[] {
  return spans(text, CARD, "card", (m) => luhnValid(m[0]));
}

/**
 * Phone numbers: +CC international, US (NXX) NXX-XXXX, UK (0xx… / 07…), Indian (+91 / 10 digits from 6-9).
 * A run of digit groups with 9 to 15 digits in total, not already a card or SSN.
 */
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)[\s.-]?)?\d{1,6}(?:[\s.-]\d{1,6}){1,5}\b|\b\d{10,11}\b/;
export function phones(text: string): Span[] {
  return spans(text, PHONE, "phone", (m) => {
    const d = digits(m[0]);
    if (d.length < 9 || d.length > 15) return false;
    // Thousands separators ("2,000,000") and ranges of years are not phone numbers.
    if (/^\d{4}[\s.-]\d{4}$/.test(m[0]) && /^(19|20)\d\d[\s.-](19|20)\d\d$/.test(m[0])) return false;
    return !luhnValid(m[0]) || m[0].trim().startsWith("+");
  });
}

const NUMBER_WORD: Record<string, string> = {
  zero: "0",
  oh: "0",
  o: "0",
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
};
/** "four one five, five five five…": seven or more spoken digits in a row (a phone read aloud). */
export function spokenDigits(text: string): Span[] {
  const word = "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)";
  const re = new RegExp(`\\b${word}(?:[\\s,-]+(?:double\\s+)?${word}){6,}\\b`, "gi");
  return spans(text, re, "phone", (m) => m[0].split(/[\s,-]+/).filter((w) => NUMBER_WORD[w.toLowerCase()]).length >= 7);
}

const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/;
const H = "[0-9a-f]{1,4}";
const IPV6 = new RegExp(
  `(?<![\\w:])(?:(?:${H}:){7}${H}|(?:${H}:){1,7}:|(?:${H}:){1,6}:${H}|(?:${H}:){1,5}(?::${H}){1,2}|(?:${H}:){1,4}(?::${H}){1,3}|(?:${H}:){1,3}(?::${H}){1,4}|(?:${H}:){1,2}(?::${H}){1,5}|${H}:(?::${H}){1,6}|:(?::${H}){1,7})(?![\\w:])`,
  "i",
);
export function ips(text: string): Span[] {
  // Not a clock time ("10:30", "1:02:33"): a compressed "::" or at least six groups.
  const v6 = spans(text, IPV6, "ip", (m) => m[0].includes("::") || m[0].split(":").length >= 6);
  return [...spans(text, IPV4, "ip"), ...v6];
}

/** "street" -> "[Ss]treet": capitalised or not, without making the whole pattern case-insensitive. */
const eitherCase = (words: string) =>
  words
    .split("|")
    .map((w) => `[${w[0]?.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join("|");
const STREET_SUFFIX = `(?:${eitherCase("street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|parkway|pkwy|close|crescent|square|sq|highway|hwy")})`;
const UNIT = `(?:${eitherCase("apt|apartment|unit|suite|flat")}|#)`;
const ADDRESS = new RegExp(
  `\\b\\d{1,6}[A-Za-z]?\\s+(?:[A-Z][\\w'-]*\\.?\\s+){1,4}${STREET_SUFFIX}\\b\\.?(?:,?\\s*${UNIT}\\.?\\s*\\w+)?(?:,\\s*[A-Z][a-zA-Z]+(?:\\s[A-Z][a-zA-Z]+)?)?(?:,?\\s*[A-Z]{2}\\b)?(?:\\s+\\d{5}(?:-\\d{4})?)?`,
);
const POSTCODE_UK = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b/;
const ZIP_AFTER_STATE = /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b/;
export function addresses(text: string): Span[] {
  return [
    ...spans(text, ADDRESS, "address", (m) => /[A-Za-z]/.test(m[0])),
    ...spans(text, POSTCODE_UK, "address"),
    ...spans(text, ZIP_AFTER_STATE, "address"),
  ];
}

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+\\d{4})`;
const DOB = new RegExp(`\\b(?:born|birth(?:day|date)?|date of birth|dob|d\\.o\\.b\\.)\\b[^.\\n]{0,25}?(${DATE})`, "i");
export function datesOfBirth(text: string): Span[] {
  return spans(text, DOB, "dob", () => true, 1);
}

const ID_CONTEXT =
  "(?:passport|driver'?s? licen[cs]e|licen[cs]e number|national (?:id|insurance)|id number|identity card|employee (?:id|number)|social insurance|tax (?:id|number)|NI number|aadhaar|PAN)";
const ID_NUMBER = new RegExp(
  `\\b${ID_CONTEXT}(?:\\s+(?:no\\.?|num\\.?|number|#))?[^.\\n]{0,25}?\\b((?=[A-Z]*\\d)[A-Z0-9]{2,12}(?:[ -][A-Z0-9]{2,6}){0,3})\\b`,
  "i",
);
/** UK National Insurance numbers have a shape distinctive enough to need no context. */
const UK_NI = /\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/;
export function idNumbers(text: string): Span[] {
  return [
    ...spans(
      text,
      ID_NUMBER,
      "id_number",
      (m) => /\d/.test(m[1] ?? "") && (m[1] ?? "").replace(/\D/g, "").length >= 3,
      1,
    ),
    ...spans(text, UK_NI, "id_number"),
  ];
}

const PROFILE_URL =
  /\b(?:https?:\/\/)?(?:www\.)?(?:linkedin\.com\/in|github\.com|gitlab\.com|x\.com|twitter\.com|instagram\.com|facebook\.com|medium\.com\/@?|stackoverflow\.com\/users\/\d+)\/?[\w.-]+\/?/i;
const HANDLE = /(?<![\w.@])@[A-Za-z0-9_]{2,30}\b(?!\.[a-z])/;
export function profiles(text: string): Span[] {
  return [...spans(text, PROFILE_URL, "profile"), ...spans(text, HANDLE, "profile")];
}

export const STRUCTURED_DETECTORS: ((text: string) => Span[])[] = [
  emails,
  ssns,
  cards,
  phones,
  spokenDigits,
  ips,
  addresses,
  datesOfBirth,
  idNumbers,
  profiles,
];
