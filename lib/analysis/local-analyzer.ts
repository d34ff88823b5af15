/**
 * The local analyzer: runs on every final segment, on the device, in milliseconds, with no network.
 * Interviewer segments set the current question and tick off the question plan; candidate segments are
 * analysed against the question that was asked.
 */
import type { Segment } from "../transcript/segment";
import { contentWords, PLAN_COVERAGE } from "./plan-words";
import type { Insight, InsightDraft } from "./insight";
import { claimChecks, ratioChecks, reductionChecks } from "./claims/checks";
import { experienceClaims } from "./claims/experience";
import { InterviewClaims } from "./claims/interview-claims";
import { complianceChecks, topicsFor, type ComplianceTopic, type CompliancePolicy } from "./rules/compliance";
import { profile, star } from "./rules/language";
import { findSkills } from "./rules/skills";
import { sentimentOf, trend, type SentimentPoint } from "./sentiment";
import { combineSentiment } from "./transformer-sentiment";

/** The analyzer's thresholds, each with its unit. */
export const THRESHOLDS = {
  /** Share of a plan item's content words that must be said for it to count as covered (0..1). */
  planCoverage: PLAN_COVERAGE,
  /** Hedges in one utterance that, with no specifics, make it vague (count). */
  vagueHedges: 2,
  /** Shortest utterance judged vague (words). */
  vagueMinWords: 12,
  /** Fillers, self-corrections and hedges per 100 words that suggest stress (per 100 words). */
  stressMarkersPer100Words: 10,
  /** Shortest utterance judged for stress (words). */
  stressMinWords: 8,
  /** Stress is suggested only below this sentiment (VADER compound, -1..1). */
  stressMaxSentiment: 0.3,
  /** Answers needed before a sentiment trend is reported (count). */
  trendMinAnswers: 3,
  /** A trend at or below this is "turning negative" (EMA of VADER compound, -1..1). */
  negativeTrend: -0.3,
  /** "We" without a single "I" this many times in one answer asks about ownership (count). */
  ownershipWeCount: 4,
  /** Shortest behavioural answer checked for STAR parts (words). */
  starMinWords: 40,
} as const;

const BEHAVIOURAL =
  /\b(?:tell me about a time|describe a (?:time|situation)|give me an example|walk me through a|how did you handle|a time when you)\b/i;
const HOW_LONG =
  /\b(?:how long|how many years|since when|when did you (?:start|first|pick up|begin)|how much experience)\b/i;
const UNQUANTIFIED =
  /\b(?:\w+\s+){0,4}(?:significantly|dramatically|drastically|massively|hugely|greatly|a lot (?:faster|better|cheaper|more|less)|much (?:faster|better|cheaper)|way (?:faster|better)|huge (?:improvement|win|impact)|big (?:improvement|impact))\b(?:\s+\w+){0,3}/i;
/** The candidate's own words for a follow-up, or nothing when the pattern finds none. */
function quoteOf(text: string, re: RegExp, before: string, after: string): string {
  const m = re.exec(text.trim());
  return m ? `${before}${m[0].trim()}${after}` : "";
}
const QUESTION_START =
  /^(?:what|why|how|when|where|who|which|tell me|describe|walk me through|can you|could you|would you|do you|did you|have you|give me)\b/i;

export interface AnalyzerState {
  currentQuestion: string | null;
  plan: { item: string; covered: boolean }[];
  skills: string[];
  sentiment: SentimentPoint[];
}

export interface AnalyzerOptions {
  today?: Date;
  questionPlan?: string[];
  /** The job description: follow-ups about what it asks for come first. */
  jobDescription?: string;
  /** Which speakers are the interviewer (the rest are the candidate). */
  isInterviewer?: (segment: Segment) => boolean;
  /** The organisation's compliance guardrail settings (on by default). */
  compliance?: CompliancePolicy;
}

export { contentWords };

export function isQuestion(text: string): boolean {
  return text.trim().endsWith("?") || QUESTION_START.test(text.trim());
}

export class LocalAnalyzer {
  private readonly today: Date;
  private readonly isInterviewer: (segment: Segment) => boolean;
  private answer = "";
  private answerFlags = new Set<string>();
  private stressedShown = false;
  private readonly claims: InterviewClaims;
  /** Technologies the job description and the question plan ask for. */
  private readonly wanted: Set<string>;
  private readonly complianceTopics: readonly ComplianceTopic[];
  readonly state: AnalyzerState;

  constructor(options: AnalyzerOptions = {}) {
    this.today = options.today ?? new Date();
    this.isInterviewer = options.isInterviewer ?? ((s) => this.defaultIsInterviewer(s));
    this.claims = new InterviewClaims(this.today);
    this.wanted = new Set([
      ...findSkills(options.jobDescription ?? "", { anyCase: true }).map((s) => s.tech.name),
      ...(options.questionPlan ?? []).flatMap((p) => findSkills(p, { anyCase: true }).map((s) => s.tech.name)),
    ]);
    this.complianceTopics = topicsFor(options.compliance);
    this.state = {
      currentQuestion: null,
      plan: (options.questionPlan ?? []).map((item) => ({ item, covered: false })),
      skills: [],
      sentiment: [],
    };
  }

  private firstSpeaker: string | null = null;

  /**
   * Live channels are labelled Interviewer / Candidate. An imported transcript has names instead: the
   * first person to speak is taken as the interviewer (interviewers open the conversation).
   */
  private defaultIsInterviewer(segment: Segment): boolean {
    if (segment.speaker === "Interviewer") return true;
    if (segment.speaker === "Candidate") return false;
    this.firstSpeaker ??= segment.speaker;
    return segment.speaker === this.firstSpeaker;
  }

  /**
   * `modelSentiment`: a transformer model's polarity for this segment (-1..1), when the organisation
   * provides one; it is combined with VADER's.
   */
  analyze(segment: Segment, extra: { modelSentiment?: number | null } = {}): Insight[] {
    if (!segment.final) return [];
    const drafts = this.isInterviewer(segment)
      ? this.interviewer(segment)
      : this.candidate(segment, extra.modelSentiment ?? null);
    return drafts.map((d, i) => ({
      ...d,
      id: `${segment.id}-l${i}`,
      source: "local",
      segmentId: segment.id,
      atMs: segment.startMs,
    }));
  }

  private tickPlan(text: string): void {
    const words = new Set(contentWords(text));
    for (const p of this.state.plan) {
      const needed = contentWords(p.item);
      if (
        !p.covered &&
        needed.length > 0 &&
        needed.filter((w) => words.has(w)).length / needed.length >= THRESHOLDS.planCoverage
      )
        p.covered = true;
    }
  }

  private interviewer(segment: Segment): InsightDraft[] {
    const out: InsightDraft[] = complianceChecks(segment.text, this.complianceTopics);
    if (isQuestion(segment.text)) {
      this.state.currentQuestion = segment.text.trim();
      this.answer = "";
      this.answerFlags = new Set();
    }
    this.tickPlan(segment.text);
    return out;
  }

  /** The technology the current question asks "how long" about, for answers that do not repeat its name. */
  private askedAbout() {
    const q = this.state.currentQuestion;
    if (!q || !HOW_LONG.test(q)) return null;
    const [first, ...rest] = findSkills(q, { anyCase: true });
    return first && rest.every((r) => r.tech === first.tech) ? first.tech : null;
  }

  private once(flag: string, draft: InsightDraft, out: InsightDraft[]): void {
    if (this.answerFlags.has(flag)) return;
    this.answerFlags.add(flag);
    out.push(draft);
  }

  private candidate(segment: Segment, modelSentiment: number | null): InsightDraft[] {
    const out: InsightDraft[] = [];
    const text = segment.text;
    this.answer = `${this.answer} ${text}`.trim();
    this.tickPlan(text);

    const listed = findSkills(text);
    const fresh = [...new Set(listed.map((s) => s.tech.name))].filter((n) => !this.state.skills.includes(n));
    if (fresh.length > 0) {
      this.state.skills.push(...fresh);
      out.push({
        type: "insight",
        priority: "low",
        title: `Skills mentioned: ${fresh.join(", ")}`,
        content: `New in this interview: ${fresh.join(", ")}.`,
      });
    }
    const claims = experienceClaims(text, this.today, this.askedAbout());
    out.push(...claims.flatMap((c) => claimChecks(c, this.today)));
    out.push(...reductionChecks(text), ...ratioChecks(text));
    out.push(...this.claims.read(segment.id, text, claims, this.state.currentQuestion));

    const p = profile(text);
    const vaguePhrase = /\b(?:we|i)\s+(?:kind of|sort of|just|basically|somehow)\s+\w+/i.exec(text)?.[0];
    if (
      p.vagueActions > 0 ||
      (p.hedges >= THRESHOLDS.vagueHedges && p.specifics === 0 && p.words >= THRESHOLDS.vagueMinWords)
    ) {
      this.once(
        "vague",
        {
          type: "question",
          priority: "medium",
          title: "Vague answer: probe for specifics",
          content: vaguePhrase
            ? `They said "${vaguePhrase}". Ask: what exactly did you do yourself, step by step, and what changed as a result?`
            : "Ask for one concrete example: what you did, with which tools, and a number that shows the outcome.",
        },
        out,
      );
    }

    const compound = combineSentiment(sentimentOf(text), modelSentiment);
    this.state.sentiment.push({
      atMs: segment.startMs,
      segmentId: segment.id,
      compound,
      ...(modelSentiment === null ? {} : { model: modelSentiment }),
    });
    const stressMarkers = ((p.fillers + p.selfCorrections + p.hedges) / Math.max(p.words, 1)) * 100;
    if (
      stressMarkers >= THRESHOLDS.stressMarkersPer100Words &&
      p.words >= THRESHOLDS.stressMinWords &&
      compound < THRESHOLDS.stressMaxSentiment &&
      !this.stressedShown
    ) {
      this.stressedShown = true;
      out.push({
        type: "warning",
        priority: "medium",
        title: "Candidate may be stressed",
        content:
          "Many fillers, hedges and self-corrections. Consider a reassuring remark or an easier follow-up before probing further.",
      });
    }
    const ema = trend(this.state.sentiment);
    const last = ema[ema.length - 1] ?? 0;
    if (
      this.state.sentiment.length >= THRESHOLDS.trendMinAnswers &&
      last <= THRESHOLDS.negativeTrend &&
      !this.answerFlags.has("negative")
    ) {
      this.once(
        "negative",
        {
          type: "sentiment",
          priority: "low",
          title: "Tone turning negative",
          content: `Sentiment trend ${last.toFixed(2)} over the last answers.`,
        },
        out,
      );
    }
    // A technology the role needs, named in a list and not described: ask for the depth behind it.
    const dropped = listed.length >= 3 ? listed.find((s) => this.wanted.has(s.tech.name)) : undefined;
    if (dropped) {
      const others = [...new Set(listed.map((s) => s.tech.name).filter((n) => n !== dropped.tech.name))].slice(0, 3);
      this.once(
        `depth-${dropped.tech.name}`,
        {
          type: "question",
          priority: "medium",
          title: `Depth behind ${dropped.tech.name}`,
          content: `They named "${text.slice(dropped.start, dropped.end)}" alongside ${others.join(", ")}. The role needs it: ask what they built with it themselves, and what went wrong.`,
        },
        out,
      );
    }
    // "we improved it significantly": the number behind the word.
    const unquantified = UNQUANTIFIED.exec(text);
    if (unquantified && p.specifics === 0) {
      this.once(
        "unquantified",
        {
          type: "question",
          priority: "medium",
          title: "A claim without a number",
          content: `They said "${unquantified[0].trim()}". Ask for the figure behind it: before, after, and how it was measured.`,
        },
        out,
      );
    }
    if (p.specifics >= 2 && p.hedges === 0) {
      this.once(
        "specific",
        {
          type: "highlight",
          priority: "low",
          title: "Specific, confident answer",
          content: "Concrete figures and no hedging: a moment worth noting.",
        },
        out,
      );
    }

    const answer = profile(this.answer);
    if (answer.weCount >= THRESHOLDS.ownershipWeCount && answer.iCount === 0) {
      this.once(
        "ownership",
        {
          type: "question",
          priority: "medium",
          title: 'Only "we" so far',
          content: `${quoteOf(this.answer, /\bwe\b[^.,;!?]{3,60}/i, 'They said "', '". ')}Ask what they personally owned and decided, as opposed to the team.`,
        },
        out,
      );
    }
    if (
      this.state.currentQuestion &&
      BEHAVIOURAL.test(this.state.currentQuestion) &&
      answer.words >= THRESHOLDS.starMinWords
    ) {
      const s = star(this.answer);
      const missing = (["situation", "task", "action", "result"] as const).filter((k) => !s[k]);
      if (missing.length > 0) {
        this.once(
          `star-${missing.join()}`,
          {
            type: "question",
            priority: missing.includes("result") || missing.includes("action") ? "high" : "medium",
            title: `STAR: missing ${missing.join(", ")}`,
            content: missing.includes("result")
              ? `${quoteOf(this.answer, /[^.!?]{10,80}[.!?]?$/, 'Their answer ends with "', '". ')}Ask how it ended: what changed, and how they measured it.`
              : missing.includes("action")
                ? "Ask what they themselves did, step by step."
                : `Ask for the ${missing[0]} before going on.`,
          },
          out,
        );
      } else if (!s.quantified) {
        this.once(
          "quantify",
          {
            type: "question",
            priority: "low",
            title: "Result without a number",
            content: "Ask how big the result was: a figure, before and after.",
          },
          out,
        );
      }
    }
    return this.prioritised(out);
  }

  /** Follow-ups that touch what the job description or the plan asks for move up one priority. */
  private prioritised(drafts: InsightDraft[]): InsightDraft[] {
    if (this.wanted.size === 0) return drafts;
    const topic = [...this.wanted].find((w) =>
      new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "i").test(this.answer),
    );
    if (!topic) return drafts;
    return drafts.map((d) =>
      d.type === "question" && d.priority !== "high"
        ? {
            ...d,
            priority: d.priority === "low" ? "medium" : "high",
            content: `${d.content} (${topic} is in the job description or plan.)`,
          }
        : d,
    );
  }
}
