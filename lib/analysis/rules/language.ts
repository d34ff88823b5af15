/**
 * How an answer is said: hedging and vagueness (worth a probe), fillers and self-corrections (stress),
 * specific and confident language, "I" versus "we" ownership, and STAR structure with quantified results.
 */
const count = (text: string, re: RegExp) => (text.match(re) ?? []).length;

const HEDGES =
  /\b(?:kind of|sort of|i guess|i think maybe|maybe|probably|more or less|somewhat|i'm not sure|not really sure|to some extent|a bit|somehow|stuff like that|things like that|and so on|etc\.?|whatever)\b/gi;
const VAGUE_ACTION =
  /\b(?:we|i)\s+(?:kind of|sort of|just|basically|somehow)\s+(?:\w+ed|handled|dealt|did|worked|fixed|managed|figured)\b/gi;
const FILLERS = /\b(?:um+|uh+|er+|hmm+|you know|i mean|like,)\b/gi;
const SELF_CORRECTIONS =
  /\b(?:sorry,? i mean|i mean,|no,? wait|let me rephrase|actually,? no|what i meant)\b|\b(\w+)\s+\1\b/gi;
const SPECIFICS =
  /\b\d+(?:[.,]\d+)?\s*(?:%|percent|ms|seconds?|minutes?|hours?|days?|weeks?|months?|years?|users?|customers?|requests?|engineers?|people|x\b|k\b|million|thousand)/gi;

export interface LanguageProfile {
  words: number;
  hedges: number;
  vagueActions: number;
  fillers: number;
  selfCorrections: number;
  specifics: number;
  iCount: number;
  weCount: number;
}

export function profile(text: string): LanguageProfile {
  return {
    words: text.split(/\s+/).filter(Boolean).length,
    hedges: count(text, HEDGES),
    vagueActions: count(text, VAGUE_ACTION),
    fillers: count(text, FILLERS),
    selfCorrections: count(text, SELF_CORRECTIONS),
    specifics: count(text, SPECIFICS),
    iCount: count(text, /\b(?:i|i'm|i've|i'd|me|my|myself)\b/gi),
    weCount: count(text, /\b(?:we|we're|we've|we'd|us|our|ourselves)\b/gi),
  };
}

export interface StarProfile {
  situation: boolean;
  task: boolean;
  action: boolean;
  result: boolean;
  quantified: boolean;
}

export function star(text: string): StarProfile {
  return {
    situation:
      /\b(?:at my (?:last|previous|current) (?:job|company|role)|when i was|while (?:i was|we were)|we had (?:a|an)|there was (?:a|an)|the (?:situation|context|problem) was|back (?:at|in)|in \d{4}|last year)\b/i.test(
        text,
      ),
    task: /\b(?:i was (?:responsible|asked|tasked|in charge)|my (?:role|job|task|goal|responsibility) was|the goal was|we needed to|i needed to|i had to|the task was)\b/i.test(
      text,
    ),
    action:
      /\b(?:i|we)\s+(?:then\s+)?(?:built|led|designed|wrote|implemented|created|introduced|migrated|set up|rewrote|refactored|organized|organised|proposed|decided|analy[sz]ed|automated|mentored|negotiated|ran|drove|shipped|launched|added|moved|replaced)\b/i.test(
        text,
      ),
    result:
      /\b(?:as a result|which (?:led|resulted)|the result was|in the end|we (?:reduced|increased|improved|cut|saved|grew|doubled|halved)|reduced|increased|improved|saved|grew|doubled|halved)\b/i.test(
        text,
      ),
    quantified: new RegExp(SPECIFICS.source, "i").test(text) || /\b(?:from|by)\s+\S+\s+(?:to|percent|%)/i.test(text),
  };
}
