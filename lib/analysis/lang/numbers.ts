/**
 * Spoken numbers in Spanish, German, French and Italian, written as digits so the claim readers see
 * "15 años", "seit 2010", "depuis 15 ans", "da 5 anni": "quince" → 15, "veintitrés" → 23, "dos mil diez"
 * → 2010, "fünfzehn" → 15, "zweitausendzehn" → 2010, "soixante-dix" → 70, "quatre-vingt-dix" → 90,
 * "duemiladieci" → 2010. The articles that are also "one" (un, una, ein, eine, une, uno) are left as they
 * are unless part of a larger number. English is read by the scrubber's reader (`privacy/spoken.ts`).
 */
import type { Language } from "../../language";

type Other = Exclude<Language, "en">;

const table = (s: string): Record<string, number> =>
  Object.fromEntries(
    s.split(/\s+/).map((pair) => {
      const [word, n] = pair.split("=");
      return [word ?? "", Number(n)];
    }),
  );

const WORDS: Record<Other, Record<string, number>> = {
  es: table(
    "uno=1 una=1 un=1 dos=2 tres=3 cuatro=4 cinco=5 seis=6 siete=7 ocho=8 nueve=9 diez=10 once=11 doce=12 trece=13 catorce=14 quince=15 dieciséis=16 dieciseis=16 diecisiete=17 dieciocho=18 diecinueve=19 veinte=20 veintiuno=21 veintiún=21 veintiuna=21 veintidós=22 veintidos=22 veintitrés=23 veintitres=23 veinticuatro=24 veinticinco=25 veintiséis=26 veintiseis=26 veintisiete=27 veintiocho=28 veintinueve=29 treinta=30 cuarenta=40 cincuenta=50 sesenta=60 setenta=70 ochenta=80 noventa=90 cien=100 ciento=100 doscientos=200 trescientos=300 cuatrocientos=400 quinientos=500 seiscientos=600 setecientos=700 ochocientos=800 novecientos=900 mil=1000",
  ),
  fr: table(
    "un=1 une=1 deux=2 trois=3 quatre=4 cinq=5 six=6 sept=7 huit=8 neuf=9 dix=10 onze=11 douze=12 treize=13 quatorze=14 quinze=15 seize=16 vingt=20 vingts=20 trente=30 quarante=40 cinquante=50 soixante=60 septante=70 huitante=80 octante=80 nonante=90 cent=100 cents=100 mille=1000",
  ),
  de: table(
    "eins=1 ein=1 eine=1 einen=1 zwei=2 zwo=2 drei=3 vier=4 fünf=5 fuenf=5 sechs=6 sieben=7 acht=8 neun=9 zehn=10 elf=11 zwölf=12 zwoelf=12 dreizehn=13 vierzehn=14 fünfzehn=15 fuenfzehn=15 sechzehn=16 siebzehn=17 achtzehn=18 neunzehn=19 zwanzig=20 dreißig=30 dreissig=30 vierzig=40 fünfzig=50 fuenfzig=50 sechzig=60 siebzig=70 achtzig=80 neunzig=90 hundert=100 einhundert=100 tausend=1000 eintausend=1000",
  ),
  it: table(
    "uno=1 una=1 un=1 due=2 tre=3 tré=3 quattro=4 cinque=5 sei=6 sette=7 otto=8 nove=9 dieci=10 undici=11 dodici=12 tredici=13 quattordici=14 quindici=15 sedici=16 diciassette=17 diciotto=18 diciannove=19 venti=20 trenta=30 quaranta=40 cinquanta=50 sessanta=60 settanta=70 ottanta=80 novanta=90 cento=100 mille=1000 mila=1000",
  ),
};

/** "vent'anni", "trent'anni": Italian tens that lose their vowel before a vowel. */
const ELIDED_TENS: Record<string, number> = {
  vent: 20,
  trent: 30,
  quarant: 40,
  cinquant: 50,
  sessant: 60,
  settant: 70,
  ottant: 80,
  novant: 90,
};
/** Words that are "one" but mostly an article: a number only inside a larger one. */
const ARTICLES = new Set(["un", "una", "uno", "une", "ein", "eine", "einen"]);
/** "treinta y cinco", "vingt et un": the word that joins tens and units. */
const JOINERS: Record<Other, string | null> = { es: "y", fr: "et", de: null, it: null };
const GERMAN_TENS = Object.entries(WORDS.de).filter(([, n]) => n >= 20 && n < 100);
const ITALIAN_TENS = Object.entries(WORDS.it).filter(([, n]) => n >= 20 && n < 100);

/** German and Italian write numbers as one word: "zweiundzwanzig", "neunzehnhundertneunzig", "duemiladieci". */
function compound(word: string, lang: Other): number | null {
  const direct = WORDS[lang][word];
  if (direct !== undefined) return direct;
  if (word.length < 4) return null;
  const big = lang === "de" ? /^(.*?)(tausend|hundert)(.*)$/ : /^(.*?)(mila|mille|cento)(.*)$/;
  const m = big.exec(word);
  if (m) {
    const [, head = "", unit = "", tail = ""] = m;
    const factor = /tausend|mila|mille/.test(unit) ? 1000 : 100;
    const h = head === "" ? 1 : compound(head, lang);
    const t = tail === "" ? 0 : compound(tail, lang);
    return h === null || t === null || h >= factor ? null : h * factor + t;
  }
  if (lang === "de") {
    const und = /^(.+?)und(.+)$/.exec(word);
    if (!und) return null;
    const unit = compound(und[1] === "ein" ? "eins" : (und[1] ?? ""), lang);
    const tens = GERMAN_TENS.find(([w]) => w === und[2])?.[1];
    return unit !== null && unit < 10 && tens !== undefined ? tens + unit : null;
  }
  // "ventuno", "trentotto": the tens lose their last vowel before "uno" and "otto".
  for (const [w, n] of ITALIAN_TENS) {
    for (const stem of [w, w.slice(0, -1)]) {
      if (word.startsWith(stem) && word.length > stem.length) {
        const unit = WORDS.it[word.slice(stem.length)];
        if (unit !== undefined && unit < 10) return n + unit;
      }
    }
  }
  return null;
}

function valueOf(word: string, lang: Other): number | null {
  const w = word.toLowerCase();
  if (lang === "fr" && /^quatre-vingts?(?:-|$)/.test(w)) {
    const rest = w.replace(/^quatre-vingts?-?/, "");
    const tail = rest === "" ? 0 : parts(rest.split("-"), lang);
    return tail === null ? null : 80 + tail;
  }
  if (w.includes("-")) return parts(w.split("-"), lang);
  return lang === "de" || lang === "it" ? compound(w, lang) : (WORDS[lang][w] ?? null);
}

/** Adds the parts of one number, multiplying at hundreds and thousands: "dos mil diez" → 2010. */
function parts(words: string[], lang: Other): number | null {
  let total = 0;
  let current = 0;
  for (const word of words) {
    if (word === JOINERS[lang]) continue;
    const v = valueOf(word, lang);
    if (v === null) return null;
    if (v === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else if (v === 100 && current > 0 && current < 10) current *= 100;
    else current += v;
  }
  return total + current;
}

export interface NumberForm {
  text: string;
  /** The span in the original text that a span of `text` came from. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

const TOKEN = /[\p{L}]+(?:-[\p{L}]+)*/gu;

/** "por ciento", "pour cent", "per cento": a percent sign, not a hundred. */
function isPercentWord(text: string, m: RegExpMatchArray): boolean {
  return /^(?:ciento|cent|cento)$/i.test(m[0]) && /\b(?:por|pour|per)\s+$/i.test(text.slice(0, m.index ?? 0));
}

export function writeNumbers(text: string, lang: Language): NumberForm {
  if (lang === "en") return { text, toOriginal: (start, end) => ({ start, end }) };
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({
    word: m[0],
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    value: m[0].toLowerCase() === JOINERS[lang] || isPercentWord(text, m) ? null : valueOf(m[0], lang),
  }));
  // Runs of number words separated by spaces (and a joiner between tens and units).
  const runs: { start: number; end: number; value: number; spaced?: boolean }[] = [];
  for (const t of tokens) {
    const tens = lang === "it" ? ELIDED_TENS[t.word.toLowerCase()] : undefined;
    if (tens !== undefined && /['’]/.test(text[t.end] ?? ""))
      runs.push({ start: t.start, end: t.end + 1, value: tens, spaced: true });
  }
  for (let i = 0; i < tokens.length;) {
    const first = tokens[i];
    if (!first || first.value === null) {
      i += 1;
      continue;
    }
    let j = i;
    const words = [first.word.toLowerCase()];
    while (j + 1 < tokens.length) {
      const next = tokens[j + 1];
      const prev = tokens[j];
      if (!next || !prev || !/^\s+$/.test(text.slice(prev.end, next.start))) break;
      if (next.value !== null) {
        words.push(next.word.toLowerCase());
        j += 1;
        continue;
      }
      const after = tokens[j + 2];
      const isJoin =
        next.word.toLowerCase() === JOINERS[lang] &&
        after?.value !== null &&
        after !== undefined &&
        (prev.value ?? 0) % 10 === 0 &&
        (prev.value ?? 0) >= 20 &&
        (after.value ?? 100) < 20 &&
        /^\s+$/.test(text.slice(next.end, after.start));
      if (!isJoin) break;
      words.push(next.word.toLowerCase(), after.word.toLowerCase());
      j += 2;
    }
    const last = tokens[j];
    const value = parts(words, lang);
    if (last && value !== null && !(words.length === 1 && ARTICLES.has(words[0] ?? "")))
      runs.push({ start: first.start, end: last.end, value });
    i = j + 1;
  }
  let out = "";
  let at = 0;
  const spans: { from: number; to: number; start: number; end: number }[] = [];
  runs.sort((a, b) => a.start - b.start);
  for (const r of runs) {
    out += text.slice(at, r.start);
    const from = out.length;
    out += r.spaced ? `${r.value} ` : String(r.value);
    spans.push({ from, to: out.length, start: r.start, end: r.end });
    at = r.end;
  }
  out += text.slice(at);
  const back = (pos: number, isEnd: boolean): number => {
    let shift = 0;
    for (const s of spans) {
      if (pos < s.from || (isEnd && pos === s.from)) break;
      if (pos < s.to || (isEnd && pos === s.to)) return isEnd ? s.end : s.start;
      shift = s.end - s.to;
    }
    return pos + shift;
  };
  return { text: out, toOriginal: (start, end) => ({ start: back(start, false), end: back(end, true) }) };
}
