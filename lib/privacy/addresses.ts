/**
 * Street addresses and postcodes as people say them in the US, UK, EU and India: "22 elm street
 * apartment 3b", "48 Baker Street, London NW1 6XE", "Calle de Alcalá 45, 28014 Madrid", "Hauptstraße 12",
 * "12 rue de Rivoli", "Flat 4B, Sector 21, Gurgaon 122016", "my postcode is SW1A 1AA", "zip code 94107".
 * The whole address is one span, city and postcode included, so no fragment is left behind. Lower-case
 * street names (a speech model's output) need a cue ("I live at", a flat number, a postcode after it):
 * "5 miles down the road" and "4 hard drive" are not addresses.
 */
import type { Span } from "./categories";
import { spans } from "./pattern-utils";

const SUFFIX =
  "(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way|place|pl|terrace|parkway|pkwy|close|crescent|square|sq|highway|hwy|gardens|grove|mews|row|hill|circle|cir|trail|walk)";
const UNIT_WORD = "(?:apt|apartment|unit|suite|flat|floor|#)";
const UNIT = `${UNIT_WORD}\\.?\\s*(?:no\\.?\\s*)?[a-z]?\\d+[a-z]?\\b`;
const US_STATE =
  "(?:A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[DLNA]|K[SY]|LA|M[EDAINSOT]|N[EVHJMYCD]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[TA]|W[AVIY])";
const UK_POSTCODE = "[a-zA-Z]{1,2}\\d[a-zA-Z\\d]?\\s?\\d[abd-hjlnp-uw-zABD-HJLNP-UW-Z]{2}";
/** A city of one or two words; a second word that runs into digits is a postcode ("London NW1 6XE"). */
const CITY = "[\\p{L}][\\p{L}'’.-]*(?:\\s[\\p{Lu}][\\p{L}'’.-]*(?![\\p{L}\\d]))?";
/** Words that never sit inside a street name: "5 miles down the road". */
const NOT_IN_STREET = new Set(
  "the a an of on in to down up at by from for with my our your his her their this that and or but is was are were be miles mile km kilometres blocks minutes hard external".split(
    " ",
  ),
);
const ADDRESS_CUE =
  /\b(?:live|lived|living|lives|address|moved|move|based|located|stay|staying|reside|residing|house|home|office|send it to|deliver|at)\b[^.\n]{0,12}$/i;

const TAIL = `(?:,?\\s*${UNIT})?(?:,?\\s+(?!(?:and|but|so|then|which|where|i|we)\\b)${CITY})?(?:,?\\s*${US_STATE}\\b)?(?:,?\\s*(?:\\d{5}(?:-\\d{4})?|${UK_POSTCODE}))?`;
const NUMBER_FIRST = new RegExp(
  `(?:\\b${UNIT},?\\s+)?\\b\\d{1,6}[a-z]?,?\\s+((?:[\\p{L}][\\p{L}'’.-]*\\s+){1,4})${SUFFIX}\\b\\.?(?:,?\\s*${UNIT})?`,
  "giu",
);
const TAIL_RE = new RegExp(`^${TAIL}`, "u");

function numberFirst(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(NUMBER_FIRST)) {
    const words = (m[1] ?? "").trim().split(/\s+/);
    if (words.some((w) => NOT_IN_STREET.has(w.toLowerCase()))) continue;
    const start = m.index ?? 0;
    let end = start + m[0].length;
    const capitalised = words.every((w) => /^\p{Lu}/u.test(w));
    const tail = TAIL_RE.exec(text.slice(end));
    const tailText = tail?.[0] ?? "";
    const hasUnitOrCode = new RegExp(UNIT_WORD, "i").test(m[0]) || /\d/.test(tailText);
    const cued = ADDRESS_CUE.test(text.slice(Math.max(0, start - 30), start));
    if (!capitalised && !cued && !hasUnitOrCode) continue;
    // The city is kept only when it is capitalised or a postcode follows it (a lower-case word after a
    // street is usually the sentence going on).
    if (tail && (/\d/.test(tailText) || /,\s*\p{Lu}/u.test(tailText) || /^\s+\p{Lu}/u.test(tailText)))
      end += tailText.length;
    else {
      const unitOnly = new RegExp(`^,?\\s*${UNIT}`, "iu").exec(text.slice(end));
      if (unitOnly) end += unitOnly[0].length;
    }
    out.push({ start, end, category: "address" });
  }
  return out;
}

/** "Calle de Alcalá 45", "Via Roma 12", "rue de Rivoli" after its number, "Hauptstraße 12". */
const ROMANCE_STREET = new RegExp(
  `\\b(?:calle|c\\/|avenida|avda\\.?|plaza|paseo|carrer|camino|ronda|via|viale|piazza|corso|largo|rua|travessa|praça|ulica|ul\\.|aleja|al\\.|plac|straat|laan|gracht|weg)\\s+(?:(?:de la|de los|de las|del|de|della|di|da|do|dos|das)\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2}?,?\\s+(?:n\\.?º?\\s*)?\\d{1,4}[a-z]?\\b(?:,?\\s*\\d{5}(?:\\s+${CITY})?)?`,
  "giu",
);
const FRENCH_STREET = new RegExp(
  `\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|boulevard|bd|place|chemin|allée|impasse|quai|route|cours)\\s+(?:(?:de la|de l'|des|du|de|d')\\s*)?[\\p{L}'’-]+(?:\\s+(?!\\d)[\\p{L}'’-]+){0,2}?(?=[,.]|\\s+\\d{5}|\\s*$|\\s+(?:and|et|but|which|where|in|à)\\b)(?:,?\\s*\\d{5}(?:\\s+${CITY})?)?`,
  "giu",
);
const GERMAN_STREET = new RegExp(
  `\\b[\\p{L}-]*(?:straße|strasse|str\\.|weg|allee|platz|gasse|damm|ufer|chaussee|straat|laan|gracht|plein|kade|singel|steeg|dreef)\\s+\\d{1,4}[a-z]?\\b(?:,?\\s*\\d{5}(?:\\s+${CITY})?)?`,
  "giu",
);
/** "1185 west addison": a number, a compass point and a street name (US grid addresses), with a cue. */
const GRID = /\b\d{1,6}\s+(?:north|south|east|west|n|s|e|w)\.?\s+[\p{L}][\p{L}'’-]+\b/giu;

/** "Sector 21, Gurgaon 122016", "Flat 4B, Sector 21": Indian addresses name sectors and blocks. */
const INDIAN = new RegExp(
  `(?:\\b${UNIT},?\\s+)?\\b(?:sector|block|phase)\\s+\\d{1,3}[a-z]?\\b(?:,?\\s+${CITY})?(?:,?\\s*\\d{6}\\b)?`,
  "giu",
);
const POSTCODE_CUE =
  /\b(?:post ?code|postal code|zip(?: ?code)?|pin ?code|pincode|plz|código postal|code postal)\b(?:\s+(?:here|there))?(?:\s+(?:is|was|it's))?[:\s]+((?:[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2})|[a-z]\s?\d\s?[a-z]\s?\d\s?[a-z]\s?\d|\d{3}-\d{4}|\d{4}\s?[a-z]{2}|\d{5}(?:-\d{4})?|\d{6}|\d{3}\s\d{3}|\d{4,5})\b/giu;
/** Japanese block addresses ("5-12-3 Shibuya, Tokyo 150-0002"). */
const JAPANESE = new RegExp(`\\b\\d{1,2}-\\d{1,2}-\\d{1,3}\\s+${CITY}(?:,\\s*${CITY})?(?:,?\\s*\\d{3}-\\d{4})?`, "gu");
/** Indian house and cross-road addresses ("house number 46, 2nd cross, indiranagar", "flat 204, sai krupa apartments"). */
const INDIAN_HOUSE = new RegExp(
  `\\b(?:(?:house|door|plot|flat|h)\\.?\\s+(?:number|no\\.?|num)\\s*\\d+[a-z]?|(?:flat|apartment|apt|unit|suite|house|door)\\s+(?:no\\.?\\s*)?\\d+[a-z]?,\\s*[\\p{L}\\s]{2,40}?\\b(?:apartments|residency|towers|enclave|heights|layout|nagar|colony|society|complex|villas|mansions|court|house)\\b)(?:,?\\s+\\d{1,2}(?:st|nd|rd|th)\\s+(?:cross|main|block|stage|phase|floor|street|road)\\b)?(?:,\\s*${CITY})?`,
  "giu",
);
/** A UK postcode on its own ("London NW1 6XE"); "EC2 4GB" (a server and its memory) is not one. */
const UK_POSTCODE_ALONE = new RegExp(`\\b${UK_POSTCODE}\\b`, "gu");
const SIZE_INWARD = /\d(?:gb|mb|kb|tb|pb)$/i;
const CITY_AND_CODE =
  /\b(?:\d{5}\s+[\p{Lu}][\p{L}-]+|\d{2}-\d{3}\s+[\p{Lu}][\p{L}-]+|[\p{Lu}][\p{L}]+(?:\s*[,-]\s*|\s+)\d{6})\b/gu;
const STATE_NAMES =
  "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming";
const ZIP_AFTER_STATE = new RegExp(`\\b${US_STATE}\\s+\\d{5}(?:-\\d{4})?\\b`, "g");
/** Australian "VIC 3134" and Dutch "1073 LT Amsterdam" postcodes. */
const AU_POSTCODE = /\b(?:VIC|NSW|QLD|ACT|TAS|NT|SA|WA)\s+\d{4}\b/g;
const NL_POSTCODE = /\b\d{4}\s?[A-Z]{2}(?=\s+\p{Lu}\p{L}+)/gu;
const ZIP_AFTER_STATE_NAME = new RegExp(`\\b(?:${STATE_NAMES})\\s*,?\\s+\\d{5}(?:-\\d{4})?\\b`, "gi");

function ukPostcodes(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(new RegExp(UK_POSTCODE_ALONE.source, "giu"))) {
    const code = m[0];
    const upper = code === code.toUpperCase();
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - 40), start);
    const cued =
      /post ?code|postal|\b(?:london|manchester|leeds|bristol|glasgow|edinburgh|cardiff|belfast|birmingham|liverpool|oxford|cambridge),?\s*$/i.test(
        before,
      );
    if (SIZE_INWARD.test(code) && !cued) continue;
    if (!upper && !cued) continue;
    if (!/\d[a-z]{2}$/i.test(code.replace(/\s/g, ""))) continue;
    out.push({ start, end: start + code.length, category: "address" });
  }
  return out;
}

/** A postcode a few words after an address ("…, fourth floor, madrid, 28009"; "…, Ringwood VIC 3134"). */
const POSTCODE_AFTER = new RegExp(
  `^(?:[,\\s]+(?:[\\p{L}'’.-]+|\\d{1,2}(?:st|nd|rd|th)?)){0,5}?[,\\s]+(${UK_POSTCODE}|[a-z][\\s,]{0,2}\\d[\\s,]{0,2}[a-z][\\s,]{0,2}\\d[\\s,]{0,2}[a-z][\\s,]{0,2}\\d|[a-z]\\s?\\d{2}\\s?[a-z\\d](?:\\s?[a-z\\d]){3}|\\d{5,6}|\\d{3}\\s\\d{3}|\\d{2}-\\d{3}|\\d{4}|\\d{3}-\\d{4})\\b`,
  "iu",
);
const LOOKAHEAD_CHARS = 60;

function postcodesAfter(text: string, found: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of found) {
    const m = POSTCODE_AFTER.exec(text.slice(s.end, s.end + LOOKAHEAD_CHARS));
    const code = m?.[1];
    if (!m || !code || /^(?:19|20)\d{2}$/.test(code)) continue;
    const at = s.end + m[0].length - code.length;
    out.push({ start: at, end: at + code.length, category: "address" });
  }
  return out;
}

export function addresses(text: string): Span[] {
  const found = streetsAndCodes(text);
  return [...found, ...postcodesAfter(text, found)];
}

function streetsAndCodes(text: string): Span[] {
  return [
    ...numberFirst(text),
    ...spans(text, ROMANCE_STREET, "address"),
    ...spans(text, JAPANESE, "address"),
    ...spans(text, GRID, "address", (m) =>
      ADDRESS_CUE.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index ?? 0)),
    ),
    ...spans(text, INDIAN_HOUSE, "address"),
    ...spans(text, FRENCH_STREET, "address"),
    ...spans(text, GERMAN_STREET, "address"),
    ...spans(text, INDIAN, "address", (m) => /\d{6}|,\s*\p{Lu}|flat|apt|apartment|unit|house/iu.test(m[0])),
    ...spans(text, POSTCODE_CUE, "address", () => true, 1),
    ...ukPostcodes(text),
    ...spans(text, CITY_AND_CODE, "address", (m) => !/^(?:19|20)\d{3}\b/.test(m[0])),
    ...spans(text, ZIP_AFTER_STATE, "address"),
    ...spans(text, ZIP_AFTER_STATE_NAME, "address"),
    ...spans(text, AU_POSTCODE, "address"),
    ...spans(text, NL_POSTCODE, "address"),
  ];
}
