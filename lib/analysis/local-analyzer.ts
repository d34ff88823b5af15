/**
 * The local analyzer: runs on every final segment, on the device, in milliseconds, with no network.
 * Interviewer segments set the current question and tick off the question plan; candidate segments are
 * analysed against the question that was asked. It reads and writes the interview's language (`language`,
 * English by default): the words it looks for come from `lang/`, the card text from `messages/`.
 */
import { DEFAULT_LANGUAGE, type Language } from "../language";
import type { Segment } from "../transcript/segment";
import { contentWords, PLAN_COVERAGE } from "./plan-words";
import type { Insight, InsightDraft } from "./insight";
import { claimChecks, ratioChecks, reductionChecks } from "./claims/checks";
import { experienceClaims } from "./claims/experience";
import { experienceClaimsIn } from "./claims/experience-lang";
import { InterviewClaims } from "./claims/interview-claims";
import { RULES, type LanguageRules } from "./lang";
import { writeNumbers } from "./lang/numbers";
import { MESSAGES, type InsightMessages } from "./messages";
import { complianceChecks, topicsFor, type ComplianceTopic, type CompliancePolicy } from "./rules/compliance";
import { profile, star } from "./rules/language";
import { findSkills } from "./rules/skills";
import { findSkillsIn } from "./rules/skills-lang";
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

/** The candidate's own words for a follow-up, or null when the pattern finds none. */
function quoteOf(text: string, re: RegExp): string | null {
  return re.exec(text.trim())?.[0].trim() ?? null;
}
/** The last words of an answer, quoted when its STAR result is missing. */
const ANSWER_END = /[^.!?]{10,80}[.!?]?$/;

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
  /** The interview's language: what the rules listen for and what the cards say (default English). */
  language?: Language;
}

export { contentWords };

export function isQuestion(text: string, language: Language = DEFAULT_LANGUAGE): boolean {
  return text.trim().endsWith("?") || RULES[language].questionStart.test(text.trim());
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
  private readonly language: Language;
  private readonly rules: LanguageRules;
  private readonly say: InsightMessages;
  readonly state: AnalyzerState;

  constructor(options: AnalyzerOptions = {}) {
    this.today = options.today ?? new Date();
    this.isInterviewer = options.isInterviewer ?? ((s) => this.defaultIsInterviewer(s));
    this.language = options.language ?? DEFAULT_LANGUAGE;
    this.rules = RULES[this.language];
    this.say = MESSAGES[this.language];
    this.claims = new InterviewClaims(this.today, this.language, this.say);
    this.wanted = new Set([
      ...findSkills(options.jobDescription ?? "", { anyCase: true }).map((s) => s.tech.name),
      ...(options.questionPlan ?? []).flatMap((p) => findSkills(p, { anyCase: true }).map((s) => s.tech.name)),
    ]);
    this.complianceTopics = topicsFor(options.compliance, this.language);
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
    const words = new Set(contentWords(text, this.language));
    for (const p of this.state.plan) {
      const needed = contentWords(p.item, this.language);
      if (
        !p.covered &&
        needed.length > 0 &&
        needed.filter((w) => words.has(w)).length / needed.length >= THRESHOLDS.planCoverage
      )
        p.covered = true;
    }
  }

  private interviewer(segment: Segment): InsightDraft[] {
    const out: InsightDraft[] = complianceChecks(segment.text, this.complianceTopics, this.language, this.say);
    if (isQuestion(segment.text, this.language)) {
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
    if (!q || !this.rules.howLong.test(q)) return null;
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

    const say = this.say;
    const listed = findSkillsIn(text, this.language);
    const fresh = [...new Set(listed.map((s) => s.tech.name))].filter((n) => !this.state.skills.includes(n));
    if (fresh.length > 0) {
      this.state.skills.push(...fresh);
      out.push({
        check: "skills",
        type: "insight",
        priority: "low",
        title: say.skills.title(fresh.join(", ")),
        content: say.skills.content(fresh.join(", ")),
      });
    }
    const claims =
      this.language === "en"
        ? experienceClaims(text, this.today, this.askedAbout())
        : experienceClaimsIn(text, this.today, this.askedAbout(), this.language);
    out.push(...claims.flatMap((c) => claimChecks(c, this.today, say)));
    // The before-and-after arithmetic ("from 2 seconds to 1 second, 4x faster") reads English only.
    out.push(...reductionChecks(text, this.language, say), ...(this.language === "en" ? ratioChecks(text) : []));
    out.push(...this.claims.read(segment.id, text, claims, this.state.currentQuestion));

    // Spoken figures count as specifics in the other languages ("tres segundos"); English reads digits.
    const p = profile(writeNumbers(text, this.language).text, this.rules);
    const vaguePhrase = this.rules.vaguePhrase.exec(text)?.[0];
    if (
      p.vagueActions > 0 ||
      (p.hedges >= THRESHOLDS.vagueHedges && p.specifics === 0 && p.words >= THRESHOLDS.vagueMinWords)
    ) {
      this.once(
        "vague",
        {
          check: "vague_answer",
          type: "question",
          priority: "medium",
          title: say.vague.title,
          content: vaguePhrase ? say.vague.quoted(vaguePhrase) : say.vague.generic,
        },
        out,
      );
    }

    const compound = combineSentiment(sentimentOf(text, this.language), modelSentiment);
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
        check: "stress",
        type: "warning",
        priority: "medium",
        title: say.stress.title,
        content: say.stress.content,
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
          check: "negative_trend",
          type: "sentiment",
          priority: "low",
          title: say.negativeTrend.title,
          content: say.negativeTrend.content(last.toFixed(2)),
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
          check: "depth",
          type: "question",
          priority: "medium",
          title: say.depth.title(dropped.tech.name),
          content: say.depth.content(text.slice(dropped.start, dropped.end), others.join(", ")),
        },
        out,
      );
    }
    // "we improved it significantly": the number behind the word.
    const unquantified = this.rules.unquantified.exec(text);
    if (unquantified && p.specifics === 0) {
      this.once(
        "unquantified",
        {
          check: "unquantified",
          type: "question",
          priority: "medium",
          title: say.unquantified.title,
          content: say.unquantified.content(unquantified[0].trim()),
        },
        out,
      );
    }
    if (p.specifics >= 2 && p.hedges === 0) {
      this.once(
        "specific",
        {
          check: "specific_answer",
          type: "highlight",
          priority: "low",
          title: say.specific.title,
          content: say.specific.content,
        },
        out,
      );
    }

    const answer = profile(writeNumbers(this.answer, this.language).text, this.rules);
    if (answer.weCount >= THRESHOLDS.ownershipWeCount && answer.iCount === 0) {
      const we = quoteOf(this.answer, this.rules.weQuote);
      this.once(
        "ownership",
        {
          check: "ownership",
          type: "question",
          priority: "medium",
          title: say.ownership.title,
          content: `${we ? say.ownership.quoted(we) : ""}${say.ownership.content}`,
        },
        out,
      );
    }
    if (
      this.state.currentQuestion &&
      this.rules.behavioural.test(this.state.currentQuestion) &&
      answer.words >= THRESHOLDS.starMinWords
    ) {
      const s = star(this.answer, this.rules);
      const missing = (["situation", "task", "action", "result"] as const).filter((k) => !s[k]);
      if (missing.length > 0) {
        const end = quoteOf(this.answer, ANSWER_END);
        this.once(
          `star-${missing.join()}`,
          {
            check: "star_missing",
            type: "question",
            priority: missing.includes("result") || missing.includes("action") ? "high" : "medium",
            title: say.star.title(missing.map((k) => say.star.part[k]).join(", ")),
            content: missing.includes("result")
              ? `${end ? say.star.endsWith(end) : ""}${say.star.askResult}`
              : missing.includes("action")
                ? say.star.askAction
                : say.star.askPart(say.star.part[missing[0] ?? "situation"]),
          },
          out,
        );
      } else if (!s.quantified) {
        this.once(
          "quantify",
          {
            check: "star_unquantified",
            type: "question",
            priority: "low",
            title: say.star.quantifyTitle,
            content: say.star.quantifyContent,
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
            content: `${d.content}${this.say.wanted(topic)}`,
          }
        : d,
    );
  }
}
