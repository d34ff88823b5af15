/**
 * Phone numbers, written or read aloud (after `normalizeSpoken` turned "oh seven seven double oh nine…"
 * into digits). libphonenumber-js searches the text for numbers valid in the regions interviews here come
 * from; a run of digit groups it does not know (fictional ranges, a reader's own grouping) still counts
 * when the words before it say it is a number to call, or when it is dialled internationally. Years,
 * metrics and amounts are never phone numbers.
 */
import {
  findPhoneNumbersInText,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from "libphonenumber-js/max";
import type { Span } from "./categories";
import { digits, luhnValid } from "./pattern-utils";

/** Regions whose national formats are searched (international "+CC" numbers are found in any case). */
const REGIONS: CountryCode[] = ["US", "GB", "IN", "DE", "FR", "ES", "AU", "NG"];
const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
/** A group of digits followed by this is a measurement, not a number to call. */
const UNIT_AFTER =
  /^\s*(?:%|percent|per ?cent|ms|milliseconds?|seconds?|secs?|minutes?|hours?|days?|weeks?|months?|years?|requests?|rps|qps|tps|users?|customers?|people|rows|records|items|events|messages|dollars|euros|pounds|rupees|usd|eur|gbp|k\b|m\b|gb|mb|kb|tb|gbps|mbps|x\b|times|lines|tickets|nodes|servers|instances|pods|cores|per\b|each\b|a (?:second|minute|day|month)\b)/i;
/** "…, that's my cell": the words after a number can say what it is too. */
const CUE_AFTER =
  /^[\s,.-]*(?:that's|that is|it's|is)?\s*(?:my|the)?\s*(?:cell|mobile|phone|number|landline|work phone|google voice|whatsapp|home phone|office line)\b/i;
const CUE_BEFORE =
  /\b(?:phone|number|call|calling|ring|mobile|cell|cellphone|reach me|reach|text me|text|whatsapp|contact|dial|landline|extension|ext|fax|tel)\b[^.\n]{0,30}$/i;
const CANDIDATE = /(?<![\w.])(?:\+\s?)?(?:\(\d{1,5}\)[\s.-]?)?\d[\d\s().,-]*\d(?![\w])/g;

/**
 * The regions whose national numbers a run of digits can be (by its first digit and length), so the
 * library's search runs only where it can succeed: US numbers have ten digits from 2-9 (or eleven from 1),
 * trunk prefixes are 0 elsewhere, Indian mobiles ten digits from 6-9, Spanish nine digits.
 */
function regionsFor(d: string): CountryCode[] {
  const out: CountryCode[] = [];
  if ((d.length === 10 && /^[2-9]/.test(d)) || (d.length === 11 && d.startsWith("1"))) out.push("US");
  if (d.startsWith("0")) out.push("GB", "DE", "FR", "AU", "NG", "IN");
  else if (d.length === 10 && /^[6-9]/.test(d)) out.push("IN");
  if (d.length === 9 && /^[6-9]/.test(d)) out.push("ES");
  if (d.length === 9 && /^[2-9]/.test(d)) out.push("AU");
  return out;
}

const isYear = (group: string) => /^(?:19|20)\d\d$/.test(group);

/** Years in a row, thousands, amounts and decimals: the shapes of numbers people say that are not phones. */
function looksLikeFigures(text: string, start: number, end: number): boolean {
  const body = text.slice(start, end);
  const groups = body.split(/[^\d]+/).filter(Boolean);
  if (groups.length > 1 && groups.every(isYear)) return true;
  if (/^\d{4}-\d{2}-\d{2}$/.test(body) || /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(body)) return true;
  if (groups.length > 1 && groups.every((g) => /^\d{1,4}$/.test(g) && /0{2,}$/.test(g))) return true;
  // Figures read in a row ("800, 950, 1100"): every group round.
  if (groups.length > 2 && groups.every((g) => /^[1-9]\d{1,3}$/.test(g) && g.endsWith("0"))) return true;
  if (/\d\.\d{1,2}(?!\d)/.test(body) && !/^\+/.test(body)) return true;
  if (/\d,\d{3}(?!\d)/.test(body) && groups.length <= 3 && !/\d{4,}/.test(groups.slice(1).join(" "))) {
    if (!CUE_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return true;
  }
  if (/[$€£₹]\s*$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  return UNIT_AFTER.test(text.slice(end, end + 16));
}

/**
 * The regions' search runs only over runs of digit groups (7 to 15 digits): parsing is the costly part,
 * and most of a transcript has no such run.
 */
export function phones(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const raw = m[0].replace(/[\s.,(-]+$/, "");
    const start = m.index ?? 0;
    const end = start + raw.length;
    const count = digits(raw).length;
    if (count < MIN_DIGITS || count > MAX_DIGITS) continue;
    if (looksLikeFigures(text, start, end)) continue;
    const international = raw.startsWith("+") && parsePhoneNumberFromString(raw.replace(/[^\d+]/g, ""))?.isPossible();
    if (luhnValid(raw) && !international) continue;
    // libphonenumber's text search, region by region, inside the run (it may find a shorter number in it).
    let found: { startsAt: number; endsAt: number }[] = [];
    for (const region of raw.startsWith("+") ? REGIONS.slice(0, 1) : regionsFor(digits(raw))) {
      found = findPhoneNumbersInText(raw, { defaultCountry: region }).filter(
        (f) => !looksLikeFigures(text, start + f.startsAt, start + f.endsAt),
      );
      if (found.length > 0) break;
    }
    if (found.length > 0) {
      const first = Math.min(...found.map((f) => f.startsAt));
      const last = Math.max(...found.map((f) => f.endsAt));
      out.push({ start: start + first, end: start + last, category: "phone" });
      continue;
    }
    const cued =
      CUE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || CUE_AFTER.test(text.slice(end, end + 30));
    // Grouped as the reader liked ("0 4 1 2, 3 4 5, 6 7 8"), a number valid in one of the regions.
    const valid = count >= 10 && REGIONS.some((r) => parsePhoneNumberFromString(digits(raw), r)?.isValid());
    if (international || cued || valid) out.push({ start, end, category: "phone" });
  }
  return out;
}

/**
 * Dialled as people dial it: internationally, or nationally with the trunk prefix the region writes
 * ("0171 1234567", "06 12 34 56 78"). German numbering accepts almost any run of digits without its 0,
 * so "4711 0815" or "12345678 Nutzer" would otherwise be valid numbers.
 */
function saidInFull(said: string, number: PhoneNumber): boolean {
  return said.trim().startsWith("+") || digits(said) === digits(number.formatNational());
}

/** Digits enough for a number and more ("call 612 345 678 or 699 88 77 66" in one run). */
const SEARCHED_DIGITS = 12;

/** "0034 612 34 56 78": the international call prefix of the languages' countries, written as digits. */
const IDD = /^00(?=[1-9])/;

/**
 * Phone numbers of one language's countries (`LANGUAGE_REGIONS`): international ("+34 612 34 56 78",
 * "0034 612…") or national in one of the regions, and valid there by libphonenumber's metadata. Unlike
 * English there is no cue fallback: a run of digits the library does not call valid is an order number,
 * a reference or a price, whatever the words around it say. `taken`: spans already identified.
 */
export function regionalPhones(text: string, regions: readonly CountryCode[], taken: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const raw = m[0].replace(/[\s.,(-]+$/, "");
    const start = m.index ?? 0;
    // Digits of an identifier already validated (a NIR, an IBAN) are not searched again: the search is the costly part.
    if (taken.some((t) => t.start < start + raw.length && start < t.end)) continue;
    const count = digits(raw).length;
    if (count < MIN_DIGITS || count > MAX_DIGITS || looksLikeFigures(text, start, start + raw.length)) continue;
    // "2023-000123": a year and a serial, an invoice or an order.
    if (/^(?:19|20)\d{2}[-/]\d+$/.test(raw)) continue;
    const dialled = raw.replace(IDD, "+");
    const searched = dialled.startsWith("+") ? regions.slice(0, 1) : regions;
    // Read in groups with commas ("612, 345, 678" from "seis uno dos, tres cuatro cinco, …"): the digits
    // as one number, valid in a region.
    const grouped = (r: CountryCode) => {
      const number = parsePhoneNumberFromString(digits(dialled), r);
      return number?.isValid() === true && saidInFull(digits(dialled), number);
    };
    if (/,/.test(raw) && count >= 9 && searched.some(grouped)) {
      out.push({ start, end: start + raw.length, category: "phone" });
      continue;
    }
    // The whole run as one number first (cheap); the library's text search only for runs long enough to
    // hold two numbers or a number and more digits.
    const whole = searched.some((r) => {
      const number = parsePhoneNumberFromString(dialled, r);
      return number?.isValid() === true && saidInFull(dialled, number);
    });
    if (whole) {
      out.push({ start, end: start + raw.length, category: "phone" });
      continue;
    }
    // One unbroken run of digits is one number or none: only grouped runs can hold two.
    if (count < SEARCHED_DIGITS || !/\d[\s.,-]+\d/.test(raw)) continue;
    for (const region of searched) {
      const found = findPhoneNumbersInText(dialled, { defaultCountry: region }).filter(
        (f) =>
          f.number.isValid() &&
          saidInFull(dialled.slice(f.startsAt, f.endsAt), f.number) &&
          !looksLikeFigures(text, start + f.startsAt, start + f.endsAt),
      );
      if (found.length === 0) continue;
      // "+" replaced "00": the offsets shift by one after it.
      const shift = dialled.length === raw.length ? 0 : 1;
      const first = Math.min(...found.map((f) => f.startsAt));
      const last = Math.max(...found.map((f) => f.endsAt));
      out.push({ start: start + (first === 0 ? 0 : first + shift), end: start + last + shift, category: "phone" });
      break;
    }
  }
  return out;
}
