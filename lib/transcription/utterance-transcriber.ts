/**
 * Turns segmenter events of one channel into transcript segments: partial (grey) text while a person
 * speaks, replaced by the final segment (same id) when they stop. Used live (per capture channel) and for
 * files. Inference goes through one serialized transcriber, so a partial never runs beside a final, and
 * a partial is skipped (coalesced) while another is still running.
 */
import { SerialQueue } from "../serial-queue";
import type { SegmenterEvent } from "../vad/segmenter";
import { SAMPLE_RATE_HZ } from "../audio/sample-rate";
import { judgeTranscript, isRepetitionLoop, rmsDbfs, type GuardVerdict } from "../transcript/guards";
import { stitch } from "../transcript/stitch";
import { PartialAgreement } from "./agreement";
import type { Language } from "../language";
import type { Channel, Segment } from "../transcript/segment";

/**
 * `settled`: the words of this utterance already agreed by its partials (empty when none). A model that
 * can resume decodes only what follows them (decision 120); the text it returns still starts with them.
 */
export type TranscribeFn = (
  audio: Float32Array,
  maxNewTokens: number,
  kind: "partial" | "final",
  settled: string,
) => Promise<{ text: string; language?: Language }>;

/** Generation cap: generous for real speech (about 4 words a second), and a stop for runaway loops. */
export const DEFAULT_TOKEN_BUDGET = (seconds: number) => Math.ceil(6 * seconds) + 10;

export type SegmentUpdate =
  | { kind: "segment"; segment: Segment }
  | { kind: "retract"; id: string; reason: GuardVerdict | "too_short" | "failed" };

export interface UtteranceTranscriberOptions {
  channel: Channel;
  /**
   * Read when an utterance ends (and for each partial), so a switch pressed while someone speaks
   * labels what they are saying: interviewers press S once the other person has started.
   */
  speaker: () => string;
  transcribe: TranscribeFn;
  onUpdate: (update: SegmentUpdate) => void;
  idPrefix: string;
  tokenBudget?: (seconds: number) => number;
  /** Offset added to segment times (e.g. when capture started after the session). */
  timeOffsetMs?: number;
  /** A final transcription failed: its partial is retracted and the error reported here. */
  onError: (error: unknown) => void;
}

export class UtteranceTranscriber {
  private counter = 0;
  private currentId: string | null = null;
  private partialInFlight = false;
  /** Utterances whose final (or retraction) is on screen: a late partial must not replace it. */
  private settled = new Set<string>();
  /** Text of the previous chunk of a cut utterance, once known (for stitching the next chunk). */
  private chunkText: Promise<string | null> = Promise.resolve(null);
  private lastChunkText: string | null = null;
  /** Finals in order of speech; a failed one is retracted and reported, the next still comes. */
  private readonly finals = new SerialQueue();
  /** A final transcription started during the hang-over; used if the utterance ends exactly there. */
  private tentative: {
    id: string;
    startMs: number;
    endMs: number;
    result: Promise<{ text: string; language?: Language }>;
  } | null = null;
  /** The current utterance's partial hypotheses, agreed word by word (committed words never flicker). */
  private agreement: { id: string; words: PartialAgreement } | null = null;

  constructor(private readonly o: UtteranceTranscriberOptions) {}

  private budget(audio: Float32Array): number {
    return (this.o.tokenBudget ?? DEFAULT_TOKEN_BUDGET)(audio.length / SAMPLE_RATE_HZ);
  }

  /**
   * The words committed for this utterance, which every later pass over its audio starts with. None for
   * the remainder of a cut utterance: its hypotheses are stitched to the previous chunk's text, whose
   * words are not in this chunk's audio.
   */
  private settledFor(id: string): string {
    if (this.lastChunkText !== null || this.agreement?.id !== id) return "";
    return this.agreement.words.stable.join(" ");
  }

  /** Resolves when every final queued so far has been emitted. */
  idle(): Promise<void> {
    return this.finals.idle();
  }

  handle(event: SegmenterEvent): void {
    switch (event.type) {
      case "start":
        if (!this.currentId) this.begin();
        return;
      case "tentative":
        this.startTentative(event.audio, event.startMs, event.endMs);
        return;
      case "progress":
        this.partial(event.audio, event.startMs, event.endMs);
        return;
      case "end":
        this.final(event.audio, event.startMs, event.endMs, event.continues, event.speechShare);
        return;
      case "discard":
        this.tentative = null;
        if (this.currentId) {
          this.settled.add(this.currentId);
          this.o.onUpdate({ kind: "retract", id: this.currentId, reason: "too_short" });
        }
        this.currentId = null;
        return;
    }
  }

  private begin(): string {
    this.counter += 1;
    this.currentId = `${this.o.idPrefix}-${this.o.channel}-${this.counter}`;
    return this.currentId;
  }

  private segment(
    id: string,
    startMs: number,
    endMs: number,
    text: string,
    confidence: number,
    final: boolean,
    language: Language | undefined,
  ): Segment {
    const offset = this.o.timeOffsetMs ?? 0;
    return {
      id,
      channel: this.o.channel,
      speaker: this.o.speaker(),
      startMs: startMs + offset,
      endMs: endMs + offset,
      text,
      confidence,
      final,
      ...(language ? { language } : {}),
    };
  }

  private partial(audio: Float32Array, startMs: number, endMs: number): void {
    const id = this.currentId;
    if (!id || this.partialInFlight) return;
    this.partialInFlight = true;
    void this.o
      .transcribe(audio, this.budget(audio), "partial", this.settledFor(id))
      .then(({ text, language }) => {
        const hypothesis = this.lastChunkText ? stitch(this.lastChunkText, text) : text.trim();
        // Shown even after the utterance ended, until its final arrives: on a slow machine the final can
        // take a while, and the partial is the words so far.
        if (!this.settled.has(id) && hypothesis && !isRepetitionLoop(hypothesis)) {
          if (this.agreement?.id !== id) this.agreement = { id, words: new PartialAgreement() };
          const agreed = this.agreement.words.update(hypothesis);
          const segment = this.segment(id, startMs, endMs, agreed.text, 0, false, language);
          this.o.onUpdate({ kind: "segment", segment: { ...segment, stableChars: agreed.stableChars } });
        }
      })
      .catch(() => undefined) // a failed partial is superseded by the final; the final reports errors
      .finally(() => {
        this.partialInFlight = false;
      });
  }

  /**
   * The speaker paused: transcribe what the final will be if they stay silent. If they speak again the
   * result is simply not used (a newer tentative or the final replaces it).
   */
  private startTentative(audio: Float32Array, startMs: number, endMs: number): void {
    const id = this.currentId;
    if (!id) return;
    const result = this.o.transcribe(audio, this.budget(audio), "final", this.settledFor(id));
    // An unused tentative's failure matters to nobody; a used one's is reported through its final.
    result.catch(() => undefined);
    this.tentative = { id, startMs, endMs, result };
  }

  private final(audio: Float32Array, startMs: number, endMs: number, continues: boolean, speechShare: number): void {
    const id = this.currentId ?? this.begin();
    const t = this.tentative;
    const early = t && t.id === id && t.startMs === startMs && t.endMs === endMs ? t.result : null;
    this.tentative = null;
    const speaker = this.o.speaker();
    this.currentId = null;
    const previousChunk = this.chunkText;
    // Measured now: `transcribe` may transfer (detach) the buffer to a worker.
    const audioDbfs = rmsDbfs(audio);
    const transcribed = early ?? this.o.transcribe(audio, this.budget(audio), "final", this.settledFor(id));
    this.chunkText = continues
      ? transcribed.then(
          (r) => r.text,
          () => null,
        )
      : Promise.resolve(null);
    const job = transcribed.then(async ({ text, language }) => {
      const previous = await previousChunk;
      this.lastChunkText = continues ? text : null;
      const verdict = judgeTranscript(text, audioDbfs, speechShare);
      const stitched = previous ? stitch(previous, text) : text.trim();
      this.settled.add(id);
      if (!verdict.keep || !stitched) {
        this.o.onUpdate({ kind: "retract", id, reason: verdict });
        return;
      }
      const share = Math.min(1, Math.max(0, speechShare));
      const s = this.segment(id, startMs, endMs, stitched, share, true, language);
      this.o.onUpdate({ kind: "segment", segment: { ...s, speaker } });
    });
    // Finals are emitted in order of speech; a failure retracts its partial and is reported.
    void this.finals.run(() =>
      job.catch((error: unknown) => {
        this.settled.add(id);
        this.o.onUpdate({ kind: "retract", id, reason: "failed" });
        this.o.onError(error);
      }),
    );
    // The remainder of a cut utterance is a new segment that starts at once.
    if (continues) this.begin();
  }
}
