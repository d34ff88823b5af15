/** English: the analyzer's original rules, unchanged. */
import type { LanguageRules } from "./types";

const SPECIFICS =
  /\b\d+(?:[.,]\d+)?\s*(?:%|percent|ms|seconds?|minutes?|hours?|days?|weeks?|months?|years?|users?|customers?|requests?|engineers?|people|x\b|k\b|million|thousand)/gi;

export const EN: LanguageRules = {
  hedges:
    /\b(?:kind of|sort of|i guess|i think maybe|maybe|probably|more or less|somewhat|i'm not sure|not really sure|to some extent|a bit|somehow|stuff like that|things like that|and so on|etc\.?|whatever)\b/gi,
  vagueActions:
    /\b(?:we|i)\s+(?:kind of|sort of|just|basically|somehow)\s+(?:\w+ed|handled|dealt|did|worked|fixed|managed|figured)\b/gi,
  vaguePhrase: /\b(?:we|i)\s+(?:kind of|sort of|just|basically|somehow)\s+\w+/i,
  fillers: /\b(?:um+|uh+|er+|hmm+|you know|i mean|like,)\b/gi,
  selfCorrections:
    /\b(?:sorry,? i mean|i mean,|no,? wait|let me rephrase|actually,? no|what i meant)\b|\b(\w+)\s+\1\b/gi,
  specifics: SPECIFICS,
  iWords: /\b(?:i|i'm|i've|i'd|me|my|myself)\b/gi,
  weWords: /\b(?:we|we're|we've|we'd|us|our|ourselves)\b/gi,
  weQuote: /\bwe\b[^.,;!?]{3,60}/i,
  questionStart:
    /^(?:what|why|how|when|where|who|which|tell me|describe|walk me through|can you|could you|would you|do you|did you|have you|give me)\b/i,
  behavioural:
    /\b(?:tell me about a time|describe a (?:time|situation)|give me an example|walk me through a|how did you handle|a time when you)\b/i,
  howLong: /\b(?:how long|how many years|since when|when did you (?:start|first|pick up|begin)|how much experience)\b/i,
  unquantified:
    /\b(?:\w+\s+){0,4}(?:significantly|dramatically|drastically|massively|hugely|greatly|a lot (?:faster|better|cheaper|more|less)|much (?:faster|better|cheaper)|way (?:faster|better)|huge (?:improvement|win|impact)|big (?:improvement|impact))\b(?:\s+\w+){0,3}/i,
  star: {
    situation:
      /\b(?:at my (?:last|previous|current) (?:job|company|role)|when i was|while (?:i was|we were)|we had (?:a|an)|there was (?:a|an)|the (?:situation|context|problem) was|back (?:at|in)|in \d{4}|last year)\b/i,
    task: /\b(?:i was (?:responsible|asked|tasked|in charge)|my (?:role|job|task|goal|responsibility) was|the goal was|we needed to|i needed to|i had to|the task was)\b/i,
    action:
      /\b(?:i|we)\s+(?:then\s+)?(?:built|led|designed|wrote|implemented|created|introduced|migrated|set up|rewrote|refactored|organized|organised|proposed|decided|analy[sz]ed|automated|mentored|negotiated|ran|drove|shipped|launched|added|moved|replaced)\b/i,
    result:
      /\b(?:as a result|which (?:led|resulted)|the result was|in the end|we (?:reduced|increased|improved|cut|saved|grew|doubled|halved)|reduced|increased|improved|saved|grew|doubled|halved)\b/i,
    quantified: new RegExp(`${SPECIFICS.source}|\\b(?:from|by)\\s+\\S+\\s+(?:to|percent|%)`, "i"),
  },
};
