/**
 * The interviewer's questions, found in their turns and classified. Each question gets a primary class
 * (the first rule that matches, in the order below) with the rule that decided, and its form: open
 * (invites an account) or closed (invites yes/no or a fact). The rules are about how people ask, not
 * about particular sentences:
 *
 * - multi-part: two questions asked back to back, or one sentence joining two question clauses;
 * - leading: the question suggests its answer (tag questions, "don't you think", "surely", "I assume");
 * - behavioural: asks for a past example ("tell me about a time", "give me an example of");
 * - hypothetical: asks about an imagined situation ("what would you do if", "imagine", "suppose");
 * - technical: names a technology or an engineering concept;
 * - open / closed: by form alone.
 */
import { findSkills } from "../analysis/rules/skills";

export const QUESTION_CLASSES = [
  "multi_part",
  "leading",
  "behavioural",
  "hypothetical",
  "technical",
  "open",
  "closed",
] as const;
export type QuestionClass = (typeof QUESTION_CLASSES)[number];

export interface ClassifiedQuestion {
  text: string;
  class: QuestionClass;
  form: "open" | "closed";
  /** In words: which rule decided the class. */
  rule: string;
}

const AUX = "do|does|did|is|are|was|were|am|have|has|had|can|could|will|would|should|shall|may|might|must";
const WH = "what|why|how|when|where|which|who|whom|whose";
/** Requests phrased politely as a yes/no question are invitations: "Could you walk me through…". */
const POLITE_REQUEST = new RegExp(
  `^(?:(?:${AUX})\\s+(?:you|we)\\s+(?:please\\s+)?(?:maybe\\s+)?(?:walk|talk|take|tell|describe|explain|share|give|elaborate|expand|say more|help me understand|go through|run me through|outline|summari[sz]e|unpack)\\b|(?:would|do) you mind\\s+(?:walking|talking|telling|describing|explaining|sharing)\\b)`,
  "i",
);
const IMPERATIVE =
  /^(?:(?:so|and|ok(?:ay)?|right|now|great|then|alright)[,\s]+)*(?:please\s+)?(?:tell me|walk me through|talk me through|take me through|run me through|describe|explain|share|give me|help me understand|elaborate|expand on|say more|outline|paint me a picture)\b/i;
const OPENER = /^(?:(?:so|and|ok(?:ay)?|right|now|great|then|alright|also|next)[,\s]+)*/i;
const WH_START = new RegExp(`^(?:${WH})\\b`, "i");
const AUX_START = new RegExp(`^(?:${AUX})(?:n't)?\\b`, "i");
/** "…, is that right?" and friends at the end of an otherwise open question. */
const TAG =
  /,\s*(?:(?:is|was|are|were|do|does|did|have|has|had|can|could|will|would|should)n't\s+(?:it|that|they|he|she|you|we|there|i)|right|correct|yes|no|yeah|true|ok(?:ay)?)\s*\?*$/i;
const LEADING =
  /\b(?:(?:don't|doesn't|didn't|wouldn't|won't|can't|couldn't|shouldn't|isn't|aren't|wasn't|weren't)\s+you\s+(?:think|agree|feel|say|find|believe)|wouldn't you say|surely|obviously you|clearly you|i (?:assume|take it|imagine|guess|suppose|bet) (?:that )?you|you must have|you(?:'d| would) agree|i'm sure you)\b/i;
const BEHAVIOURAL =
  /\b(?:(?:tell|walk|talk|take) (?:me|us) (?:about|through) (?:a|one|the last|an?) (?:time|situation|occasion|moment|example|project where|case)|(?:a|one) (?:time|situation|occasion) (?:when|where|that) you|give (?:me|us) an? (?:example|instance)|(?:describe|share|recall|think of) (?:a|an|one) (?:time|situation|occasion|example|instance|moment)|have you ever (?:had to|been in|dealt with|faced|disagreed|failed|made)|what (?:was|is) (?:the|a) (?:hardest|toughest|biggest|most difficult)[\w\s]* you(?:'ve| have)?\b)/i;
const HYPOTHETICAL =
  /\b(?:what would you do|how would you (?:handle|approach|deal|respond|react|design|go about|tackle|build|solve|prioriti[sz]e|structure)|what would happen if|imagine (?:that |you|a|an|the|if|we)|suppose (?:that |you|a|an|the|we)|let's say|say you (?:had|were|joined|found|inherited)|if you (?:were|had to|joined|found|inherited|had)|hypothetically|in a (?:scenario|situation) where)\b/i;
const TECHNICAL_TERMS =
  /\b(?:algorithms?|complexity|big[- ]o|latency|throughput|schema|database|index(?:es|ing)?|api|apis|architecture|concurrency|thread|cach(?:e|ing)|queue|consisten(?:cy|t)|partition(?:ing|s)?|shard(?:ing|s)?|replicat(?:ion|e)|transaction|deadlock|memory leak|garbage collect|load balanc|microservices?|monolith|deploy(?:ment|ing)?|ci\/cd|pipeline|race condition|idempoten|encryption|authentication|oauth|tls|dns|tcp|http|sql|nosql|data model|system design|scal(?:e|ing|ability|able)|debug(?:ging)?|refactor|unit tests?|test coverage|big o)\b/i;
/** Two question clauses in one sentence: "…, and how…", "… or would you…". */
const JOINED = new RegExp(
  `[,;]?\\s+(?:and|or|also|plus)\\s+(?:then\\s+)?(?:(?:${WH})\\b|(?:${AUX})\\s+(?:you|we|they|it)\\b)`,
  "i",
);

/** Whether a sentence is a question: a question mark, or a question's or a request's opening words. */
export function isQuestionSentence(sentence: string): boolean {
  const s = sentence.trim().replace(OPENER, "");
  if (s.length === 0) return false;
  if (s.endsWith("?")) return true;
  return (
    WH_START.test(s) ||
    POLITE_REQUEST.test(s) ||
    IMPERATIVE.test(sentence.trim()) ||
    /^(?:do|did|have|can|could|would|are|is) you\b/i.test(s)
  );
}

export function formOf(sentence: string): "open" | "closed" {
  const s = sentence.trim().replace(OPENER, "");
  if (POLITE_REQUEST.test(s) || IMPERATIVE.test(sentence.trim())) return "open";
  if (WH_START.test(s)) {
    // "Which of the two, A or B?" and "What year…?" invite a fact; the rest invite an account.
    if (/^(?:which|what)\s+(?:one|year|date|version|language|tool|team size|percentage)\b/i.test(s)) return "closed";
    return "open";
  }
  if (AUX_START.test(s)) return "closed";
  return sentence.trim().endsWith("?") ? "closed" : "open";
}

/** Sentences of a turn, each with its end punctuation. */
export function sentencesOf(text: string): string[] {
  return (text.match(/[^.?!]+(?:[.?!]+|$)/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

/**
 * `context`: the statement the interviewer made just before, in the same turn ("Suppose the team
 * disagrees. How do you proceed?"): it can make a question behavioural, hypothetical or technical.
 */
export function classify(text: string, parts = 1, context = ""): ClassifiedQuestion {
  const form = formOf(text);
  const framed = context ? `${context} ${text}` : text;
  const decided = (cls: QuestionClass, rule: string): ClassifiedQuestion => ({ text, class: cls, form, rule });
  if (parts > 1) return decided("multi_part", `${parts} questions asked back to back`);
  if (
    JOINED.test(text.replace(/\?$/, "")) &&
    (text.match(new RegExp(`\\b(?:${WH})\\b`, "gi")) ?? []).length +
      (AUX_START.test(text.replace(OPENER, "")) ? 1 : 0) >=
      2
  )
    return decided("multi_part", "two question clauses joined in one sentence");
  const leading = text.match(LEADING) ?? (TAG.test(text) ? text.match(TAG) : null);
  if (leading) return decided("leading", `suggests its answer ("${leading[0].replace(/^,\s*/, "").trim()}")`);
  const behavioural = framed.match(BEHAVIOURAL);
  if (behavioural) return decided("behavioural", `asks for a past example ("${behavioural[0]}")`);
  const hypothetical = framed.match(HYPOTHETICAL);
  if (hypothetical) return decided("hypothetical", `asks about an imagined situation ("${hypothetical[0]}")`);
  const tech = findSkills(framed)[0];
  if (tech) return decided("technical", `names a technology (${tech.tech.name})`);
  const term = framed.match(TECHNICAL_TERMS);
  if (term) return decided("technical", `names an engineering concept ("${term[0]}")`);
  return form === "open"
    ? decided("open", "invites an account (a question word or a request)")
    : decided("closed", "invites a yes/no or a single fact (starts with a verb like do, did, is, can)");
}

/**
 * The questions in one interviewer turn. Question sentences asked back to back, before the candidate
 * could answer, are one multi-part question.
 */
export function questionsIn(turnText: string): ClassifiedQuestion[] {
  const out: ClassifiedQuestion[] = [];
  let run: string[] = [];
  let context = "";
  const flush = () => {
    if (run.length) out.push(classify(run.join(" "), run.length, context));
    run = [];
  };
  for (const sentence of sentencesOf(turnText)) {
    if (isQuestionSentence(sentence)) run.push(sentence);
    else {
      flush();
      context = sentence;
    }
  }
  flush();
  return out;
}
