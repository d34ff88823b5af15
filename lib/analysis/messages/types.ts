/**
 * Every sentence the local analyzer puts on a card, as one table per language with the same keys: a
 * missing key is a type error. The cards follow the interview's language; the interface stays English.
 * Quotes are the candidate's own words, passed in as said.
 */
export type StarPart = "situation" | "task" | "action" | "result";

export interface InsightMessages {
  skills: { title: (names: string) => string; content: (names: string) => string };
  vague: { title: string; quoted: (phrase: string) => string; generic: string };
  stress: { title: string; content: string };
  negativeTrend: { title: string; content: (value: string) => string };
  depth: { title: (tech: string) => string; content: (said: string, others: string) => string };
  unquantified: { title: string; content: (quote: string) => string };
  specific: { title: string; content: string };
  ownership: { title: string; quoted: (quote: string) => string; content: string };
  star: {
    part: Record<StarPart, string>;
    title: (missing: string) => string;
    endsWith: (quote: string) => string;
    askResult: string;
    askAction: string;
    askPart: (part: string) => string;
    quantifyTitle: string;
    quantifyContent: string;
  };
  /** Added to a follow-up that touches what the job description or the plan asks for. */
  wanted: (topic: string) => string;
  impossibleDuration: {
    title: (years: number, tech: string) => string;
    content: (quote: string, tech: string, released: string, possible: number) => string;
  };
  sinceBeforeRelease: {
    title: (tech: string, year: number) => string;
    content: (quote: string, tech: string, released: string, year: number) => string;
  };
  impossibleReduction: { title: (pct: number) => string; content: (quote: string, pct: number) => string };
  selfContradiction: {
    title: (tech: string, earlier: number, now: number) => string;
    neverTitle: (tech: string) => string;
    content: (earlier: string, now: string) => string;
  };
  careerArithmetic: {
    startTitle: string;
    startContent: (start: string, most: number, total: string) => string;
    ageTitle: string;
    ageContent: (age: string, total: string, from: number) => string;
  };
  compliance: { title: (label: string) => string; content: (quote: string, label: string, instead: string) => string };
}
