/**
 * VADER's compound score, the same number as the package's `polarity_scores(text).compound`, about five
 * times faster. The package spends most of each call on setup, not on scoring: to strip punctuation
 * from tokens it builds a map of every word with every punctuation mark before and after it (34 string
 * keys per word), and it scans the whole text twice with a regex to count "!" and "?". Here the tokens
 * are stripped by a direct test, and the scoring itself (valence, boosters, negation, "but", idioms,
 * punctuation emphasis, normalisation) is still the package's own functions. vader-compound.test.ts
 * checks the two agree on every lexicon word and on many generated texts.
 */
import vader from "vader-sentiment";

const VADER = vader.SentimentIntensityAnalyzer;

/** The marks the package strips from the start or end of a token, when what is left is a word. */
const EDGE_MARKS = new Set([
  ".",
  "!",
  "?",
  ",",
  ";",
  ":",
  "-",
  "'",
  '"',
  "!!",
  "!!!",
  "??",
  "???",
  "?!?",
  "!?!",
  "?!?!",
  "!?!?",
]);
const EDGE_CHARS = new Set(".!?,;:-'\"");
/** The package's words have every ASCII punctuation character removed. */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * The package replaces a token by a word of the text when the token is that word with one of the edge
 * marks before or after it. Such a word has no ASCII punctuation and more than one character, and the
 * token itself, stripped, is that word: so the test needs only the token.
 */
function stripped(token: string): string {
  let start = 0;
  while (start < token.length && EDGE_CHARS.has(token[start] as string)) start += 1;
  if (start > 0) {
    const word = token.slice(start);
    if (EDGE_MARKS.has(token.slice(0, start)) && word.length > 1 && !ASCII_PUNCTUATION.test(word)) return word;
  }
  let end = token.length;
  while (end > 0 && EDGE_CHARS.has(token[end - 1] as string)) end -= 1;
  if (end < token.length) {
    const word = token.slice(0, end);
    if (EDGE_MARKS.has(token.slice(end)) && word.length > 1 && !ASCII_PUNCTUATION.test(word)) return word;
  }
  return token;
}

const isAllCaps = (word: string) => !/[a-z]/.test(word) && /[A-Z]/.test(word);

/**
 * Whether a lowercased token scores 0 by itself: it is not in the lexicon (its valence is 0 whatever
 * surrounds it), or it is a booster ("very", "barely"), which the package skips. Asked of the package
 * once per distinct word, since the lexicon and the booster list are not exported.
 */
const neutral = new Map<string, boolean>();
const NEUTRAL_CACHE_MAX = 50_000;
function isNeutral(lower: string): boolean {
  let known = neutral.get(lower);
  if (known === undefined) {
    const alone = VADER.sentiment_valence(0, { words_and_emoticons: [lower], is_cap_diff: false }, lower, 0, [])[0];
    // A booster has no punctuation at its edges, so the package scores the word alone as it is.
    const booster =
      !EDGE_CHARS.has(lower[0] as string) &&
      !EDGE_CHARS.has(lower[lower.length - 1] as string) &&
      VADER.polarity_scores(lower).compound === 0;
    known = alone === 0 || booster;
    if (neutral.size >= NEUTRAL_CACHE_MAX) neutral.clear();
    neutral.set(lower, known);
  }
  return known;
}

const count = (text: string, mark: string) => {
  let n = 0;
  for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) n += 1;
  return n;
};

export function vaderCompound(text: string): number {
  const words = text
    .split(/\s/)
    .filter((token) => token.length > 1)
    .map(stripped);
  const caps = words.filter(isAllCaps).length;
  const sentiText = { words_and_emoticons: words, is_cap_diff: caps > 0 && caps < words.length };
  let sentiments: number[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const item = words[i] as string;
    const lower = item.toLowerCase();
    // As the package does: "kind of" and boosters add nothing themselves (they scale the next word).
    if ((lower === "kind" && words[i + 1]?.toLowerCase() === "of") || isNeutral(lower)) sentiments.push(0);
    else sentiments = VADER.sentiment_valence(0, sentiText, item, i, sentiments);
  }
  sentiments = VADER.but_check(words, sentiments);
  // score_valence reads the text only to count its "!" and "?": give it just those.
  const marks = "!".repeat(count(text, "!")) + "?".repeat(count(text, "?"));
  return VADER.score_valence(sentiments, marks).compound;
}
