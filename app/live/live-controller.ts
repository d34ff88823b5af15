/**
 * Orchestrates a live session in the page: capture (worklet) -> VAD worker -> per-channel utterance
 * transcribers -> ASR worker -> transcript store. No inference runs here; audio only passes through on
 * its way from the VAD worker to the ASR worker (transferred, not copied).
 */
import * as Comlink from "comlink";
import { ObservableState } from "../../lib/observable-state";
import { BrowserCapture, type CaptureSource } from "../../lib/capture/browser-capture";
import { CopilotError, toErrorData, type CopilotErrorData } from "../../lib/errors";
import { CANDIDATE, INTERVIEWER, type Channel, type Segment } from "../../lib/transcript/segment";
import { TranscriptStore } from "../../lib/transcript/transcript-store";
import { UtteranceTranscriber, type TranscribeFn } from "../../lib/transcription/utterance-transcriber";
import { fileKind, importRecordingFile, importTranscriptFile } from "./import-files";
import { DEFAULT_SEGMENTER } from "../../lib/vad/segmenter";
import type { AsrWorkerApi } from "../../workers/asr-protocol";
import type { SampleLine } from "../../lib/session/sample-interview";
import type { VadEvent, VadLevel, VadWorkerApi } from "../../workers/vad-protocol";

export type LiveStatus = "idle" | "starting" | "recording" | "paused" | "stopping" | "stopped" | "importing" | "error";

export interface LiveState {
  status: LiveStatus;
  error: CopilotErrorData | null;
  /** Non-fatal problems (a segment that failed); recording goes on. */
  warning: CopilotErrorData | null;
  micSpeaker: string;
  channels: Channel[];
  levels: Partial<Record<Channel, number>>;
  startedAt: number | null;
  /** 0..1 while a recording is being transcribed. */
  importProgress: number | null;
  /** The built-in sample interview is playing (no microphone). */
  sample: boolean;
}

/** One measurement per final segment: from the end of speech to the final text in the store. */
export interface LatencySample {
  id: string;
  speechEndAt: number;
  finalAt: number;
}

export const INITIAL_LIVE_STATE: LiveState = {
  status: "idle",
  error: null,
  warning: null,
  micSpeaker: INTERVIEWER,
  channels: [],
  levels: {},
  startedAt: null,
  importProgress: null,
  sample: false,
};

export class LiveController extends ObservableState<LiveState> {
  readonly transcript = new TranscriptStore();
  private capture: BrowserCapture | null = null;
  private vadWorker: Worker | null = null;
  private vad: Comlink.Remote<VadWorkerApi> | null = null;
  private transcribers = new Map<Channel, UtteranceTranscriber>();
  private speechEnds = new Map<string, number>();
  readonly latencies: LatencySample[] = [];

  /** Times at which each segment's text changed on screen (partials, then the final). */
  readonly updateTimes: { id: string; at: number; final: boolean; key: string }[] = [];
  /** When each utterance's speech started (VAD start event), keyed `${channel}:${startMs}`. */
  readonly speechStarts: Record<string, number> = {};

  private readonly tokenBudget?: (seconds: number) => number;
  /** Benchmark timings are kept only when asked for (?metrics=1); a real interview keeps none. */
  private readonly recordTimings: boolean;

  constructor(
    private readonly asr: Comlink.Remote<AsrWorkerApi>,
    options: { tokenBudget?: (seconds: number) => number; recordTimings?: boolean } = {},
  ) {
    super(INITIAL_LIVE_STATE);
    this.tokenBudget = options.tokenBudget;
    this.recordTimings = options.recordTimings === true;
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
      this.vadWorker ??= new Worker(new URL("../../workers/vad.worker.ts", import.meta.url), {
        type: "module",
        name: "vad",
      });
      this.vad ??= Comlink.wrap<VadWorkerApi>(this.vadWorker);
      await this.vad.init();
      this.capture = new BrowserCapture();
      const sources: CaptureSource[] = [await this.capture.microphone()];
      if (options.callAudio) sources.push(await this.capture.callAudio());
      this.offsetMs = options.offsetMs ?? 0;
      for (const source of sources) await this.attach(source, options.idPrefix, options.callAudio);
      this.set({ status: "recording", channels: sources.map((s) => s.channel), startedAt: Date.now() });
    } catch (error) {
      await this.capture?.stop().catch(() => undefined);
      this.capture = null;
      this.set({ status: "error", error: toErrorData(error) });
    }
  }

  private async ensureVad(): Promise<Comlink.Remote<VadWorkerApi>> {
    this.vadWorker ??= new Worker(new URL("../../workers/vad.worker.ts", import.meta.url), {
      type: "module",
      name: "vad",
    });
    this.vad ??= Comlink.wrap<VadWorkerApi>(this.vadWorker);
    await this.vad.init();
    return this.vad;
  }

  private readonly transcribeInWorker: TranscribeFn = async (audio, budget, kind) => {
    const reply = await this.asr.transcribe(Comlink.transfer(audio, [audio.buffer]), budget, kind);
    if (!reply.ok) throw new CopilotError(reply.error);
    return { text: reply.value.text };
  };

  /** Imports a recording or a meeting tool's transcript; `prepareModel` runs first for recordings. */
  async importFile(file: File, prepareModel: () => Promise<boolean>): Promise<void> {
    const kind = fileKind(file.name);
    this.set({ error: null, warning: null });
    try {
      if (!kind) {
        throw new CopilotError({
          code: "invalid_input",
          message: `${file.name}: unsupported file type. Import audio (wav, mp3, m4a, webm, ogg) or a transcript (vtt, srt, txt).`,
        });
      }
      if (kind === "transcript") {
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

  private async attach(source: CaptureSource, sessionId: string, twoChannels: boolean): Promise<void> {
    const vad = this.vad;
    if (!vad) throw new Error("VAD worker not started");
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
        if (update.kind !== "segment" || !this.recordTimings) return;
        const { id, final, channel, startMs } = update.segment;
        this.updateTimes.push({ id, at: performance.now(), final, key: `${channel}:${startMs}` });
        if (final) this.recordLatency(update.segment);
      },
      onError: (error) =>
        this.set({
          warning: { code: "transcription_failed", message: error instanceof Error ? error.message : String(error) },
        }),
    });
    this.transcribers.set(source.channel, transcriber);
    const onEvent = (event: VadEvent) => {
      if (this.recordTimings && event.type === "start") {
        this.speechStarts[`${event.channel}:${event.startMs}`] = performance.now();
      }
      if (this.recordTimings && event.type === "end") {
        // The end event fires a hang-over after the last voiced frame: that is when speech ended.
        this.speechEnds.set(`${event.channel}:${event.startMs}`, performance.now() - DEFAULT_SEGMENTER.hangoverMs);
      }
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

  private recordLatency(segment: Segment): void {
    const key = `${segment.channel}:${segment.startMs}`;
    const speechEndAt = this.speechEnds.get(key);
    if (speechEndAt === undefined) return;
    this.speechEnds.delete(key);
    this.latencies.push({ id: segment.id, speechEndAt, finalAt: performance.now() });
  }

  private offsetMs = 0;

  /**
   * The interview's clock: while the microphone records, the session's earlier audio plus this run's;
   * otherwise (stopped, paused, importing, the sample at its own speed) where the transcript ends. So the
   * timer agrees with the segments' times and stands still when nothing is recorded.
   */
  clockMs(nowMs: number): number {
    const lastEnd = this.transcript.get().segments.at(-1)?.endMs ?? 0;
    const { status, sample, startedAt } = this.state;
    if (status !== "recording" || sample || startedAt === null) return lastEnd;
    return Math.max(lastEnd, this.offsetMs + nowMs - startedAt);
  }
  private sampleRun: Promise<void> | null = null;
  private sampleStopped = false;
  private samplePaused = false;
  private sampleSpeed = 1;

  /** Playback speed of the sample interview (1 = real time). */
  setSampleSpeed(speed: number): void {
    this.sampleSpeed = Math.max(0.25, speed);
  }

  /**
   * Plays the sample interview through the same transcript store as a live session: each line shows as
   * growing partial text, then its final, at `speed` times real time.
   */
  playSample(
    lines: readonly SampleLine[],
    options: { speed: number; idPrefix: string; offsetMs?: number },
  ): Promise<void> {
    if (this.sampleRun || this.capture) return this.sampleRun ?? Promise.resolve();
    this.sampleStopped = false;
    this.samplePaused = false;
    this.set({ status: "recording", sample: true, error: null, warning: null, startedAt: Date.now(), channels: [] });
    const off = options.offsetMs ?? 0;
    this.sampleSpeed = options.speed;
    const wait = async (sampleMs: number) => {
      let left = sampleMs;
      while ((left > 0 || this.samplePaused) && !this.sampleStopped) {
        const step = Math.min(100, Math.max(left, 0) || 100);
        await new Promise((r) => setTimeout(r, step));
        if (!this.samplePaused) left -= step * this.sampleSpeed;
      }
    };
    const run = async () => {
      let clock = 0;
      for (const [n, line] of lines.entries()) {
        const id = `${options.idPrefix}-sample-${n}`;
        await wait(line.startMs - clock);
        const words = line.text.split(" ");
        const steps = Math.max(2, Math.ceil(line.durationMs / 1500));
        for (let k = 1; k <= steps && !this.sampleStopped; k++) {
          await wait(line.durationMs / steps);
          if (this.sampleStopped) break;
          const final = k === steps;
          this.transcript.apply({
            kind: "segment",
            segment: {
              id,
              channel: "mic",
              speaker: line.speaker,
              startMs: off + line.startMs,
              endMs: off + line.startMs + (line.durationMs * k) / steps,
              text: final ? line.text : words.slice(0, Math.ceil((words.length * k) / steps)).join(" "),
              confidence: 1,
              final,
            },
          });
        }
        if (this.sampleStopped) {
          // A line cut short is not kept half-said.
          if (!this.transcript.get().segments.find((s) => s.id === id)?.final)
            this.transcript.apply({ kind: "retract", id, reason: "too_short" });
          break;
        }
        clock = line.startMs + line.durationMs;
      }
    };
    this.sampleRun = run().finally(() => {
      this.sampleRun = null;
      this.set({ status: "stopped", sample: false });
    });
    return this.sampleRun;
  }

  async pause(paused: boolean): Promise<void> {
    if (this.sampleRun) {
      this.samplePaused = paused;
      this.set({ status: paused ? "paused" : "recording" });
      return;
    }
    if (!this.capture) return;
    await this.capture.pause(paused);
    this.set({ status: paused ? "paused" : "recording" });
  }

  async stop(): Promise<void> {
    if (this.sampleRun) {
      this.sampleStopped = true;
      this.set({ status: "stopping" });
      await this.sampleRun;
      return;
    }
    if (!this.capture) return;
    this.set({ status: "stopping" });
    for (const channel of this.state.channels) await this.vad?.detach(channel);
    await Promise.all([...this.transcribers.values()].map((t) => t.idle()));
    await this.capture.stop();
    this.capture = null;
    this.set({ status: "stopped", levels: {} });
  }

  dispose(): void {
    this.sampleStopped = true;
    void this.capture?.stop();
    this.vadWorker?.terminate();
    this.vadWorker = null;
    this.vad = null;
  }
}
