/**
 * One interview's privacy state and the send pipeline, on the device: the pseudonym map, the local
 * analyzer, the scrubbed lines of the analysis window, the last window sent and the replies by window.
 * The privacy worker creates one per interview (startSession) and only routes messages to it, so all of
 * this runs, and is tested, in Node with the real scrubber.
 */
import type { CompliancePolicy } from "../analysis/rules/compliance";
import { LocalAnalyzer } from "../analysis/local-analyzer";
import type { Insight } from "../analysis/insight";
import type { SentimentPoint } from "../analysis/sentiment";
import { INTERVIEWER, type Segment } from "../transcript/segment";
import type { AnalysisClient } from "./analysis-client";
import { CopilotError } from "../errors";
import { mergeSummary, type ModelSummary, type PlacedChunk } from "../analytics/model-summary";
import type { ModelInsight, SummaryChunk } from "./analysis-request";
import { buildChunks, buildWindow, segmentOfRef, settledWords, type ScrubbedLine } from "./analysis-window";
import { DEFAULT_POLICY, type Category, type ScrubPolicy } from "./categories";
import type { ModelProblems, TextModels } from "./provided-models";
import { PseudonymMap, type PseudonymEntry } from "./pseudonyms";
import { scrub, type ScrubbedText } from "./scrubber";
import { loadScrubLanguage } from "./language-words";
import type { Language } from "../language";

export interface SavedPseudonyms {
  candidate: string | null;
  entries: PseudonymEntry[];
}

export interface PrivacySessionSetup {
  candidateName: string | null;
  role?: string;
  jobDescription?: string;
  questionPlan?: string[];
  /** The organisation policy's categories. */
  scrub?: Category[];
  /** A reopened session's pseudonyms, so tokens stay the same. */
  pseudonyms?: SavedPseudonyms | null;
  /** The organisation policy's compliance guardrail settings. */
  compliance?: CompliancePolicy;
  /** The interview's language (default English): scrubbing, local insights and the model's answers. */
  language?: Language;
}

export interface SegmentOutcome {
  insights: Insight[];
  nerModel: string | null;
  /** The transformer sentiment model in use beside VADER (dropped if it fails). */
  sentimentModel: string | null;
  /** Why a provided model is not (or no longer) in use. */
  problems: ModelProblems;
  /** The question plan with what is covered so far. */
  plan: { item: string; covered: boolean }[];
  /** The candidate's sentiment for this segment (VADER), if it was the candidate's. */
  sentiment: SentimentPoint | null;
}

export interface AnalysisOutcome {
  /** Insights with pseudonyms mapped back to real names, for display on this device only. */
  insights: ModelInsight[];
  /** The segment the window ends with: insights refer to it. */
  lastSegmentId: string;
}

/** Replies kept by window, so a reload or retry of the same window sends nothing. */
export const REPLY_CACHE_LIMIT = 50;
/**
 * Scrubbed lines kept for the window: far more than fit in its 2,000 characters (one-word lines are
 * about 20 characters), so the window is unchanged, and a two-hour interview holds a constant amount.
 */
export const WINDOW_LINES_KEPT = 200;

export interface PrivacySessionDeps {
  /** The one door out. */
  client: AnalysisClient;
  models: TextModels;
}

export class PrivacySession {
  private readonly pseudonyms: PseudonymMap;
  private analyzer: LocalAnalyzer;
  private readonly policy: ScrubPolicy;
  private readonly lines: ScrubbedLine[] = [];
  private lastSentKey = "";
  private readonly replies = new Map<string, ModelInsight[]>();
  private readonly summaryReplies = new Map<string, SummaryChunk>();
  private currentLanguage: Language;

  constructor(
    private readonly setup: PrivacySessionSetup,
    private readonly deps: PrivacySessionDeps,
  ) {
    this.policy = setup.scrub ? { scrub: setup.scrub } : DEFAULT_POLICY;
    this.currentLanguage = setup.language ?? "en";
    this.pseudonyms = setup.pseudonyms
      ? PseudonymMap.fromJSON(setup.pseudonyms)
      : new PseudonymMap(setup.candidateName ?? undefined);
    this.analyzer = this.newAnalyzer(this.currentLanguage);
  }

  /**
   * Runs the local analyzer on a segment (raw text, on the device) and returns its insights; then
   * scrubs the segment and keeps it for the analysis window.
   */
  async addSegment(segment: Segment): Promise<SegmentOutcome> {
    const before = this.analyzer.state.sentiment.length;
    const modelSentiment = segment.final ? await this.deps.models.sentimentOf(segment.text) : null;
    const insights = this.analyzer.analyze(segment, { modelSentiment });
    this.lines.push(await this.scrubbedLine(segment.id, segment.speaker, segment.text, segment.language));
    if (this.lines.length > WINDOW_LINES_KEPT) this.lines.splice(0, this.lines.length - WINDOW_LINES_KEPT);
    const { sentiment, plan } = this.analyzer.state;
    const { nerModel, sentimentModel, problems } = this.deps.models.status();
    return {
      insights,
      nerModel,
      sentimentModel,
      problems,
      plan: plan.map((p) => ({ ...p })),
      sentiment: sentiment.length > before ? (sentiment.at(-1) ?? null) : null,
    };
  }

  /** The pseudonym map, for the encrypted vault. */
  savedPseudonyms(): SavedPseudonyms {
    return this.pseudonyms.toJSON();
  }

  /**
   * Sends the current window if it changed since the last one sent (null when there is nothing new).
   * The same window again is answered from the reply cache and sends nothing. `onInsight` sees each
   * insight, real names restored, as it streams in. Throws the client's typed errors.
   */
  async analyze(
    onInsight: (insight: ModelInsight, lastSegmentId: string) => void,
    ongoing: Segment | null = null,
  ): Promise<AnalysisOutcome | null> {
    const settled = ongoing && !ongoing.final ? settledWords(ongoing.text) : "";
    const ongoingLine =
      ongoing && settled ? [await this.scrubbedLine(ongoing.id, ongoing.speaker, settled, ongoing.language)] : [];
    const { text, lastId, refs } = buildWindow([...this.lines, ...ongoingLine]);
    await loadScrubLanguage(this.language);
    const question = this.analyzer.state.currentQuestion;
    const key = `${question ?? ""}\u0000${text}`;
    if (!lastId || key === this.lastSentKey) return null;
    const reveal = (insight: ModelInsight): ModelInsight => ({
      ...insight,
      title: this.pseudonyms.reveal(insight.title),
      content: this.pseudonyms.reveal(insight.content),
      segment: segmentOfRef(insight.segment, refs, lastId),
    });
    const cached = this.replies.get(key);
    if (cached) {
      this.lastSentKey = key;
      return { insights: cached.map(reveal), lastSegmentId: lastId };
    }
    // Scrubbed as a whole: the branded values the client demands come only from here.
    const window: ScrubbedText = scrub(text, this.pseudonyms, {
      policy: this.policy,
      language: this.language,
    }).scrubbed;
    const optional = async (value: string | undefined) => (value?.trim() ? this.scrubText(value.trim()) : undefined);
    const plan = this.setup.questionPlan?.filter((q) => q.trim());
    const reply = await this.deps.client.analyze(
      {
        window,
        question: question ? await this.scrubText(question) : undefined,
        role: await optional(this.setup.role),
        jobDescription: await optional(this.setup.jobDescription),
        questionPlan: plan?.length ? await Promise.all(plan.map((q) => this.scrubText(q))) : undefined,
        ...(this.language === "en" ? {} : { language: this.language }),
      },
      (insight) => onInsight(reveal(insight), lastId),
    );
    this.lastSentKey = key;
    this.replies.set(key, reply.insights);
    if (this.replies.size > REPLY_CACHE_LIMIT) this.replies.delete(this.replies.keys().next().value ?? "");
    return { insights: reply.insights.map(reveal), lastSegmentId: lastId };
  }

  /**
   * The debrief's summary by the model: the whole transcript (final segments) in chunks, each scrubbed
   * as a whole and sent as its own request through the one door out, then merged on the device with
   * real names restored. A chunk already answered (a retry after a failure) is not sent again.
   * `onProgress` sees how many requests are answered. Throws the client's typed errors.
   */
  async summarize(
    segments: readonly Segment[],
    competencies: readonly string[],
    onProgress: (answered: number, of: number) => void = () => {},
    now = Date.now(),
  ): Promise<ModelSummary> {
    const finals = segments.filter((s) => s.final && s.text.trim());
    const lines = await Promise.all(finals.map((s) => this.scrubbedLine(s.id, s.speaker, s.text, s.language)));
    const chunks = buildChunks(lines);
    await loadScrubLanguage(this.language);
    if (chunks.length === 0)
      throw new CopilotError({ code: "invalid_input", message: "There is no transcript to summarise." });
    const scrubbedCompetencies = await Promise.all(competencies.map((c) => this.scrubText(c)));
    const optional = async (value: string | undefined) => (value?.trim() ? this.scrubText(value.trim()) : undefined);
    const role = await optional(this.setup.role);
    const jobDescription = await optional(this.setup.jobDescription);
    const placed: PlacedChunk[] = [];
    onProgress(0, chunks.length);
    for (const [n, chunk] of chunks.entries()) {
      const window: ScrubbedText = scrub(chunk.text, this.pseudonyms, {
        policy: this.policy,
        language: this.language,
      }).scrubbed;
      const cacheKey = `${chunks.length}\u0000${n}\u0000${window.text}`;
      let reply = this.summaryReplies.get(cacheKey);
      if (!reply) {
        reply = await this.deps.client.summarize({
          window,
          role,
          jobDescription,
          competencies: scrubbedCompetencies,
          part: { index: n + 1, of: chunks.length },
          ...(this.language === "en" ? {} : { language: this.language }),
        });
        this.summaryReplies.set(cacheKey, reply);
      }
      placed.push({ reply: this.revealChunk(reply), refs: chunk.refs });
      onProgress(n + 1, chunks.length);
    }
    const times = new Map(finals.map((s) => [s.id, { startMs: s.startMs, endMs: s.endMs }]));
    return mergeSummary(placed, competencies, (id) => times.get(id), now);
  }

  /** A chunk's answer with real names back, for this device only. */
  private revealChunk(reply: SummaryChunk): SummaryChunk {
    const r = (text: string) => this.pseudonyms.reveal(text);
    return {
      overview: r(reply.overview),
      evidence: reply.evidence.map((e) => ({ ...e, point: r(e.point), competency: r(e.competency) })),
      openQuestions: reply.openQuestions.map((q) => ({ competency: r(q.competency), question: r(q.question) })),
    };
  }

  /** Scrubs with the embedded detector, plus the NER model's names when one is in use. */
  private async scrubText(text: string, isInterviewer = false, language = this.language): Promise<ScrubbedText> {
    await loadScrubLanguage(language);
    const extraSpans = await this.deps.models.personSpans(text);
    return scrub(text, this.pseudonyms, { extraSpans, policy: this.policy, isInterviewer, language }).scrubbed;
  }

  /** The interview's language as the session knows it now (the interviewer may correct it). */
  get language(): Language {
    return this.currentLanguage;
  }

  /**
   * A corrected language: scrubbing, local insights and requests follow it from the next segment. The
   * analyzer listens for the new language's words; what it knows of the interview (the question, plan
   * coverage, skills, sentiment) carries over.
   */
  setLanguage(language: Language): void {
    if (language === this.currentLanguage) return;
    this.currentLanguage = language;
    const { currentQuestion, plan, skills, sentiment } = this.analyzer.state;
    this.analyzer = this.newAnalyzer(language);
    Object.assign(this.analyzer.state, { currentQuestion, plan, skills, sentiment });
  }

  private newAnalyzer(language: Language): LocalAnalyzer {
    return new LocalAnalyzer({
      questionPlan: this.setup.questionPlan,
      jobDescription: this.setup.jobDescription,
      compliance: this.setup.compliance,
      language,
    });
  }

  /** A transcript line for the window: speaker labels are scrubbed like text (imports carry names). */
  /** A segment is scrubbed in its own language when transcription knew it (mixed-language answers). */
  private async scrubbedLine(id: string, speaker: string, text: string, language?: Language): Promise<ScrubbedLine> {
    // The interviewer's greeting ("hi priya, thanks for joining") teaches the session the candidate's name.
    const isInterviewer = speaker === INTERVIEWER;
    const said = await this.scrubText(text, isInterviewer, language ?? this.language);
    return { id, line: `${(await this.scrubText(speaker)).text}: ${said.text}` };
  }
}
