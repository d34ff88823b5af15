/** English cards: the analyzer's original wording, unchanged. */
import type { InsightMessages } from "./types";

export const EN_MESSAGES: InsightMessages = {
  skills: { title: (n) => `Skills mentioned: ${n}`, content: (n) => `New in this interview: ${n}.` },
  vague: {
    title: "Vague answer: probe for specifics",
    quoted: (p) =>
      `They said "${p}". Ask: what exactly did you do yourself, step by step, and what changed as a result?`,
    generic: "Ask for one concrete example: what you did, with which tools, and a number that shows the outcome.",
  },
  stress: {
    title: "Candidate may be stressed",
    content:
      "Many fillers, hedges and self-corrections. Consider a reassuring remark or an easier follow-up before probing further.",
  },
  negativeTrend: { title: "Tone turning negative", content: (v) => `Sentiment trend ${v} over the last answers.` },
  depth: {
    title: (t) => `Depth behind ${t}`,
    content: (said, others) =>
      `They named "${said}" alongside ${others}. The role needs it: ask what they built with it themselves, and what went wrong.`,
  },
  unquantified: {
    title: "A claim without a number",
    content: (q) => `They said "${q}". Ask for the figure behind it: before, after, and how it was measured.`,
  },
  specific: { title: "Specific, confident answer", content: "Concrete figures and no hedging: a moment worth noting." },
  ownership: {
    title: 'Only "we" so far',
    quoted: (q) => `They said "${q}". `,
    content: "Ask what they personally owned and decided, as opposed to the team.",
  },
  star: {
    part: { situation: "situation", task: "task", action: "action", result: "result" },
    title: (m) => `STAR: missing ${m}`,
    endsWith: (q) => `Their answer ends with "${q}". `,
    askResult: "Ask how it ended: what changed, and how they measured it.",
    askAction: "Ask what they themselves did, step by step.",
    askPart: (p) => `Ask for the ${p} before going on.`,
    quantifyTitle: "Result without a number",
    quantifyContent: "Ask how big the result was: a figure, before and after.",
  },
  wanted: (t) => ` (${t} is in the job description or plan.)`,
  impossibleDuration: {
    title: (y, t) => `${y} years of ${t}?`,
    content: (q, t, when, possible) =>
      `"${q}": ${t} was first released publicly in ${when}, so at most ${possible} years are possible. Ask when they started using it.`,
  },
  sinceBeforeRelease: {
    title: (t, y) => `${t} since ${y}?`,
    content: (q, t, when, y) =>
      `"${q}": ${t} was first released publicly in ${when}, after ${y}. Ask when they actually started with it.`,
  },
  impossibleReduction: {
    title: (p) => `A ${p}% reduction is impossible`,
    content: (q, p) =>
      `"${q}": nothing can shrink by ${p}% (100% would already be zero). Ask for the before and after figures.`,
  },
  selfContradiction: {
    title: (t, a, b) => `${t}: ${a} years earlier, ${b} now`,
    neverTitle: (t) => `${t}: never used earlier, used now`,
    content: (a, b) => `Earlier: "${a}". Now: "${b}". Ask which is right.`,
  },
  careerArithmetic: {
    startTitle: "Experience and career start do not add up",
    startContent: (s, most, total) =>
      `"${s}" leaves at most ${most} years, but they said "${total}". Ask how they count their experience.`,
    ageTitle: "Experience and age do not add up",
    ageContent: (a, total, from) =>
      `"${a}" and "${total}" would mean working from age ${from}. Ask how they count their experience.`,
  },
  compliance: {
    title: (l) => `Risky question: ${l}`,
    content: (q, l, instead) => `"${q}" asks about ${l}, which is unlawful to ask in many jurisdictions. ${instead}`,
  },
};
