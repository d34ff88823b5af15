/**
 * What the local analyzer needs to know about one language, in one typed shape: how people hedge,
 * fill and correct themselves, what counts as a specific, who "I" and "we" are, what a question, a
 * behavioural question and a how-long question sound like, the STAR cues, and how experience claims
 * and reductions are phrased. Each language fills every field (a missing one is a type error).
 */
export interface LanguageRules {
  /** Hedges ("kind of", "maybe"): global, case-insensitive. */
  hedges: RegExp;
  /** "we just somehow fixed it": an action said without saying what was done (global). */
  vagueActions: RegExp;
  /** The words quoted back in the vague-answer card (first match, not global). */
  vaguePhrase: RegExp;
  fillers: RegExp;
  /** "sorry, I mean", "no, wait", and a word said twice (global). */
  selfCorrections: RegExp;
  /** A figure with a unit ("3 seconds", "40 %", "2 million users"): global. */
  specifics: RegExp;
  /** First person singular and plural (global); where the language drops pronouns, verb endings too. */
  iWords: RegExp;
  weWords: RegExp;
  /** The words quoted back in the "only we" card (first match). */
  weQuote: RegExp;
  /** An utterance that opens as a question. */
  questionStart: RegExp;
  /** "Tell me about a time when...": the answer is checked for STAR parts. */
  behavioural: RegExp;
  /** "How long have you...": a bare duration in the answer is about the technology asked about. */
  howLong: RegExp;
  /** "much faster", "significantly better" with no number (first match). */
  unquantified: RegExp;
  star: { situation: RegExp; task: RegExp; action: RegExp; result: RegExp; quantified: RegExp };
}

/**
 * How experience claims, career facts and reductions are phrased in a language other than English
 * (English has its own, older readers in `claims/`). Numbers are already written as digits.
 */
export interface ClaimRules {
  /** A duration: group 1 the qualifier, group 2 the number of years, or group 3 a decade word. */
  duration: RegExp;
  /** Years a decade word stands for ("una década" → 10). */
  decades: (word: string) => number;
  /** Words that make a qualifier a lower bound (group 1 of `duration`), or an upper one. */
  atLeast: RegExp;
  atMost: RegExp;
  /** Between the duration and the technology: "años de", "Jahre", "ans de", "anni di". */
  durationThenTech: RegExp;
  /** Between the technology and the duration: "React desde hace", "React seit", "React depuis". */
  techThenDuration: RegExp;
  /** "since 2010": group 1 the year. Global. */
  sinceYear: RegExp;
  /** "ten years ago I started": group 1 the years. Global. */
  yearsAgo: RegExp;
  /** Not the candidate's own claim: a denial, a requirement, a team total. */
  notAClaim: RegExp;
  /** Clause breaks a duration does not reach across ("antes", "dann", "puis", "poi"). */
  breaks: RegExp;
  /** "reduced by 300 %" (group 1 the percentage): global. */
  reduction: RegExp;
  /** Career start facts: group 1 the year. */
  careerStart: RegExp[];
  /** Total experience: group 1 years, group 2 a decade word. */
  total: RegExp;
  /** The candidate's age ("tengo 25 años", not "25 años de experiencia"): group 1. */
  age: RegExp;
  /** Work before the career start said aloud (internships, while studying). */
  earlierWork: RegExp;
  /** Claims restated as a total ("en total", "insgesamt"): not a contradiction. */
  cumulative: RegExp;
}
