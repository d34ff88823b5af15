/**
 * The structured detectors for an interview in Spanish, German, French or Italian: the written and the
 * spoken form (`normalizeSpokenIn`) in one pass, like English, with each language's phones (the regions
 * of `LANGUAGE_REGIONS`), streets and dates of birth, and the validated national identifiers and IBANs
 * that every language shares.
 */
import type { CountryCode } from "libphonenumber-js/max";
import { LANGUAGE_REGIONS } from "../language";
import { addressesIn } from "./addresses-lang";
import type { Span } from "./categories";
import { emails, profiles } from "./contacts";
import { datesOfBirthIn } from "./dates-lang";
import { nationalIds } from "./national-ids";
import { cards, ips } from "./patterns";
import type { Other } from "./people-cues";
import { regionalPhones } from "./phones";
import { normalizeSpokenIn } from "./spoken-lang";

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

export function structuredSpansIn(text: string, language: Other): Span[] {
  const spoken = normalizeSpokenIn(text, language);
  const written = spoken.text;
  const ids = nationalIds(written);
  // A validated identifier is not also a phone or a card number read out of its digits.
  const numbers = [
    ...regionalPhones(written, LANGUAGE_REGIONS[language] as CountryCode[], ids),
    ...cards(written),
  ].filter((s) => !ids.some((id) => overlaps(id, s)));
  const found = [
    ...ids,
    ...numbers,
    ...emails(written),
    ...profiles(written),
    ...ips(written),
    ...addressesIn(written, language),
    ...datesOfBirthIn(written, language),
  ];
  return found.map((s) => ({ ...s, ...spoken.toOriginal(s.start, s.end) }));
}
