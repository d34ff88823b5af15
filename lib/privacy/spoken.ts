/**
 * Speech models write what people say: "dana dot w at proton dot me", "oh seven seven double oh nine",
 * "twenty two elm street", "the fourteenth of march nineteen ninety". `normalizeSpoken` rewrites those
 * forms into written ones ("dana.w at proton.me", "07700 9…", "22 elm street", "the 14th of march 1990")
 * and keeps a map back to the original offsets, so the structured detectors run once on each form and
 * every span they find is replaced in the original text.
 *
 * Written by hand: number words here are read as a speaker reads digits ("four one five" is 415, not
 * 4 + 1 + 5; "nineteen ninety" is 1990), which cardinal-number parsers (compromise-numbers) do not do,
 * and they keep no character offsets.
 */
import { OffsetWriter, type SpokenForm } from "./offset-writer";

const UNITS: Record<string, number> = {
  zero: 0,
  oh: 0,
  o: 0,
  nought: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ORDINAL_UNITS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
};
const ORDINALS: Record<string, number> = {
  ...ORDINAL_UNITS,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};
const REPEAT: Record<string, number> = { double: 2, triple: 3 };
/** "oh" and "o" are zero only beside another number ("oh seven", "four oh five"), never alone ("oh, I see"). */
const WEAK_ZERO = new Set(["oh", "o"]);
const SYMBOL: Record<string, string> = { dot: ".", slash: "/", underscore: "_", dash: "-", hyphen: "-" };
/** "a dot on the map": after a determiner, or before these words, "dot" is a word, not a separator. */
const DETERMINERS = new Set("a an the this that my your one".split(" "));
const NOT_AFTER_SYMBOL = new Set("on of and or is was with for the a an to".split(" "));

const suffix = (n: number) => {
  const t = n % 100;
  if (t >= 11 && t <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
};

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[^\s\p{L}\p{N}]/gu)) {
    const start = m.index ?? 0;
    out.push({
      text: m[0],
      lower: m[0].toLowerCase(),
      start,
      end: start + m[0].length,
      isWord: /[\p{L}\p{N}]/u.test(m[0]),
    });
  }
  return out;
}

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/;
/** "second" is the ordinal only in a date ("the second of may", "march second"), not the unit of time. */
function isDateSecond(tokens: Token[], j: number): boolean {
  const prev = tokens[j - 1]?.lower ?? "";
  return prev === "the" || MONTHS.test(prev) || tokens[j + 1]?.lower === "of";
}

const isNumberWord = (w: string) =>
  w in UNITS || w in TEENS || w in TENS || w in ORDINALS || w === "hundred" || w === "thousand";

/**
 * Reads a run of number words starting at `i`; returns the written form and the index after the run,
 * or null when there is no run (or only a weak zero standing alone).
 */
function readNumberRun(tokens: Token[], i: number): { text: string; next: number } | null {
  const groups: string[] = [];
  let j = i;
  let strong = 0;
  let ordinal = false;
  while (j < tokens.length && !ordinal) {
    const w = tokens[j]?.lower ?? "";
    const next = tokens[j + 1]?.lower ?? "";
    if ((w === "a" || w === "one") && (next === "hundred" || next === "thousand") && groups.length === 0) {
      // "a hundred and twenty percent"
      groups.push("1");
      strong += 1;
      j += 1;
    } else if (w in REPEAT && next in UNITS) {
      groups.push(String(UNITS[next]).repeat(REPEAT[w] ?? 1));
      strong += 1;
      j += 2;
    } else if (w in UNITS) {
      groups.push(String(UNITS[w]));
      if (!WEAK_ZERO.has(w)) strong += 1;
      j += 1;
    } else if (w in TEENS) {
      groups.push(String(TEENS[w]));
      strong += 1;
      j += 1;
    } else if (w in TENS) {
      const tens = TENS[w] ?? 0;
      if (next in UNITS && !WEAK_ZERO.has(next) && UNITS[next] !== 0) {
        groups.push(String(tens + (UNITS[next] ?? 0)));
        j += 2;
      } else if (next in ORDINAL_UNITS) {
        groups.push(`${tens + (ORDINAL_UNITS[next] ?? 0)}`);
        ordinal = true;
        j += 2;
      } else {
        groups.push(String(tens));
        j += 1;
      }
      strong += 1;
    } else if (w in ORDINALS && (w !== "second" || isDateSecond(tokens, j))) {
      groups.push(String(ORDINALS[w]));
      ordinal = true;
      strong += 1;
      j += 1;
    } else if ((w === "hundred" || w === "thousand") && groups.length > 0) {
      const factor = w === "hundred" ? 100 : 1000;
      const base = Number(groups.pop());
      let value = base * factor;
      j += 1;
      // "two thousand and five", "five hundred and twelve": the remainder belongs to the same number.
      const and = tokens[j]?.lower === "and" ? 1 : 0;
      const rest = readSmall(tokens, j + and, factor);
      if (rest) {
        value += rest.value;
        j = rest.next;
      }
      groups.push(String(value));
    } else break;
  }
  if (groups.length === 0 || strong === 0) return null;
  const body = groups.join("");
  return { text: ordinal ? `${body}${suffix(Number(groups.at(-1)))}` : body, next: j };
}

/** A number below `limit` written as words after "hundred" / "thousand" ("and five", "twenty"). */
function readSmall(tokens: Token[], i: number, limit: number): { value: number; next: number } | null {
  const w = tokens[i]?.lower ?? "";
  const next = tokens[i + 1]?.lower ?? "";
  if (w in TEENS) return { value: TEENS[w] ?? 0, next: i + 1 };
  if (w in TENS) {
    const tens = TENS[w] ?? 0;
    if (next in UNITS && !WEAK_ZERO.has(next)) return { value: tens + (UNITS[next] ?? 0), next: i + 2 };
    return { value: tens, next: i + 1 };
  }
  if (w in UNITS && !WEAK_ZERO.has(w)) {
    const unit = UNITS[w] ?? 0;
    if (limit === 1000 && next === "hundred") {
      const rest = tokens[i + 2]?.lower === "and" ? readSmall(tokens, i + 3, 100) : readSmall(tokens, i + 2, 100);
      return { value: unit * 100 + (rest?.value ?? 0), next: rest?.next ?? i + 2 };
    }
    return { value: unit, next: i + 1 };
  }
  return null;
}

const MIN_SPELLED_LETTERS = 3;
/** How many single letters in a row start at `i`, separated by single spaces (0 when fewer than three). */
function spelledRun(tokens: Token[], i: number): number {
  let n = 0;
  while (i + n < tokens.length) {
    const t = tokens[i + n] as Token;
    if (!/^\p{L}$/u.test(t.text)) break;
    if (n > 0 && t.start - (tokens[i + n - 1] as Token).end !== 1) break;
    n += 1;
  }
  return n >= MIN_SPELLED_LETTERS ? n : 0;
}

export type { SpokenForm } from "./offset-writer";

export function normalizeSpoken(text: string): SpokenForm {
  // "twenty-five", "two-hundred": a hyphen between number words joins them into one number.
  const tokens = tokenize(text).filter(
    (t, i, all) => !(t.text === "-" && isNumberWord(all[i - 1]?.lower ?? "") && isNumberWord(all[i + 1]?.lower ?? "")),
  );
  const writer = new OffsetWriter(text);
  const emit = (piece: string, start: number, end: number, joined = false) => writer.emit(piece, start, end, joined);
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (
      t.lower in SYMBOL &&
      prev?.isWord &&
      next?.isWord &&
      !DETERMINERS.has(prev.lower) &&
      !NOT_AFTER_SYMBOL.has(next.lower)
    ) {
      emit(SYMBOL[t.lower] ?? "", t.start, t.end, true);
      writer.glue = true;
      i += 1;
      continue;
    }
    if (t.lower === "plus" && next && (next.lower in UNITS || /^\d/.test(next.text))) {
      emit("+", t.start, t.end, false);
      writer.glue = true;
      i += 1;
      continue;
    }
    if (t.lower === "at" && next?.lower === "the" && tokens[i + 2]?.lower === "rate") {
      const end = tokens[i + 3]?.lower === "of" ? (tokens[i + 3] as Token).end : (tokens[i + 2] as Token).end;
      emit("at", t.start, end, false);
      i += tokens[i + 3]?.lower === "of" ? 4 : 3;
      continue;
    }
    // Spelled out: "d e s m o n d" is "desmond", "D O B" is "DOB" (three letters or more in a row).
    const letters = spelledRun(tokens, i);
    if (letters > 0) {
      const last = tokens[i + letters - 1] as Token;
      emit(
        tokens
          .slice(i, i + letters)
          .map((x) => x.text)
          .join(""),
        t.start,
        last.end,
        false,
      );
      i += letters;
      continue;
    }
    if (
      isNumberWord(t.lower) ||
      (t.lower in REPEAT && next && next.lower in UNITS) ||
      (t.lower === "a" && (next?.lower === "hundred" || next?.lower === "thousand"))
    ) {
      const run = readNumberRun(tokens, i);
      if (run) {
        const last = tokens[run.next - 1] as Token;
        emit(run.text, t.start, last.end, false);
        i = run.next;
        continue;
      }
    }
    emit(t.text, t.start, t.end, false);
    i += 1;
  }
  return writer.form();
}
