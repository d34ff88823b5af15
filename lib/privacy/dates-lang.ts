/**
 * Dates of birth in Spanish, German, French and Italian, after `normalizeSpokenIn` turned the words into
 * figures: "nací el 3 de mayo de 1990", "mi fecha de nacimiento es 03/05/1990", "geboren am 3. Mai
 * 1990", "ich bin am 3. Mai 1990 geboren", "je suis née le 3 mai 1990", "sono nato il 3 maggio 1990".
 * Only a date next to a birth cue is taken: "empecé el 3 de mayo de 2019" stays.
 */
import type { Language } from "../language";
import type { Span } from "./categories";

type Other = Exclude<Language, "en">;

const MONTHS: Record<Other, string> = {
  es: "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre",
  de: "januar|jänner|februar|märz|maerz|april|mai|juni|juli|august|september|oktober|november|dezember|jan\\.?|feb\\.?|aug\\.?|sept?\\.?|okt\\.?|nov\\.?|dez\\.?",
  fr: "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre",
  it: "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre",
};
/** The birth cue: a verb of being born, or the words for date of birth and birthday. */
const CUES: Record<Other, string> = {
  es: "nac[ií](?:do|da|mos)?|nacimiento|cumpleaños|cumpleanos|cumplo (?:años|anos)",
  de: "geboren|geburtsdatum|geburtstag|geb\\.|geburtsjahr|jahrgang",
  fr: "né|née|nés|nées|nee|naissance|anniversaire",
  it: "nat[oai]|nascita|compleanno",
};
/** The year after a month: "de 1990", "del 90", "1990". */
const YEAR: Record<Other, string> = {
  es: "(?:,?\\s+(?:de|del)\\s+|,?\\s+)(?:\\d{4}|\\d{2})",
  de: "(?:,?\\s+)(?:\\d{4}|'?\\d{2})",
  fr: "(?:,?\\s+)(?:\\d{4}|\\d{2})",
  it: "(?:,?\\s+(?:del\\s+)?)(?:\\d{4}|\\d{2})",
};
const WINDOW_CHARS = 45;

const patterns = new Map<Other, { date: RegExp; cue: RegExp; year: RegExp }>();
function patternsFor(language: Other) {
  let p = patterns.get(language);
  if (!p) {
    const month = `(?:${MONTHS[language]})`;
    const day = "\\d{1,2}(?:\\.|º|°|er|ª)?";
    const date = [
      `${day}\\s+(?:de\\s+)?${month}(?![\\p{L}])(?:${YEAR[language]}(?!\\d))?`,
      "\\d{1,2}\\s?[/.-]\\s?\\d{1,2}\\s?[/.-]\\s?(?:\\d{4}|\\d{2})(?!\\d)",
      "\\d{4}-\\d{2}-\\d{2}",
      `${month}\\s+(?:de\\s+|del\\s+)?\\d{4}(?!\\d)`,
    ].join("|");
    p = {
      date: new RegExp(`(?<![\\p{L}\\d])(?:${date})`, "giu"),
      cue: new RegExp(`(?<![\\p{L}])(?:${CUES[language]})(?![\\p{L}])`, "giu"),
      // "nací en 1990", "geboren 1990", "né en 1990", "nato nel 1990": a year alone, straight after the cue.
      year: /^\s+(?:(?:en|im|jahr|en l'an|nel|in|el año|año)\s+)*((?:19|20)\d{2})(?!\d)/iu,
    };
    patterns.set(language, p);
  }
  return p;
}

export function datesOfBirthIn(text: string, language: Other): Span[] {
  const { date, cue, year } = patternsFor(language);
  const dates = [...text.matchAll(date)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const out: Span[] = [];
  for (const c of text.matchAll(cue)) {
    const cueStart = c.index ?? 0;
    const cueEnd = cueStart + c[0].length;
    const bare = year.exec(text.slice(cueEnd, cueEnd + 20));
    if (bare?.[1]) {
      const at = cueEnd + bare[0].length - bare[1].length;
      out.push({ start: at, end: at + 4, category: "dob" });
    }
    // The date nearest the cue: "nací el 3 de mayo de 1990 y empecé el 3 de mayo de 2019" has one birth date.
    const after = dates.find(
      (d) => d.start >= cueEnd && d.start - cueEnd <= WINDOW_CHARS && !/[.!?;]\s/.test(text.slice(cueEnd, d.start)),
    );
    // German puts the participle last: "ich bin am 3. Mai 1990 geboren".
    const before =
      language === "de"
        ? dates.findLast(
            (d) => d.end <= cueStart && cueStart - d.end <= 20 && !/[.!?;,]/.test(text.slice(d.end, cueStart)),
          )
        : undefined;
    for (const d of [after, before]) if (d) out.push({ ...d, category: "dob" });
  }
  return out;
}
