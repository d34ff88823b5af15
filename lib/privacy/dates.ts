/**
 * Dates of birth, written or said ("born on the 14th of march 1990" once `normalizeSpoken` turned the
 * words into figures; "my birthday is 3rd of June 1988"; "DOB 1992-07-04"; "born in 1987 on the 2nd of
 * may"). Only dates tied to a birth cue are taken: "we launched on 3 March 2021" stays.
 */
import type { Span } from "./categories";

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const DAY = "\\d{1,2}(?:st|nd|rd|th)?";
const PART = `(?:\\d{1,2}(?:[/.-]|,? )\\d{1,2}(?:[/.-]|,? )\\d{2,4}\\b|\\d{4}[/.]\\d{1,2}[/.]\\d{1,2}|\\d{6}(?:\\d{2})?\\b|\\d{4}-\\d{2}-\\d{2}|(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}\\b|${MONTH}\\.?\\s+(?:the\\s+)?${DAY}\\b|(?:19|20)\\d{2}\\b)`;
/** Date parts in a row, joined by what people put between them ("on the", ", ", "in"). */
const DATE_RUN = new RegExp(`${PART}(?:(?:\\s*,\\s*|\\s+(?:on|in|of)?\\s*(?:the\\s+)?)${PART})*`, "iu");
const CUE = /\b(?:born|birth(?:day|date)?|date of birth|d\.? ?o\.? ?b\.?)(?![\p{L}])/giu;
const WINDOW_CHARS = 40;

/** A full date (day, month and year) of a year people now working were born in. */
const FULL_DATE = new RegExp(
  `(?:(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}|${MONTH}\\.?\\s+(?:the\\s+)?${DAY}),?\\s+((?:19|20)\\d{2})\\b`,
  "giu",
);
const BIRTH_YEARS = { from: 1940, to: 2008 };
const EVENT_WORDS =
  /\b(?:launch|launched|ship|shipped|release|released|join|joined|start|started|left|found|founded|migrat\w*|deploy\w*|went live|moved|hired|promoted|graduat\w*|outage|incident|deadline|meeting|interview|contract|signed|quit|resigned|acquired|ipo)\b/i;

/**
 * Without a birth cue, a full date of a plausible birth year said about oneself, with no event in the
 * sentence ("i'm a leap year baby, february 29th 2000"), is a date of birth; "we launched on 3 March 2005"
 * is not.
 */
function uncuedBirthDates(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(FULL_DATE)) {
    const year = Number(m[1]);
    if (year < BIRTH_YEARS.from || year > BIRTH_YEARS.to) continue;
    const start = m.index ?? 0;
    const sentenceStart =
      Math.max(text.lastIndexOf(".", start), text.lastIndexOf("?", start), text.lastIndexOf("!", start)) + 1;
    const sentenceEnd = text.slice(start).search(/[.!?](?:\s|$)/);
    const sentence = text.slice(sentenceStart, sentenceEnd < 0 ? text.length : start + sentenceEnd);
    if (!/\b(?:i|i'm|i am|my|me)\b/i.test(sentence) || EVENT_WORDS.test(sentence)) continue;
    out.push({ start, end: start + m[0].length, category: "dob" });
  }
  return out;
}

export function datesOfBirth(text: string): Span[] {
  const out: Span[] = uncuedBirthDates(text);
  for (const cue of text.matchAll(CUE)) {
    const from = (cue.index ?? 0) + cue[0].length;
    const window = text.slice(from, from + WINDOW_CHARS);
    const m = DATE_RUN.exec(window);
    // "born in eighty nine": a two-digit year straight after "born in".
    const short = /^\s+in\s+(\d{2})\b/.exec(window);
    if (short && (!m || m.index >= short[0].length)) {
      const at = from + short[0].length - 2;
      out.push({ start: at, end: at + 2, category: "dob" });
    }
    if (!m) continue;
    // A bare year counts only straight after "born in" ("born in 1987"), not "birthday party in 2019".
    const isBareYear = /^(?:19|20)\d{2}$/.test(m[0]);
    if (isBareYear && !/^\s*(?:in|around|circa)?\s*$/i.test(window.slice(0, m.index))) continue;
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, category: "dob" });
  }
  return out;
}
