/**
 * Feeds final segments to the privacy worker (scrubbing on the device) and schedules analysis of the
 * scrubbed window: after new speech settles, never two at once, never the same window twice. When no
 * model is configured or reachable the state says "local insights only" and nothing else changes.
 */
import * as Comlink from "comlink";
import { ObservableState } from "../../lib/observable-state";
import type { CopilotErrorData } from "../../lib/errors";
import type { ModelInsight } from "../../lib/privacy/analysis-request";
import { nearDuplicate, sortInsights, type Insight } from "../../lib/analysis/insight";
import type { OutboundRecord } from "../../lib/privacy/analysis-client";
import type { TranscriptStore } from "../../lib/transcript/transcript-store";
import { DEFAULT_NER_MODEL } from "../../models/catalog";
import type { PrivacyWorkerApi } from "../../workers/privacy-protocol";

export type AnalysisStatus = "checking" | "connected" | "local_only" | "unreachable" | "offline";

export interface AnalysisState {
  status: AnalysisStatus;
  busy: boolean;
  /** Local and model insights, high priority first. */
  insights: Insight[];
  outbound: OutboundRecord[];
  lastError: CopilotErrorData | null;
  /** The transformer NER model in use beside the embedded detector, if the organisation provided one. */
  nerModel: string | null;
}

export const NER_MODEL_KEY = "copilot.nerModel";

export const INITIAL_ANALYSIS_STATE: AnalysisState = {
  status: "checking",
  busy: false,
  insights: [],
  outbound: [],
  lastError: null,
  nerModel: null,
};

export class AnalysisController extends ObservableState<AnalysisState> {
  private readonly worker: Worker;
  private readonly privacy: Comlink.Remote<PrivacyWorkerApi>;
  private readonly seen = new Set<string>();
  private running = false;
  private again = false;
  private unsubscribe: () => void;
  private feeding: Promise<void> = Promise.resolve();
  private candidate: string | null = null;

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
    void this.checkConfigured();
    this.nerReady = this.privacy
      .enableNer(localStorage.getItem(NER_MODEL_KEY) ?? DEFAULT_NER_MODEL)
      .then((nerModel) => this.set({ nerModel }));
  }

  private readonly nerReady: Promise<void>;

  private async checkConfigured(): Promise<void> {
    try {
      const response = await fetch("/api/analyze");
      const body = (await response.json()) as { configured?: boolean };
      this.set({ status: body.configured ? "connected" : "local_only" });
    } catch {
      this.set({ status: "offline" });
    }
  }

  /** A new interview: the candidate's name is scrubbed as [CANDIDATE] from here on. */
  async startSession(candidateName: string): Promise<void> {
    const name = candidateName.trim();
    // Recording after an import continues the same interview: same pseudonyms, no re-sent window.
    if (this.candidate === name) return;
    this.candidate = name;
    this.seen.clear();
    await this.privacy.startSession(name || null);
    this.set({ insights: [] });
    this.onTranscript();
  }

  private onTranscript(): void {
    const fresh = this.transcript.get().segments.filter((s) => s.final && !this.seen.has(s.id));
    if (fresh.length === 0) return;
    for (const s of fresh) {
      this.seen.add(s.id);
      if (this.recordTimings) this.timings.push({ segmentId: s.id, finalAt: Date.now() });
    }
    this.feeding = this.feeding.then(async () => {
      await this.nerReady;
      for (const s of fresh) {
        const { insights: local, nerModel } = await this.privacy.addSegment(s);
        if (nerModel !== this.state.nerModel) this.set({ nerModel });
        if (local.length > 0) this.set({ insights: sortInsights([...this.state.insights, ...local]) });
      }
    });
    // At once: each final segment ends an utterance. While a request runs, new segments coalesce into
    // one follow-up request for the newest window.
    void this.run();
  }

  /** A streamed model insight: shown at once unless it (nearly) repeats one already shown. */
  private addModelInsight(insight: ModelInsight, segmentId: string): void {
    if (this.state.insights.some((shown) => nearDuplicate(shown, insight))) return;
    const atMs = this.transcript.get().segments.find((x) => x.id === segmentId)?.startMs ?? 0;
    this.modelCount += 1;
    const shown: Insight = { ...insight, id: `${segmentId}-m${this.modelCount}`, source: "model", segmentId, atMs };
    this.set({ insights: sortInsights([...this.state.insights, shown]) });
    const timing = this.recordTimings ? this.timings.find((t) => t.segmentId === segmentId) : undefined;
    if (timing && timing.firstInsightAt === undefined) timing.firstInsightAt = Date.now();
  }

  private modelCount = 0;
  /** For the benchmark: when each window's last segment became final, and its first model insight showed. */
  readonly timings: { segmentId: string; finalAt: number; firstInsightAt?: number }[] = [];

  private async run(): Promise<void> {
    if (this.state.status === "local_only") return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.set({ busy: true });
    try {
      await this.feeding;
      const reply = await this.privacy.analyze(
        Comlink.proxy((i: ModelInsight, segmentId: string) => this.addModelInsight(i, segmentId)),
      );
      if (reply.ok && reply.value) {
        // Streamed insights are already shown; any the stream missed are added now (duplicates merge).
        for (const i of reply.value.insights) this.addModelInsight(i, reply.value.lastSegmentId);
        this.set({ status: "connected", lastError: null });
      } else if (!reply.ok) {
        const localOnly = reply.error.code === "analysis_unavailable" || reply.error.code === "analysis_not_allowed";
        this.set({ status: localOnly ? "local_only" : "unreachable", lastError: reply.error });
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
