/**
 * `normalizeSpoken` for Spanish, German, French and Italian: number words become digits as a speaker
 * reads them ("seis uno dos" is 612, "zéro six douze trente-quatre" is 061234, "tres de mayo de mil
 * novecientos noventa" is "3 de mayo de 1990", "dreiundzwanzig" 23, "am dritten Mai" "am 3. Mai"), and
 * e-mail words become symbols ("ana punto ruiz arroba gmail punto com" is "ana.ruiz@gmail.com"). The
 * result keeps a map back to the original offsets, like the English form.
 */
import type { Language } from "../language";
import { OffsetWriter, type SpokenForm } from "./offset-writer";
import { SPOKEN_VOCABULARY, type SpokenVocabulary } from "./spoken-words";

interface Token {
  lower: string;
  start: number;
  end: number;
}

/** Words, and each other character alone; hyphens split words ("vingt-deux" is "vingt", "-", "deux"). */
function tokenize(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu)].map((m) => ({
    lower: m[0].toLowerCase(),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

type Piece = { kind: "value"; value: number } | { kind: "hundred" } | { kind: "thousand" } | { kind: "joiner" };

/** German ordinals ("dritten", "zwanzigste"): the stem before the ordinal ending, and its value. */
const DE_ORDINAL_ENDINGS = ["sten", "ster", "stem", "stes", "ste", "ten", "ter", "tem", "tes", "te"];
const DE_ORDINAL_STEMS: Record<string, number> = { ers: 1, drit: 3, sieb: 7, ach: 8 };

const pieceCache = new Map<string, Piece[] | null>();

/** A word as number pieces: one for a plain number word, several for a compound ("neunzehnhundertneunzig"). */
function piecesOf(word: string, v: SpokenVocabulary): Piece[] | null {
  if (word in v.values) return [{ kind: "value", value: v.values[word] ?? 0 }];
  if (word in v.hundreds) return [{ kind: "value", value: v.hundreds[word] ?? 0 }];
  if (v.hundred.has(word)) return [{ kind: "hundred" }];
  if (v.thousand.has(word)) return [{ kind: "thousand" }];
  if (!v.compounds || word.length < 6) return null;
  const key = `${v === SPOKEN_VOCABULARY.de ? "de" : "it"}:${word}`;
  if (pieceCache.has(key)) return pieceCache.get(key) ?? null;
  const found = splitCompound(word, v);
  pieceCache.set(key, found);
  return found;
}

/** Longest parts first, backtracking: "millenovecentonovanta" is mille + nove + cento + novanta. */
function splitCompound(word: string, v: SpokenVocabulary): Piece[] | null {
  if (!word) return [];
  for (let cut = word.length; cut >= 2; cut -= 1) {
    const head = word.slice(0, cut);
    const piece =
      head in v.values && !v.weak.has(head)
        ? ({ kind: "value", value: v.values[head] ?? 0 } as Piece)
        : v.hundred.has(head)
          ? ({ kind: "hundred" } as Piece)
          : v.thousand.has(head)
            ? ({ kind: "thousand" } as Piece)
            : head === "ein" || head === "un"
              ? ({ kind: "value", value: 1 } as Piece)
              : null;
    if (!piece) continue;
    const rest = splitCompound(word.slice(cut), v);
    if (rest) return [piece, ...rest];
  }
  return null;
}

/** A number being read: thousands and the part below a thousand ("mil novecientos noventa"). */
interface Reading {
  total: number;
  small: number;
  started: boolean;
}

/** Whether `value` continues the number being read (30 + 4) or starts a new group, as digits read one by one do. */
function continues(r: Reading, value: number, french: boolean): boolean {
  if (!r.started || value === 0) return false;
  const small = r.small;
  if (small === 0) return r.total > 0;
  if (small % 10 !== 0) return false;
  // "soixante-douze", "quatre-vingt-dix-sept": French counts 70-79 and 90-99 from 60 and 80.
  if (small % 100 !== 0) return value < 10 || (french && (small % 100 === 60 || small % 100 === 80) && value < 20);
  return value < 100;
}

export function normalizeSpokenIn(text: string, language: Exclude<Language, "en">): SpokenForm {
  const v = SPOKEN_VOCABULARY[language];
  const tokens = tokenize(text);
  const writer = new OffsetWriter(text);
  const emit = (piece: string, start: number, end: number, joined = false) => writer.emit(piece, start, end, joined);
  const isNumberWord = (t: Token | undefined) =>
    t !== undefined && (piecesOf(t.lower, v) !== null || /^\d+$/.test(t.lower) || t.lower in v.repeat);
  for (let i = 0; i < tokens.length;) {
    const t = tokens[i] as Token;
    const symbol = symbolAt(tokens, i, v, text);
    if (symbol) {
      emit(symbol.text, t.start, (tokens[symbol.next - 1] as Token).end, true);
      writer.glue = true;
      i = symbol.next;
      continue;
    }
    const ordinal = ordinalOf(t.lower, v, language);
    if (ordinal !== null) {
      emit(language === "de" ? `${ordinal}.` : String(ordinal), t.start, t.end);
      i += 1;
      continue;
    }
    const weakAlone = v.weak.has(t.lower) && !isNumberWord(tokens[i + 1]) && !isNumberWord(tokens[i - 1]);
    if (!weakAlone && (piecesOf(t.lower, v) || (t.lower in v.repeat && isNumberWord(tokens[i + 1])))) {
      const run = readRun(tokens, i, v, language === "fr");
      if (run) {
        emit(run.text, t.start, (tokens[run.next - 1] as Token).end);
        i = run.next;
        continue;
      }
    }
    emit(text.slice(t.start, t.end), t.start, t.end);
    i += 1;
  }
  return writer.form();
}

function ordinalOf(word: string, v: SpokenVocabulary, language: Language): number | null {
  if (word in v.ordinals) return v.ordinals[word] ?? null;
  if (language !== "de" || word.length < 4) return null;
  for (const ending of DE_ORDINAL_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem in DE_ORDINAL_STEMS) return DE_ORDINAL_STEMS[stem] ?? null;
    const pieces = stem.length >= 3 ? piecesOf(stem, v) : null;
    const value = pieces?.length === 1 && pieces[0]?.kind === "value" ? pieces[0].value : 0;
    // Days of the month only: "der dritte", "am einunddreißigsten".
    if (value >= 2 && value <= 31) return value;
  }
  return null;
}

const starts = new WeakMap<SpokenVocabulary, Set<string>>();
/** The first words of the symbol words ("guion" of "guion bajo"): most tokens are none, and are passed at once. */
function symbolStarts(v: SpokenVocabulary): Set<string> {
  let known = starts.get(v);
  if (!known) {
    known = new Set(v.symbols.map(([words]) => words.split(" ")[0] ?? ""));
    starts.set(v, known);
  }
  return known;
}

/** The symbol word at `i` between two words ("ana punto ruiz"), or null. */
function symbolAt(
  tokens: Token[],
  i: number,
  v: SpokenVocabulary,
  text: string,
): { text: string; next: number } | null {
  const word = tokens[i]?.lower ?? "";
  if (!symbolStarts(v).has(word)) return null;
  const prev = tokens[i - 1];
  if (!prev || !/^[\p{L}\p{N}]/u.test(prev.lower) || v.determiners.has(prev.lower)) return null;
  for (const [words, symbol] of v.symbols) {
    const parts = words.split(" ");
    if (!parts.every((p, k) => tokens[i + k]?.lower === p)) continue;
    const next = tokens[i + parts.length];
    if (!next || !/^[\p{L}\p{N}]/u.test(next.lower) || v.determiners.has(next.lower)) return null;
    // "dann punkt zwei": a symbol sits between parts written together, never across a comma or a pause.
    const span = text.slice(prev.end, next.start);
    if (/[,;:!?]/.test(span)) return null;
    return { text: symbol, next: i + parts.length };
  }
  return null;
}

/** Reads number words from `i` as a speaker reads digits and numbers; the digits written, and the index after. */
function readRun(
  tokens: Token[],
  i: number,
  v: SpokenVocabulary,
  french: boolean,
): { text: string; next: number } | null {
  const groups: string[] = [];
  let r: Reading = { total: 0, small: 0, started: false };
  const flush = () => {
    if (r.started) groups.push(String(r.total + r.small));
    r = { total: 0, small: 0, started: false };
  };
  let j = i;
  let last = i;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    const next = tokens[j + 1];
    if (t.lower in v.repeat && next && next.lower in v.values && (v.values[next.lower] ?? 10) < 10) {
      flush();
      groups.push(String(v.values[next.lower]).repeat(v.repeat[t.lower] ?? 1));
      j += 2;
      last = j;
      continue;
    }
    // "quatre-vingt-dix", "zwei-drei": a hyphen between number words is no pause.
    if (t.lower === "-" && r.started && next && piecesOf(next.lower, v)) {
      j += 1;
      continue;
    }
    // "treinta y cuatro", "soixante et onze": a joiner between tens and what follows them.
    if (v.joiners.has(t.lower) && r.started && r.small % 10 === 0 && r.small % 100 !== 0 && next) {
      const after = piecesOf(next.lower, v);
      const value = after?.[0]?.kind === "value" ? after[0].value : -1;
      if (value > 0 && continues(r, value, french)) {
        j += 1;
        continue;
      }
    }
    const pieces = piecesOf(t.lower, v);
    if (!pieces) break;
    for (const p of pieces) {
      if (p.kind === "hundred") {
        if (r.small >= 100) flush();
        r = { ...r, small: (r.small || 1) * 100, started: true };
      } else if (p.kind === "thousand") {
        r = { total: r.total + (r.small || 1) * 1000, small: 0, started: true };
      } else if (p.kind === "value") {
        // "quatre-vingt": four twenties.
        if (french && p.value === 20 && r.small % 100 === 4) r = { ...r, small: r.small + 76 };
        else if (continues(r, p.value, french)) r = { ...r, small: r.small + p.value };
        else {
          flush();
          r = { total: 0, small: p.value, started: true };
        }
      }
    }
    j += 1;
    last = j;
  }
  flush();
  return groups.length > 0 ? { text: groups.join(""), next: last } : null;
}
