/**
 * Feeds final segments to the privacy worker (scrubbing on the device) and schedules analysis of the
 * scrubbed window: after new speech settles, never two at once, never the same window twice. When no
 * model is configured or reachable the state says "local insights only" and nothing else changes. It
 * is given its worker API and settings (use-analysis.ts creates them), so it is one job: scheduling.
 */
import * as Comlink from "comlink";
import { sortInsights } from "../../lib/analysis/insight";
import type { CopilotErrorData } from "../../lib/errors";
import { ObservableState } from "../../lib/observable-state";
import type { ModelInsight } from "../../lib/privacy/analysis-request";
import { ONGOING_SPEECH_INTERVAL_MS } from "../../lib/privacy/analysis-window";
import { OUTBOUND_MEMORY_LIMIT } from "../../lib/privacy/outbound-log";
import { SerialQueue } from "../../lib/serial-queue";
import type { SessionStore } from "../../lib/session/session-store";
import type { Segment } from "../../lib/transcript/segment";
import type { Language } from "../../lib/language";
import type { TranscriptStore } from "../../lib/transcript/transcript-store";
import type { PrivacyWorkerApi, SavedPseudonyms } from "../../workers/privacy-protocol";
import {
  INITIAL_ANALYSIS_STATE,
  NOTHING_SENT,
  privacySetupOf,
  serverVerdict,
  statusAfter,
  type AnalysisDeps,
  type AnalysisSetup,
  type AnalysisState,
} from "./analysis-state";
import { feedSegments, mergeModelInsight } from "./analysis-feed";

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class AnalysisController extends ObservableState<AnalysisState> {
  private readonly privacy: Comlink.Remote<PrivacyWorkerApi>;
  private readonly session: SessionStore;
  private readonly seen = new Set<string>();
  private isRunning = false;
  private rerunRequested = false;
  private readonly unsubscribe: () => void;
  /** Segments go to the privacy worker one after another; a failed one is reported, the next still goes. */
  private readonly feeding = new SerialQueue((error) =>
    this.reportLocal({
      code: "local_analysis_failed",
      message: `Local analysis failed on a segment (${messageOf(error)}).`,
    }),
  );
  private setup: AnalysisSetup | null = null;
  private configured: Promise<boolean>;
  private modelsReady: Promise<void>;
  private modelCount = 0;
  /** The worker's outbound-log sequence number read so far (a restarted worker starts again at 0). */
  private workerOutboundSeen = 0;
  /** When the last request for a window began (Date.now()). */
  private lastRequestAt = -Infinity;

  constructor(
    private readonly transcript: TranscriptStore,
    private readonly deps: AnalysisDeps,
  ) {
    super(INITIAL_ANALYSIS_STATE);
    this.privacy = deps.privacy;
    this.session = deps.session;
    this.unsubscribe = transcript.subscribe(() => this.onTranscript());
    this.configured = this.checkConfigured();
    this.modelsReady = this.enableModels();
  }

  private async enableModels(): Promise<void> {
    const [ner, sentiment] = await Promise.all([
      this.privacy.enableNer(this.deps.textModels.ner),
      this.privacy.enableSentiment(this.deps.textModels.sentiment),
    ]);
    this.set({
      nerModel: ner.id,
      sentimentModel: sentiment.id,
      modelProblems: { ner: ner.problem, sentiment: sentiment.problem },
    });
  }

  /** Whether the server has a model configured; the server's own policy verdict is checked too. */
  private async checkConfigured(): Promise<boolean> {
    const verdict = serverVerdict(await this.deps.serverStatus(), this.state.status);
    if (verdict.patch) this.set(verdict.patch);
    return verdict.configured;
  }

  /** The browser came back online: a session that started offline gets model analysis from now on. */
  recheck(): void {
    if (this.state.status !== "offline" && this.state.status !== "unreachable") return;
    this.configured = this.checkConfigured();
    void this.configured.then((ok) => {
      if (ok) void this.run();
    });
  }

  /**
   * Starts the interview's analysis: the candidate's name is scrubbed as [CANDIDATE] from here on. A
   * reopened session gets its insights and pseudonyms back and its segments re-read on the device, with
   * nothing sent again.
   */
  async startSession(setup: AnalysisSetup): Promise<void> {
    if (this.setup) return;
    this.setup = setup;
    await this.startInWorker(setup.restore?.pseudonyms ?? null);
    if (!setup.policy.allowed) this.set({ status: "not_allowed", notAllowedReason: setup.policy.reason });
    else if (!setup.useModel) this.set({ status: "local_mode" });
    if (setup.restore) {
      const restored = this.transcript.get().segments.filter((s) => s.final);
      for (const s of restored) this.seen.add(s.id);
      void this.feeding.run(() => this.feed(restored, false));
    }
    this.onTranscript();
  }

  /**
   * The privacy worker was replaced after a failure: it knows nothing of this interview, so it is set
   * up again with the pseudonyms it had (tokens stay the same) and re-reads what was said, showing
   * nothing twice and sending nothing again.
   */
  async restartedWorker(): Promise<void> {
    if (!this.setup) return;
    this.modelsReady = this.enableModels();
    this.workerOutboundSeen = 0;
    await this.startInWorker(this.state.pseudonyms ?? this.setup.restore?.pseudonyms ?? null);
    const said = this.transcript.get().segments.filter((s) => s.final && this.seen.has(s.id));
    void this.feeding.run(() => this.feed(said, false));
  }

  private startInWorker(pseudonyms: SavedPseudonyms | null): Promise<void> {
    return this.setup ? this.privacy.startSession(privacySetupOf(this.setup, pseudonyms)) : Promise.resolve();
  }

  /** The interviewer corrected the language: a restarted worker and the next segments follow it. */
  async setLanguage(language: Language): Promise<void> {
    if (!this.setup || this.setup.language === language) return;
    this.setup = { ...this.setup, language };
    await this.privacy.setLanguage(language);
  }

  /** A failure on the device, shown in the panel; analysis goes on with the next segment. */
  reportLocal(error: CopilotErrorData): void {
    this.set({ localError: error });
  }

  private async feed(segments: readonly Segment[], show: boolean): Promise<void> {
    await this.modelsReady;
    const { fresh, ...patch } = await feedSegments(this.privacy, segments, this.state, show);
    this.set(patch);
    // Model insights may have arrived meanwhile: added to what the store holds now.
    const known = this.session.insights;
    const added = fresh.filter((i) => !known.some((x) => x.id === i.id));
    if (added.length > 0) this.session.setInsights(sortInsights([...known, ...added]));
  }

  private onTranscript(): void {
    if (!this.setup) return;
    const segments = this.transcript.get().segments;
    const fresh = segments.filter((s) => s.final && !this.seen.has(s.id));
    if (fresh.length === 0) {
      // Someone is still speaking: their settled words are analysed every few seconds, not only at the
      // end of the utterance (a long answer would otherwise wait until its speaker pauses).
      const ongoing = segments.findLast((s) => !s.final && s.text.trim());
      if (ongoing && !this.isRunning && Date.now() - this.lastRequestAt >= ONGOING_SPEECH_INTERVAL_MS)
        void this.run(ongoing);
      return;
    }
    for (const s of fresh) {
      this.seen.add(s.id);
      this.deps.probe?.finalSeen(s.id);
    }
    void this.feeding.run(() => this.feed(fresh, true));
    // At once: each final segment ends an utterance. While a request runs, new segments coalesce into
    // one follow-up request for the newest window.
    void this.run();
  }

  /** A streamed model insight: shown at once unless it repeats a card or merges into a local one. */
  private addModelInsight(insight: ModelInsight, lastSegmentId: string): void {
    const merged = mergeModelInsight(this.session.insights, insight, lastSegmentId, this.transcript, this.modelCount);
    if (!merged) return;
    this.session.setInsights(merged.insights);
    if (!merged.addedTo) return;
    this.modelCount += 1;
    this.deps.probe?.modelCardShown(merged.addedTo);
  }

  private async run(ongoing: Segment | null = null): Promise<void> {
    if (NOTHING_SENT.includes(this.state.status)) return;
    if (!(await this.configured) || NOTHING_SENT.includes(this.state.status)) return;
    if (this.isRunning) {
      this.rerunRequested = true;
      return;
    }
    this.isRunning = true;
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
        const status = statusAfter(reply.error.code);
        this.set({
          status,
          lastError: reply.error,
          notAllowedReason: status === "not_allowed" ? reply.error.message : null,
        });
      }
      await this.readOutbound();
    } catch (error) {
      this.set({ status: "unreachable", lastError: { code: "worker_failed", message: messageOf(error) } });
    } finally {
      this.isRunning = false;
      this.set({ busy: false });
      if (this.rerunRequested) {
        this.rerunRequested = false;
        void this.run();
      }
    }
  }

  /** Only the entries that are new since the last read cross from the worker; memory holds the newest. */
  private async readOutbound(): Promise<void> {
    const { entries, next, missed } = await this.privacy.outboundSince(this.workerOutboundSeen);
    this.workerOutboundSeen = next;
    if (entries.length === 0) return;
    const outbound = [...this.state.outbound, ...entries].slice(-OUTBOUND_MEMORY_LIMIT);
    this.set({ outbound, outboundTotal: this.state.outboundTotal + missed + entries.length });
  }

  dispose(): void {
    this.unsubscribe();
  }
}
