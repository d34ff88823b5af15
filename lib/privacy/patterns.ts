/**
 * Validators and patterns for structured identifiers. Each detector returns spans; the scrubber merges
 * them. Patterns favour recall on identifiers and use validation (Luhn, octet ranges, SSN rules, digit
 * counts, context words) to keep ordinary numbers ("15 percent", "2019", "v1.2.3") intact.
 */
import { addresses } from "./addresses";
import type { Span } from "./categories";
import { emails, profiles } from "./contacts";
import { datesOfBirth } from "./dates";
import { nationalIds } from "./national-ids";
import { luhnValid, spans } from "./pattern-utils";
import { phones } from "./phones";

const SSN = /\b(\d{3})[- ](\d{2})[- ](\d{4})\b/;
/** Read aloud, the groups come with commas or nothing between them: "my social is 123, 45, 6789". */
const SPOKEN_SSN =
  /\b(?:social(?: security)?(?: number)?|ssn|s\.? ?s\.? ?n\.?)\b[^.\n]{0,20}?\b(\d{3})[\s,.-]*(\d{2})[\s,.-]*(\d{4})\b/i;
const validSsn = (m: RegExpExecArray) =>
  m[1] !== "000" && m[1] !== "666" && !(m[1] ?? "").startsWith("9") && m[2] !== "00" && m[3] !== "0000";
export function ssns(text: string): Span[] {
  const spoken = spans(text, SPOKEN_SSN, "ssn", validSsn).map((s) => {
    const body = text.slice(s.start, s.end);
    const at = body.search(/\d/);
    return { ...s, start: s.start + at };
  });
  return [...spans(text, SSN, "ssn", validSsn), ...spoken];
}

/** Read aloud in groups, a card number comes with commas between them: "5555, 5555, 5555, 4444". */
const CARD = /\b\d(?:(?:[ -]|, ?)?\d){12,18}\b/;
export function cards(text: string): Span[] {
  return spans(text, CARD, "card", (m) => luhnValid(m[0]));
}

const IPV4 = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/;
const H = "[0-9a-f]{1,4}";
const IPV6 = new RegExp(
  `(?<![\\w:])(?:(?:${H}:){7}${H}|(?:${H}:){1,7}:|(?:${H}:){1,6}:${H}|(?:${H}:){1,5}(?::${H}){1,2}|(?:${H}:){1,4}(?::${H}){1,3}|(?:${H}:){1,3}(?::${H}){1,4}|(?:${H}:){1,2}(?::${H}){1,5}|${H}:(?::${H}){1,6}|:(?::${H}){1,7})(?![\\w:])`,
  "i",
);
/** "v1.2.3.4", "version 10.0.0.1 of the SDK", "node 20.11.0.1": four-part versions look like addresses. */
const VERSION_BEFORE =
  /(?:\bv|\b(?:version|versions|release|build|patch|sdk|upgrade|upgraded|upgrading|bump|bumped|tag|tagged|node|python|java|ios|android|chrome|firefox|windows|kernel|firmware|library|package|lib|(?:upgrade|upgraded|bumped|moved|migrated|pinned|rolled back) (?:to|from))\s+)$/i;
const VERSION_AFTER = /^\s*(?:of (?:the|our)|release|version|build|patch|sdk|update)\b/i;
export function ips(text: string): Span[] {
  // Not a clock time ("10:30", "1:02:33"): a compressed "::" or at least six groups.
  const v6 = spans(text, IPV6, "ip", (m) => m[0].includes("::") || m[0].split(":").length >= 6);
  const v4 = spans(text, IPV4, "ip", (m) => {
    const at = m.index ?? 0;
    const before = text.slice(Math.max(0, at - 24), at);
    if (/\b(?:ip|address|server|host|router|box|machine|vpn|gateway)\b[^.\n]{0,20}$/i.test(before)) return true;
    // A list of versions: "version 10.0.0.1 of the SDK and then 1.2.3.4".
    const sentence =
      text
        .slice(Math.max(0, at - 60), at)
        .split(/[.!?]\s/)
        .at(-1) ?? "";
    if (/\b(?:versions?|releases?|sdk|upgraded?|builds?|patch(?:ed)?)\b/i.test(sentence)) return false;
    return !VERSION_BEFORE.test(before) && !VERSION_AFTER.test(text.slice(at + m[0].length));
  });
  return [...v4, ...v6];
}

const ID_CONTEXT =
  "(?:passport|driver'?s? licen[cs]e|driving licen[cs]e|licen[cs]e number|(?:badge|staff|member(?:ship)?|student|customer|worker|payroll) (?:id|number|no)|national (?:id|insurance)|id number|identity card|employee (?:id|number)|social insurance|tax (?:id|number)|NI number|aadhaar|aadhar)";
const ID_NUMBER = new RegExp(
  `\\b${ID_CONTEXT}(?:\\s+(?:no\\.?|num\\.?|number|#))?[^.\\n]{0,25}?\\b((?=[A-Z]*\\d)[A-Z0-9]{2,18}(?:[ -][A-Z0-9]{2,6}){0,3})\\b`,
  "i",
);
/** An Indian PAN has a fixed shape (five letters, four digits, a letter); "didn't pan out" is not one. */
const PAN = /\b[A-Z]{5}\d{4}[A-Z]\b/;
/** Read aloud after its name: "national insurance is t m, four two, eight one, six six, c". */
const SPOKEN_NI =
  /\b(?:national insurance|ni number|nino|insurance number)\b[^.\n]{0,20}?\b([a-z]\s?[a-z][\s,]*\d{2}[\s,]*\d{2}[\s,]*\d{2}[\s,]*[a-d])\b/i;
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
    ...spans(text, PAN, "id_number"),
    ...spans(text, SPOKEN_NI, "id_number", () => true, 1),
  ];
}

export const STRUCTURED_DETECTORS: ((text: string) => Span[])[] = [
  emails,
  ssns,
  cards,
  phones,
  ips,
  addresses,
  datesOfBirth,
  idNumbers,
  nationalIds,
  profiles,
];
