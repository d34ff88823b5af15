/**
 * The words people use to say numbers and e-mail symbols in Spanish, German, French and Italian, for
 * `normalizeSpokenIn`. Generated where the language builds numbers regularly (Spanish 21-29, German
 * "dreiundzwanzig", Italian "ventitré"), so the tables stay short and complete for 0-99.
 */
import type { Language } from "../language";

export interface SpokenVocabulary {
  /** 0-99 as single words (compounds included). */
  values: Record<string, number>;
  /** Articles that are also "one" ("un", "una", "ein"): a number only beside another number word. */
  weak: ReadonlySet<string>;
  hundred: ReadonlySet<string>;
  /** 200-900 as single words ("doscientos", "novecientos"). */
  hundreds: Record<string, number>;
  thousand: ReadonlySet<string>;
  /** Between tens and a unit: "treinta y cuatro", "vingt et un". */
  joiners: ReadonlySet<string>;
  repeat: Record<string, number>;
  ordinals: Record<string, number>;
  /** Said between the parts of an address; multi-word ones first ("guion bajo" before "guion"). */
  symbols: [string, string][];
  /** Determiners and conjunctions beside which a symbol word is an ordinary noun ("ese punto", "arroba y punto"). */
  determiners: ReadonlySet<string>;
  /** German and Italian write numbers as one word ("neunzehnhundertneunzig", "millenovecentonovanta"). */
  compounds: boolean;
}

const set = (words: string) => new Set(words.split(" "));
const table = (words: string, from = 0) => Object.fromEntries(words.split(" ").map((w, i) => [w, i + from]));

const ES_UNITS = table("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince");
const ES_TENS: Record<string, number> = {
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  sesenta: 60,
  setenta: 70,
  ochenta: 80,
  noventa: 90,
};
const ES: SpokenVocabulary = {
  values: {
    ...ES_UNITS,
    ...ES_TENS,
    ...table("dieciséis diecisiete dieciocho diecinueve", 16),
    ...table("dieciseis", 16),
    ...table(
      "veintiuno veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve",
      21,
    ),
    ...table("veintiuno veintidos veintitres", 21),
    veintiseis: 26,
    un: 1,
    una: 1,
  },
  weak: set("un una uno"),
  hundred: set("cien ciento"),
  hundreds: {
    doscientos: 200,
    trescientos: 300,
    cuatrocientos: 400,
    quinientos: 500,
    seiscientos: 600,
    setecientos: 700,
    ochocientos: 800,
    novecientos: 900,
  },
  thousand: set("mil"),
  joiners: set("y"),
  repeat: { doble: 2, triple: 3 },
  ordinals: { primero: 1, primer: 1 },
  symbols: [
    ["guion bajo", "_"],
    ["barra baja", "_"],
    ["arroba", "@"],
    ["punto", "."],
    ["guion", "-"],
    ["guión", "-"],
    ["barra", "/"],
  ],
  determiners: set(
    "el la los las un una ese esa este esta aquel mi tu su del al de cada otro otra buen mismo y o con como que en para por sin",
  ),
  compounds: false,
};

const DE_UNITS = table("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf");
const DE_TENS: Record<string, number> = {
  zwanzig: 20,
  dreißig: 30,
  dreissig: 30,
  vierzig: 40,
  fünfzig: 50,
  sechzig: 60,
  siebzig: 70,
  achtzig: 80,
  neunzig: 90,
};
const DE_UNIT_STEMS: [string, number][] = [
  ["ein", 1],
  ["zwei", 2],
  ["drei", 3],
  ["vier", 4],
  ["fünf", 5],
  ["sechs", 6],
  ["sieben", 7],
  ["acht", 8],
  ["neun", 9],
];
const DE: SpokenVocabulary = {
  values: {
    ...DE_UNITS,
    ...DE_TENS,
    ein: 1,
    eine: 1,
    zwo: 2,
    ...table("dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn", 13),
    ...Object.fromEntries(
      DE_UNIT_STEMS.flatMap(([u, n]) => Object.entries(DE_TENS).map(([t, v]) => [`${u}und${t}`, v + n])),
    ),
  },
  weak: set("ein eine"),
  hundred: set("hundert einhundert"),
  hundreds: {},
  thousand: set("tausend eintausend"),
  joiners: set(""),
  repeat: { doppel: 2, doppelt: 2 },
  ordinals: {},
  symbols: [
    ["unterstrich", "_"],
    ["bindestrich", "-"],
    ["ät", "@"],
    ["at", "@"],
    ["punkt", "."],
    ["minus", "-"],
    ["schrägstrich", "/"],
  ],
  determiners: set(
    "der die das den dem des ein eine einen einem einer mein meine dein sein ihr unser dieser diesen diesem jeder und oder mit wie als für zum zur ohne",
  ),
  compounds: true,
};

const FR: SpokenVocabulary = {
  values: {
    ...table("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize"),
    zero: 0,
    une: 1,
    vingt: 20,
    vingts: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    septante: 70,
    huitante: 80,
    octante: 80,
    nonante: 90,
  },
  weak: set("un une"),
  hundred: set("cent cents"),
  hundreds: {},
  thousand: set("mille mil"),
  joiners: set("et"),
  repeat: { double: 2, triple: 3 },
  ordinals: { premier: 1, première: 1, premiere: 1 },
  symbols: [
    ["tiret bas", "_"],
    ["tiret du bas", "_"],
    ["underscore", "_"],
    ["arobase", "@"],
    ["arrobase", "@"],
    ["point", "."],
    ["tiret", "-"],
    ["slash", "/"],
  ],
  determiners: set(
    "le la les un une ce cet cette mon ton son du de au des chaque quel point et ou avec comme que pour par sans",
  ),
  compounds: false,
};

const IT_TENS: [string, number][] = [
  ["venti", 20],
  ["trenta", 30],
  ["quaranta", 40],
  ["cinquanta", 50],
  ["sessanta", 60],
  ["settanta", 70],
  ["ottanta", 80],
  ["novanta", 90],
];
const IT_UNITS: [string, number][] = [
  ["uno", 1],
  ["due", 2],
  ["tre", 3],
  ["tré", 3],
  ["quattro", 4],
  ["cinque", 5],
  ["sei", 6],
  ["sette", 7],
  ["otto", 8],
  ["nove", 9],
];
/** "ventuno", "trentotto": the tens drop their vowel before uno and otto. */
const itCompound = (tens: string, unit: string) => (/^[uo]/.test(unit) ? tens.slice(0, -1) + unit : tens + unit);
const IT: SpokenVocabulary = {
  values: {
    ...table(
      "zero uno due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove",
    ),
    un: 1,
    una: 1,
    ...Object.fromEntries(IT_TENS),
    ...Object.fromEntries(IT_TENS.flatMap(([t, v]) => IT_UNITS.map(([u, n]) => [itCompound(t, u), v + n]))),
  },
  weak: set("un una uno"),
  hundred: set("cento"),
  hundreds: {},
  thousand: set("mille mila"),
  joiners: set("e"),
  repeat: { doppio: 2, triplo: 3 },
  ordinals: { primo: 1, prima: 1 },
  symbols: [
    ["trattino basso", "_"],
    ["underscore", "_"],
    ["chiocciola", "@"],
    ["chiocciolina", "@"],
    ["punto", "."],
    ["trattino", "-"],
    ["barra", "/"],
  ],
  determiners: set(
    "il lo la i gli le un uno una questo questa quel quello mio tuo suo del dello della al nel ogni e o con come che per senza",
  ),
  compounds: true,
};

export const SPOKEN_VOCABULARY: Record<Exclude<Language, "en">, SpokenVocabulary> = { es: ES, de: DE, fr: FR, it: IT };
