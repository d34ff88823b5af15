/**
 * Feeds final segments to the privacy worker (scrubbing on the device) and schedules analysis of the
 * scrubbed window: after new speech settles, never two at once, never the same window twice. When no
 * model is configured or reachable the state says "local insights only" and nothing else changes.
 */
import { withModelInsight } from "../../lib/analysis/merge";
import { SerialQueue } from "../../lib/serial-queue";
import type { CompliancePolicy } from "../../lib/analysis/rules/compliance";
import * as Comlink from "comlink";
import { ObservableState } from "../../lib/observable-state";
import type { CopilotErrorData } from "../../lib/errors";
import type { ModelInsight } from "../../lib/privacy/analysis-request";
import { sortInsights, type Insight } from "../../lib/analysis/insight";
import type { OutboundRecord } from "../../lib/privacy/analysis-client";
import type { TranscriptStore } from "../../lib/transcript/transcript-store";
import type { Segment } from "../../lib/transcript/segment";
import { DEFAULT_NER_MODEL, DEFAULT_SENTIMENT_MODEL } from "../../models/catalog";
import type { ModelProblems, PrivacyWorkerApi, SavedPseudonyms } from "../../workers/privacy-protocol";
import type { Category } from "../../lib/privacy/categories";
import { ONGOING_SPEECH_INTERVAL_MS } from "../../lib/privacy/analysis-window";
import type { SentimentPoint } from "../../lib/analysis/sentiment";

export type AnalysisStatus =
  "checking" | "connected" | "local_only" | "local_mode" | "not_allowed" | "unreachable" | "offline";

/** Statuses in which nothing is sent. */
const NOTHING_SENT: readonly AnalysisStatus[] = ["local_only", "local_mode", "not_allowed"];

export interface AnalysisSetup {
  candidate: string;
  role?: string;
  jobDescription?: string;
  questionPlan?: string[];
  /** Local + model chosen in setup (the policy may still forbid it). */
  useModel: boolean;
  /** The organisation policy's verdict on cloud analysis, with its reason when it forbids it. */
  policy: { allowed: boolean; reason: string | null; scrub?: Category[]; compliance?: CompliancePolicy };
  /** A reopened session: its insights and pseudonyms; its segments are already in the transcript. */
  restore?: { insights: Insight[]; pseudonyms: SavedPseudonyms | null };
}

export interface AnalysisState {
  status: AnalysisStatus;
  busy: boolean;
  /** Local and model insights, high priority first. */
  insights: Insight[];
  outbound: OutboundRecord[];
  lastError: CopilotErrorData | null;
  /** The last segment the device could not analyse, in words (the next ones go on). */
  localError: CopilotErrorData | null;
  /** The transformer NER model in use beside the embedded detector, if the organisation provided one. */
  nerModel: string | null;
  /** The transformer sentiment model combined with VADER, if the organisation provided one. */
  sentimentModel: string | null;
  /** Why a model the organisation provides is not in use (shown beside what runs instead). */
  modelProblems: ModelProblems;
  /** Why nothing is sent, when the policy forbids it. */
  notAllowedReason: string | null;
  plan: { item: string; covered: boolean }[];
  /** The candidate's sentiment per answer segment. */
  sentiment: SentimentPoint[];
  /** The session's pseudonym map (saved encrypted in the vault), updated as new values appear. */
  pseudonyms: SavedPseudonyms | null;
}

export const NER_MODEL_KEY = "copilot.nerModel";
export const SENTIMENT_MODEL_KEY = "copilot.sentimentModel";

export const INITIAL_ANALYSIS_STATE: AnalysisState = {
  status: "checking",
  busy: false,
  insights: [],
  outbound: [],
  lastError: null,
  localError: null,
  nerModel: null,
  sentimentModel: null,
  modelProblems: { ner: null, sentiment: null },
  notAllowedReason: null,
  plan: [],
  sentiment: [],
  pseudonyms: null,
};

export class AnalysisController extends ObservableState<AnalysisState> {
  private readonly worker: Worker;
  private readonly privacy: Comlink.Remote<PrivacyWorkerApi>;
  private readonly seen = new Set<string>();
  private running = false;
  private again = false;
  private unsubscribe: () => void;
  /** Segments go to the privacy worker one after another; a failed one is reported, the next still goes. */
  private readonly feeding = new SerialQueue((error) =>
    this.set({
      localError: {
        code: "local_analysis_failed",
        message: `Local analysis failed on a segment (${error instanceof Error ? error.message : String(error)}).`,
      },
    }),
  );
  private started = false;
  private configured: Promise<boolean>;

  /** Benchmark timings are kept only when asked for (?metrics=1). */
  private readonly recordTimings: boolean;

  constructor(
    private readonly transcript: TranscriptStore,
    options: { recordTimings?: boolean } = {},
  ) {
    super(INITIAL_ANALYSIS_STATE);
    this.recordTimings = options.recordTimings === true;
    this.worker = new Worker(new URL("../../workers/privacy.worker.ts", import.meta.url), {
      type: "module",
      name: "privacy",
    });
    this.privacy = Comlink.wrap<PrivacyWorkerApi>(this.worker);
    this.unsubscribe = transcript.subscribe(() => this.onTranscript());
    this.configured = this.checkConfigured();
    this.nerReady = this.privacy
      .enableNer(localStorage.getItem(NER_MODEL_KEY) ?? DEFAULT_NER_MODEL)
      .then(({ id, problem }) =>
        this.set({ nerModel: id, modelProblems: { ...this.state.modelProblems, ner: problem } }),
      );
    this.sentimentReady = this.privacy
      .enableSentiment(localStorage.getItem(SENTIMENT_MODEL_KEY) ?? DEFAULT_SENTIMENT_MODEL)
      .then(({ id, problem }) =>
        this.set({ sentimentModel: id, modelProblems: { ...this.state.modelProblems, sentiment: problem } }),
      );
  }

  private readonly nerReady: Promise<void>;
  private readonly sentimentReady: Promise<void>;

  /** Whether the server has a model configured; the server's own policy verdict is checked too. */
  private async checkConfigured(): Promise<boolean> {
    try {
      const response = await fetch("/api/analyze");
      const body = (await response.json()) as { configured?: boolean; allowed?: boolean; reason?: string | null };
      if (body.allowed === false) {
        this.set({ status: "not_allowed", notAllowedReason: body.reason ?? null });
        return false;
      }
      if (!body.configured) this.set({ status: "local_only" });
      else if (this.state.status === "checking") this.set({ status: "connected" });
      return body.configured === true;
    } catch {
      this.set({ status: "offline" });
      return false;
    }
  }

  /**
   * Starts the interview's analysis: the candidate's name is scrubbed as [CANDIDATE] from here on. A
   * reopened session gets its insights and pseudonyms back and its segments re-read on the device, with
   * nothing sent again.
   */
  async startSession(setup: AnalysisSetup): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.privacy.startSession({
      candidateName: setup.candidate.trim() || null,
      role: setup.role,
      jobDescription: setup.jobDescription,
      questionPlan: setup.questionPlan,
      scrub: setup.policy.scrub,
      compliance: setup.policy.compliance,
      pseudonyms: setup.restore?.pseudonyms ?? null,
    });
    if (!setup.policy.allowed) this.set({ status: "not_allowed", notAllowedReason: setup.policy.reason });
    else if (!setup.useModel) this.set({ status: "local_mode" });
    if (setup.restore) {
      const restored = this.transcript.get().segments.filter((s) => s.final);
      for (const s of restored) this.seen.add(s.id);
      this.set({ insights: sortInsights(setup.restore.insights) });
      void this.feeding.run(() => this.feed(restored, false));
    }
    this.onTranscript();
  }

  /**
   * Runs the local analyzer and the scrubber on segments; `show` adds their local insights. State is
   * published once per batch (a reopened two-hour session is hundreds of segments: one render, not
   * hundreds).
   */
  private async feed(segments: readonly Segment[], show: boolean): Promise<void> {
    await this.nerReady;
    await this.sentimentReady;
    let insights = this.state.insights;
    let sentiment = this.state.sentiment;
    let plan = this.state.plan;
    let nerModel = this.state.nerModel;
    let sentimentModel = this.state.sentimentModel;
    let modelProblems = this.state.modelProblems;
    for (const s of segments) {
      const outcome = await this.privacy.addSegment(s);
      plan = outcome.plan;
      nerModel = outcome.nerModel;
      sentimentModel = outcome.sentimentModel;
      modelProblems = outcome.problems;
      if (outcome.sentiment) sentiment = [...sentiment, outcome.sentiment];
      const fresh = show ? outcome.insights.filter((i) => !insights.some((x) => x.id === i.id)) : [];
      if (fresh.length > 0) insights = sortInsights([...insights, ...fresh]);
    }
    const pseudonyms = await this.privacy.pseudonyms();
    const changed = JSON.stringify(pseudonyms) !== JSON.stringify(this.state.pseudonyms);
    // Model insights may have arrived meanwhile: merge, do not overwrite.
    const merged =
      insights === this.state.insights
        ? insights
        : sortInsights([
            ...this.state.insights,
            ...insights.filter((i) => !this.state.insights.some((x) => x.id === i.id)),
          ]);
    this.set({
      plan,
      nerModel,
      sentimentModel,
      modelProblems,
      sentiment,
      insights: merged,
      ...(changed ? { pseudonyms } : {}),
    });
  }

  private onTranscript(): void {
    if (!this.started) return;
    const segments = this.transcript.get().segments;
    const fresh = segments.filter((s) => s.final && !this.seen.has(s.id));
    if (fresh.length === 0) {
      // Someone is still speaking: their settled words are analysed every few seconds, not only at the
      // end of the utterance (a long answer would otherwise wait until its speaker pauses).
      const ongoing = segments.findLast((s) => !s.final && s.text.trim());
      if (ongoing && !this.running && Date.now() - this.lastRequestAt >= ONGOING_SPEECH_INTERVAL_MS)
        void this.run(ongoing);
      return;
    }
    for (const s of fresh) {
      this.seen.add(s.id);
      if (this.recordTimings) this.timings.push({ segmentId: s.id, finalAt: Date.now() });
    }
    void this.feeding.run(() => this.feed(fresh, true));
    // At once: each final segment ends an utterance. While a request runs, new segments coalesce into
    // one follow-up request for the newest window.
    void this.run();
  }

  /** A streamed model insight: shown at once unless it repeats a card or merges into a local one. */
  private addModelInsight(insight: ModelInsight, lastSegmentId: string): void {
    // The segment the model cites (resolved on the device), else the window's last.
    const segmentId = insight.segment ?? lastSegmentId;
    const atMs = this.transcript.get().segments.find((x) => x.id === segmentId)?.startMs ?? 0;
    const next = withModelInsight(this.state.insights, insight, {
      segmentId,
      atMs,
      id: `${segmentId}-m${this.modelCount + 1}`,
    });
    if (next.added) this.modelCount += 1;
    if (
      next.insights.length === this.state.insights.length &&
      !next.added &&
      next.insights.every((i, n) => i === this.state.insights[n])
    )
      return;
    this.set({ insights: next.insights });
    if (!next.added) return;
    const timing = this.recordTimings ? this.timings.find((t) => t.segmentId === segmentId) : undefined;
    if (timing && timing.firstInsightAt === undefined) timing.firstInsightAt = Date.now();
  }

  private modelCount = 0;
  /** For the benchmark: when each window's last segment became final, and its first model insight showed. */
  readonly timings: { segmentId: string; finalAt: number; firstInsightAt?: number }[] = [];

  /** When the last request for a window began (Date.now()). */
  private lastRequestAt = -Infinity;

  private async run(ongoing: Segment | null = null): Promise<void> {
    if (NOTHING_SENT.includes(this.state.status)) return;
    if (!(await this.configured) || NOTHING_SENT.includes(this.state.status)) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.set({ busy: true });
    try {
      await this.feeding.idle();
      this.lastRequestAt = Date.now();
      const reply = await this.privacy.analyze(
        Comlink.proxy((i: ModelInsight, segmentId: string) => this.addModelInsight(i, segmentId)),
        ongoing,
      );
      if (reply.ok && reply.value) {
        // Streamed insights are already shown; any the stream missed are added now (duplicates merge).
        for (const i of reply.value.insights) this.addModelInsight(i, reply.value.lastSegmentId);
        this.set({ status: "connected", lastError: null });
      } else if (!reply.ok) {
        const code = reply.error.code;
        const status =
          code === "analysis_not_allowed"
            ? "not_allowed"
            : code === "analysis_unavailable"
              ? "local_only"
              : "unreachable";
        this.set({
          status,
          lastError: reply.error,
          notAllowedReason: status === "not_allowed" ? reply.error.message : null,
        });
      }
      this.set({ outbound: await this.privacy.outboundLog() });
    } finally {
      this.running = false;
      this.set({ busy: false });
      if (this.again) {
        this.again = false;
        void this.run();
      }
    }
  }

  dispose(): void {
    this.unsubscribe();
    this.worker.terminate();
  }
}
