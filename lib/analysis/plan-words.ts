/**
 * The words that say a plan topic was covered, shared by the live analyzer and the debrief (a module
 * of its own, so the debrief's worker does not load the whole analyzer and its models).
 */
import type { Language } from "../language";

const STOP = new Set(
  "the a an and or of to in on for with your you about me tell how what why when did do is are was were it that this at by from as be".split(
    " ",
  ),
);

/** The other languages' function words (articles, prepositions, question words, "tell me"). */
const STOP_IN: Record<Exclude<Language, "en">, ReadonlySet<string>> = {
  es: new Set(
    "los las una unos unas del con por para sobre como cómo qué que cuál cuándo dónde por qué cuéntame cuénteme háblame tus sus nos más muy este esta eso".split(
      " ",
    ),
  ),
  de: new Set(
    "der die das den dem des ein eine einen einem einer und oder mit von für über wie was wann warum ihre ihr ihren sie uns erzählen bitte zum zur".split(
      " ",
    ),
  ),
  fr: new Set(
    "les des une aux avec pour sur dans par comment quoi quel quelle quels pourquoi quand votre vos parlez racontez moi est-ce que qui".split(
      " ",
    ),
  ),
  it: new Set(
    "gli le una uno del della dei delle con per sul sulla nel nella come cosa che quale quando perché suo sua suoi mi racconti parli raccontami parlami".split(
      " ",
    ),
  ),
};

/** Share of a plan item's content words that must be said for it to count as covered (0..1). */
export const PLAN_COVERAGE = 0.5;

export const contentWords = (text: string, language: Language = "en") =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((w) => w.length > 2 && !(language === "en" ? STOP : STOP_IN[language]).has(w));
