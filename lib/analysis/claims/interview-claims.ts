/**
 * What the candidate has said so far, for checks that read the whole interview:
 * - career_arithmetic: a graduation, first-job or career-start year, or an age, and a total experience
 *   that cannot both be true ("I graduated in 2018" … "fifteen years of professional experience");
 * - self_contradiction: a claim about a technology that contradicts their own earlier one ("about two
 *   years with Kafka" earlier, "seven years of Kafka" now). The card links to both segments.
 */
import { normalizeSpoken } from "../../privacy/spoken";
import type { Language } from "../../language";
import { CLAIM_RULES } from "../lang";
import { writeNumbers } from "../lang/numbers";
import { EN_MESSAGES } from "../messages/en";
import type { InsightMessages } from "../messages/types";
import { findSkills } from "../rules/skills";
import type { CheckedDraft } from "./checks";
import type { ExperienceClaim } from "./experience";

export type LinkedDraft = CheckedDraft & { relatedSegmentIds?: string[] };

const YEAR = "((?:19|20)\\d{2})";
/** When a career began: "graduated in 2018", "my first job was in 2020", "started my career in 2016". */
const START_FACTS: RegExp[] = [
  new RegExp(
    `\\b(?:graduated|finished (?:my |a )?(?:degree|studies|university|college|school|masters?|phd|bachelor'?s?)|got my (?:degree|diploma|bachelor'?s?|masters?))\\b[^.;]{0,40}?\\b(?:in|back in)\\s+${YEAR}\\b`,
    "i",
  ),
  new RegExp(
    `\\b(?:my first (?:real |full[- ]time |professional |proper )?(?:job|role|position|engineering job|dev job)|started (?:my career|working|my first job|out)|began my career|got my first job|entered the industry|entered the workforce|joined the workforce)\\b[^.;]{0,40}?\\b(?:in|back in|was in)\\s+${YEAR}\\b`,
    "i",
  ),
  new RegExp(`\\b(?:class of|graduating class of)\\s+${YEAR}\\b`, "i"),
];
const AGE =
  /\b(?:i'm|i am|i just turned|i turned)\s+(\d{2})(?:\s+years? old)?\b(?!\s*(?:%|percent|years? (?:of|in|with|at)|people|engineers))/i;
/** A duration, as in `experience.ts` ("15 years", "a decade and a half", "15-year"). */
const DUR =
  "(?:(?:over|more than|about|around|nearly|almost|roughly|close to|some|like)\\s+)?(?:(\\d+)\\s*(?:\\+|-?\\s?plus)?[\\s-]*(?:years?|yrs?)|(a|one|my)\\s+decades?(\\s+and\\s+a\\s+half)?|(two|three|\\d)\\s+decades)";
/** A total, not a technology: "fifteen years of professional experience", "working as an engineer for 15 years". */
const TOTAL = [
  new RegExp(
    `${DUR}\\s+(?:of\\s+)?(?:(?:professional|industry|work|working|engineering|software|total|overall|relevant|real[- ]world|hands-on|commercial|paid)\\s+)*(?:experience|work|in (?:the )?(?:industry|tech|software|engineering|software engineering)|as an? (?:[a-z]+ ){0,2}(?:engineer|developer|programmer|dev|architect|consultant)|career)\\b(?!\\s+(?:with|in|on|using)\\s+[A-Z])`,
    "i",
  ),
  new RegExp(
    `\\b(?:working|coding|programming|developing|building software|been an? (?:[a-z]+ ){0,2}(?:engineer|developer|programmer|dev|architect)|been in (?:the )?(?:industry|tech|software))\\b[^.;]{0,45}?\\b(?:for|since)\\s+${DUR}`,
    "i",
  ),
  new RegExp(
    `\\b(?:my|over my|in my|after|with my)\\s+${DUR}(?:\\s+long)?\\s*(?:career|as an? (?:[a-z]+ )?(?:developer|engineer|programmer)|in (?:the )?(?:industry|tech|software)|of (?:work|experience))`,
    "i",
  ),
];
/** "I was born in 2000": an age. */
const BORN_IN = /\bi was born in\s+((?:19|20)\d{2})\b/i;
/** Using a technology, said in the past: "when i was shipping swift apps", "I designed our whole GraphQL schema". */
const USED_IT =
  /\b(?:i|we)\s+(?:was\s+|were\s+)?(?:shipping|shipped|built|building|designed|designing|wrote|writing|ran|running|maintained|used|using|deployed|migrated|owned|led)\b/i;

/** Someone else's experience: "my dad has fifteen years of experience". */
const OTHER_PERSON =
  /\b(?:my (?:dad|father|mom|mother|brother|sister|wife|husband|partner|friend|manager|boss|colleague|lead)|he|she|they|our team|the team|my team)\b[^.;]{0,30}$/i;
/** The interviewer asked for the total: "How many years of experience do you have overall?" */
const ASKS_TOTAL =
  /\b(?:how (?:many years|long)[^?]{0,40}(?:experience|working|in the industry|in tech|as an? (?:engineer|developer))|years of experience (?:do you have|in total))\b/i;
const ANSWER_YEARS = new RegExp(`^[^.;]{0,25}?${DUR}`, "i");

function totalYears(m: RegExpExecArray): number | null {
  if (m[1]) return Number(m[1]);
  if (m[2]) return 10 + (m[3] ? 5 : 0);
  if (m[4]) return ({ two: 2, three: 3 } as Record<string, number>)[m[4].toLowerCase()] ?? Number(m[4]) * 10;
  return null;
}

/** Work before graduating, said aloud: the arithmetic no longer applies. */
const EARLIER_WORK =
  /\b(?:intern(?:ship|ed)?s?|while (?:i was )?(?:studying|at (?:uni|university|college|school))|before (?:i )?graduat\w*|part[- ]time|freelanc\w* (?:since|in) (?:high )?school|as a (?:kid|teenager)|since i was (?:a kid|\d+))\b/i;
/** The youngest anyone works professionally, for the age check. */
const MIN_WORK_AGE = 15;
/** Two claims about one technology disagree when they differ by more than this many years and share. */
const CONTRADICTION_MIN_YEARS = 2;
const CONTRADICTION_MIN_RATIO = 1.6;

const NEVER_OR_RECENT =
  /\b(?:((?:never|have not|haven't|havent|didn't ever) (?:really |even |actually )?(?:used|use|touched|worked with|done|written|write|tried|run|shipped))\s+(?:[a-z.]+\s+){0,1}[\w.#+-]+|(?:only |just )?(?:picked up|started (?:with|using|learning|on)|learned|learnt|began (?:with|using)|got into)\s+[\w.#+-]+(?:\s+[\w.#+-]+)?\s+(?:last year|this year|a year ago|recently|a few months ago|\d+ months ago|last month))/gi;

interface Said {
  segmentId: string;
  quote: string;
}

export class InterviewClaims {
  private careerStart: (Said & { year: number }) | null = null;
  private age: (Said & { age: number }) | null = null;
  private total: (Said & { years: number }) | null = null;
  private readonly byTech = new Map<string, Said & { years: number }>();
  private earlierWorkSaid = false;

  constructor(
    private readonly today: Date,
    private readonly language: Language = "en",
    private readonly say: InsightMessages = EN_MESSAGES,
  ) {}

  /** A candidate segment: record its facts, and return what contradicts what was said before. */
  read(segmentId: string, text: string, claims: ExperienceClaim[], question: string | null = null): LinkedDraft[] {
    if (this.language !== "en") return this.readIn(this.language, segmentId, text, claims);
    const written = normalizeSpoken(text).text;
    const out: LinkedDraft[] = [];
    if (EARLIER_WORK.test(written)) this.earlierWorkSaid = true;
    for (const re of START_FACTS) {
      // "my first job" is read as said ("first" is an ordinal in the written form).
      const m = re.exec(text) ?? re.exec(written);
      if (m) this.careerStart ??= { year: Number(m[1]), segmentId, quote: m[0].trim() };
    }
    const age = AGE.exec(written);
    if (age) this.age ??= { age: Number(age[1]), segmentId, quote: age[0].trim() };
    const born = BORN_IN.exec(written);
    if (born)
      this.age ??= {
        age: this.today.getFullYear() - Number(born[1]),
        segmentId,
        quote: born[0].trim(),
      };
    for (const re of TOTAL) {
      const m = re.exec(written);
      const years = m ? totalYears(m) : null;
      if (m && years !== null && !OTHER_PERSON.test(written.slice(0, m.index))) {
        this.total = { years, segmentId, quote: m[0].trim() };
        break;
      }
    }
    // "About twelve years, give or take", answering "How many years of experience do you have?"
    const answer = question && ASKS_TOTAL.test(question) ? ANSWER_YEARS.exec(written) : null;
    if (answer && totalYears(answer) !== null)
      this.total = { years: totalYears(answer) ?? 0, segmentId, quote: answer[0].trim() };
    out.push(...this.careerArithmetic(segmentId));
    // "I've never used Kubernetes", "I only picked up Rust last year": a claim of (almost) none.
    for (const m of written.matchAll(NEVER_OR_RECENT)) {
      const named = findSkills(m[0], { anyCase: true })[0];
      if (named && !this.byTech.has(named.tech.name))
        this.byTech.set(named.tech.name, { years: m[1] ? 0 : 1, segmentId, quote: m[0].trim() });
    }
    // "I've never written any Swift" earlier, "when i was shipping swift apps" now.
    if (USED_IT.test(written)) {
      for (const t of findSkills(written, { anyCase: true })) {
        const earlier = this.byTech.get(t.tech.name);
        if (!earlier || earlier.years !== 0 || earlier.segmentId === segmentId) continue;
        if (claims.some((c) => c.tech === t.tech)) continue;
        out.push({
          check: "self_contradiction",
          type: "fact_check",
          priority: "high",
          title: this.say.selfContradiction.neverTitle(t.tech.name),
          content: this.say.selfContradiction.content(earlier.quote, text.trim()),
          relatedSegmentIds: [earlier.segmentId, segmentId],
        });
        earlier.years = -1;
      }
    }
    const cumulative = /\b(?:overall|in total|all together|altogether|counting|combined|including)\b/i.test(written);
    out.push(...this.contradictions(segmentId, claims, cumulative));
    return out;
  }

  /** The same, in another language: career start and total, and claims that contradict earlier ones. */
  private readIn(
    language: Exclude<Language, "en">,
    segmentId: string,
    text: string,
    claims: ExperienceClaim[],
  ): LinkedDraft[] {
    const rules = CLAIM_RULES[language];
    const form = writeNumbers(text, language);
    const said = (m: RegExpExecArray) => {
      const back = form.toOriginal(m.index, m.index + m[0].length);
      return text.slice(back.start, back.end).trim();
    };
    if (rules.earlierWork.test(form.text)) this.earlierWorkSaid = true;
    for (const re of rules.careerStart) {
      const m = re.exec(form.text);
      const year = m?.slice(1).find((g) => g !== undefined);
      if (m && year) this.careerStart ??= { year: Number(year), segmentId, quote: said(m) };
    }
    const age = rules.age.exec(form.text);
    if (age?.[1]) this.age ??= { age: Number(age[1]), segmentId, quote: said(age) };
    const total = rules.total.exec(form.text);
    const years = total ? (total[1] ? Number(total[1]) : total[2] ? rules.decades(total[2]) : null) : null;
    if (total && years !== null) this.total = { years, segmentId, quote: said(total) };
    return [
      ...this.careerArithmetic(segmentId),
      ...this.contradictions(segmentId, claims, rules.cumulative.test(form.text)),
    ];
  }

  private contradictions(segmentId: string, claims: ExperienceClaim[], cumulative: boolean): LinkedDraft[] {
    const out: LinkedDraft[] = [];
    for (const claim of claims) {
      const earlier = this.byTech.get(claim.tech.name);
      // "about four years of Kafka overall, counting my previous job": a total restated, not a contradiction.
      if (
        earlier &&
        earlier.segmentId !== segmentId &&
        !(cumulative && claim.years > earlier.years) &&
        this.contradicts(earlier.years, claim.years)
      ) {
        out.push({
          check: "self_contradiction",
          type: "fact_check",
          priority: "high",
          title: this.say.selfContradiction.title(claim.tech.name, earlier.years, claim.years),
          content: this.say.selfContradiction.content(earlier.quote, claim.quote),
          relatedSegmentIds: [earlier.segmentId, segmentId],
        });
      }
      if (!earlier) this.byTech.set(claim.tech.name, { years: claim.years, segmentId, quote: claim.quote });
    }
    return out;
  }

  private contradicts(a: number, b: number): boolean {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    return hi - lo >= CONTRADICTION_MIN_YEARS && hi / Math.max(lo, 0.5) >= CONTRADICTION_MIN_RATIO;
  }

  private careerArithmetic(segmentId: string): LinkedDraft[] {
    const total = this.total;
    if (!total || this.earlierWorkSaid) return [];
    const year = this.today.getFullYear();
    const facts: LinkedDraft[] = [];
    const start = this.careerStart;
    if (start && total.years > year - start.year) {
      facts.push({
        check: "career_arithmetic",
        type: "fact_check",
        priority: "high",
        title: this.say.careerArithmetic.startTitle,
        content: this.say.careerArithmetic.startContent(start.quote, year - start.year, total.quote),
        relatedSegmentIds: [...new Set([start.segmentId, segmentId])],
      });
    }
    const age = this.age;
    if (!facts.length && age && total.years > age.age - MIN_WORK_AGE) {
      facts.push({
        check: "career_arithmetic",
        type: "fact_check",
        priority: "medium",
        title: this.say.careerArithmetic.ageTitle,
        content: this.say.careerArithmetic.ageContent(age.quote, total.quote, age.age - total.years),
        relatedSegmentIds: [...new Set([age.segmentId, segmentId])],
      });
    }
    // Said once per pair of facts (in the segment that completed the pair): later segments do not repeat it.
    if (facts.length) this.total = null;
    return facts;
  }
}
