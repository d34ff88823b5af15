/**
 * Orchestrates a live session in the page: capture (worklet) -> VAD worker -> per-channel utterance
 * transcribers -> ASR worker -> transcript store. No inference runs here; audio only passes through on
 * its way from the VAD worker to the ASR worker (transferred, not copied).
 */
import * as Comlink from "comlink";
import { ObservableState } from "../../lib/observable-state";
import { INITIAL_LIVE_STATE, type LiveState } from "./live-state";
import { BrowserCapture, type CaptureSource } from "../../lib/capture/browser-capture";
import { CopilotError, toErrorData } from "../../lib/errors";
import type { LanguageChoice } from "../../lib/asr/transcriber";
import { CANDIDATE, INTERVIEWER, type Channel } from "../../lib/transcript/segment";
import { TranscriptStore } from "../../lib/transcript/transcript-store";
import { UtteranceTranscriber, type TranscribeFn } from "../../lib/transcription/utterance-transcriber";
import { importKind, importRecordingFile, importTranscriptFile } from "./import-files";
import { DEFAULT_SEGMENTER } from "../../lib/vad/segmenter";
import type { AsrWorkerApi } from "../../workers/asr-protocol";
import type { SampleLine } from "../../lib/session/sample-interview";
import { SamplePlayer } from "../../lib/session/sample-player";
import { interviewClockMs } from "../../lib/session/interview-clock";
import type { LiveProbe } from "./metrics-probe";
import { superviseWorker, type SupervisedWorker } from "./supervised-worker";
import type { VadEvent, VadLevel, VadWorkerApi } from "../../workers/vad-protocol";

export { INITIAL_LIVE_STATE, type LiveState, type LiveStatus } from "./live-state";

export class LiveController extends ObservableState<LiveState> {
  readonly transcript = new TranscriptStore();
  private capture: BrowserCapture | null = null;
  private vadWorker: SupervisedWorker<VadWorkerApi> | null = null;
  private transcribers = new Map<Channel, UtteranceTranscriber>();
  private sample: SamplePlayer | null = null;
  private offsetMs = 0;

  private readonly tokenBudget?: (seconds: number) => number;
  /** Benchmark timings, only when metrics are on (?metrics=1); a real interview keeps none. */
  private readonly probe: LiveProbe | null;

  constructor(
    private readonly asr: Comlink.Remote<AsrWorkerApi>,
    options: { tokenBudget?: (seconds: number) => number; probe?: LiveProbe | null } = {},
  ) {
    super(INITIAL_LIVE_STATE);
    this.tokenBudget = options.tokenBudget;
    this.probe = options.probe ?? null;
  }

  /** The interview's language, or "detect"; the interviewer corrects a wrong detection with it. */
  setLanguage(language: LanguageChoice): void {
    this.set({ language, detected: language === "detect" ? this.state.detected : null });
  }

  switchSpeaker(): void {
    this.set({ micSpeaker: this.state.micSpeaker === INTERVIEWER ? CANDIDATE : INTERVIEWER });
  }

  /**
   * Starts capture. `idPrefix` must be new for each start of a session (a resumed session keeps its old
   * ids); `offsetMs` places the new segments after what the session already holds.
   */
  async start(options: { callAudio: boolean; idPrefix: string; offsetMs?: number }): Promise<void> {
    if (this.state.status === "recording" || this.state.status === "starting") return;
    this.set({ status: "starting", error: null, warning: null });
    try {
      const vad = await this.ensureVad();
      this.capture = new BrowserCapture();
      const sources: CaptureSource[] = [await this.capture.microphone()];
      if (options.callAudio) sources.push(await this.capture.callAudio());
      this.offsetMs = options.offsetMs ?? 0;
      for (const source of sources) await this.attach(vad, source, options.idPrefix, options.callAudio);
      this.set({ status: "recording", channels: sources.map((s) => s.channel), startedAt: Date.now() });
    } catch (error) {
      await this.capture?.stop().catch(() => undefined);
      this.capture = null;
      this.set({ status: "error", error: toErrorData(error) });
    }
  }

  /** The VAD worker, started once (supervised: a failure is reported and the next call gets a fresh one). */
  private async ensureVad(): Promise<Comlink.Remote<VadWorkerApi>> {
    this.vadWorker ??= superviseWorker<VadWorkerApi>(
      "voice detection",
      () => new Worker(new URL("../../workers/vad.worker.ts", import.meta.url), { type: "module", name: "vad" }),
      { onFailure: (error) => this.set({ warning: error }) },
    );
    await this.vadWorker.api.init();
    return this.vadWorker.api;
  }

  private readonly transcribeInWorker: TranscribeFn = async (audio, budget, kind, settled) => {
    const asked = this.state.language;
    const reply = await this.asr.transcribe(Comlink.transfer(audio, [audio.buffer]), budget, kind, asked, settled);
    if (!reply.ok) throw new CopilotError(reply.error);
    if (asked === "detect" && kind === "final" && this.state.language === "detect")
      this.set({ detected: reply.value.language });
    return { text: reply.value.text, language: reply.value.language };
  };

  /** Imports a recording or a meeting tool's transcript; `prepareModel` runs first for recordings. */
  async importFile(file: File, prepareModel: () => Promise<boolean>): Promise<void> {
    this.set({ error: null, warning: null });
    try {
      if (importKind(file) === "transcript") {
        await importTranscriptFile(file, this.transcript);
        this.set({ status: "stopped" });
        return;
      }
      if (!(await prepareModel())) return;
      this.set({ status: "importing", importProgress: 0 });
      await importRecordingFile({
        file,
        vad: await this.ensureVad(),
        transcribe: this.transcribeInWorker,
        tokenBudget: this.tokenBudget,
        store: this.transcript,
        onProgress: (share) => this.set({ importProgress: share }),
      });
      this.set({ status: "stopped", importProgress: null });
    } catch (error) {
      this.set({ status: "error", error: toErrorData(error), importProgress: null });
    }
  }

  private async attach(
    vad: Comlink.Remote<VadWorkerApi>,
    source: CaptureSource,
    sessionId: string,
    twoChannels: boolean,
  ): Promise<void> {
    const fixedSpeaker = source.channel === "call" ? CANDIDATE : twoChannels ? INTERVIEWER : null;
    const transcriber = new UtteranceTranscriber({
      channel: source.channel,
      speaker: () => fixedSpeaker ?? this.state.micSpeaker,
      idPrefix: sessionId,
      transcribe: this.transcribeInWorker,
      tokenBudget: this.tokenBudget,
      onUpdate: (raw) => {
        const off = this.offsetMs;
        const update =
          raw.kind === "segment" && off > 0
            ? {
                ...raw,
                segment: { ...raw.segment, startMs: raw.segment.startMs + off, endMs: raw.segment.endMs + off },
              }
            : raw;
        this.transcript.apply(update);
        if (update.kind === "segment") this.probe?.segmentShown(update.segment);
      },
      onError: (error) =>
        this.set({
          warning: { code: "transcription_failed", message: error instanceof Error ? error.message : String(error) },
        }),
    });
    this.transcribers.set(source.channel, transcriber);
    const onEvent = (event: VadEvent) => {
      const key = `${event.channel}:${event.startMs}`;
      if (event.type === "start") this.probe?.speechStarted(key);
      if (event.type === "end") this.probe?.speechEnded(key, DEFAULT_SEGMENTER.hangoverMs);
      transcriber.handle(event);
    };
    const onLevel = (level: VadLevel) => this.set({ levels: { ...this.state.levels, [level.channel]: level.dbfs } });
    await vad.attach(
      source.channel,
      Comlink.transfer(source.port, [source.port]),
      source.sampleRateHz,
      Comlink.proxy(onEvent),
      Comlink.proxy(onLevel),
    );
  }

  /** The interview's clock (see interviewClockMs): it agrees with the segments' times. */
  clockMs(nowMs: number): number {
    const lastEndMs = this.transcript.get().segments.at(-1)?.endMs ?? 0;
    return interviewClockMs({ ...this.state, lastEndMs, offsetMs: this.offsetMs, nowMs });
  }

  /** Playback speed of the sample interview (1 = real time). */
  setSampleSpeed(speed: number): void {
    this.sample?.setSpeed(speed);
  }

  /** Plays a scripted interview through the same transcript store as a live session (SamplePlayer). */
  playSample(
    lines: readonly SampleLine[],
    options: { speed: number; idPrefix: string; offsetMs?: number },
  ): Promise<void> {
    if (this.sample) return this.sample.done;
    if (this.capture) return Promise.resolve();
    this.set({ status: "recording", sample: true, error: null, warning: null, startedAt: Date.now(), channels: [] });
    const player = new SamplePlayer(this.transcript, lines, options);
    this.sample = player;
    return player.done.finally(() => {
      this.sample = null;
      this.set({ status: "stopped", sample: false });
    });
  }

  async pause(paused: boolean): Promise<void> {
    if (this.sample) {
      this.sample.pause(paused);
      this.set({ status: paused ? "paused" : "recording" });
      return;
    }
    if (!this.capture) return;
    await this.capture.pause(paused);
    this.set({ status: paused ? "paused" : "recording" });
  }

  async stop(): Promise<void> {
    if (this.sample) {
      this.set({ status: "stopping" });
      await this.sample.stop();
      return;
    }
    if (!this.capture) return;
    this.set({ status: "stopping" });
    for (const channel of this.state.channels) await this.vadWorker?.api.detach(channel);
    await Promise.all([...this.transcribers.values()].map((t) => t.idle()));
    await this.capture.stop();
    this.capture = null;
    this.set({ status: "stopped", levels: {} });
  }

  dispose(): void {
    void this.sample?.stop();
    void this.capture?.stop();
    this.vadWorker?.terminate();
    this.vadWorker = null;
  }
}
