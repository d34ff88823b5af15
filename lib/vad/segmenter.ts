/**
 * Turns per-frame speech probabilities into utterances: hysteresis (start above POSITIVE, count silence
 * below NEGATIVE), pre-roll so first syllables are not clipped, a hang-over so short pauses inside a
 * sentence do not end it, a minimum length so clicks are not transcribed, and a maximum length (the model
 * window) at which a long utterance is cut at its quietest recent frame and continued with overlap.
 */
import { SAMPLE_RATE_HZ } from "../audio/sample-rate";
import { VAD_FRAME_SAMPLES } from "./silero";

export const FRAME_MS = (VAD_FRAME_SAMPLES / SAMPLE_RATE_HZ) * 1000;

export interface SegmenterOptions {
  positive: number;
  negative: number;
  preRollMs: number;
  hangoverMs: number;
  /** Trailing silence kept after the last speech frame, so word endings are not clipped. */
  tailPadMs: number;
  minSpeechMs: number;
  maxUtteranceMs: number;
  /** How far back from the maximum length to look for the quietest frame to cut at. */
  cutSearchMs: number;
  overlapMs: number;
  /** While speech goes on, a `progress` event (for partial transcripts) at most this often. */
  progressEveryMs: number;
  /**
   * Live only: once the speaker has been silent for the tail pad, the final's audio is already known
   * (unless speech resumes), so a `tentative` event lets its transcription start during the hang-over.
   */
  tentativeFinals: boolean;
}

export const DEFAULT_SEGMENTER: SegmenterOptions = {
  positive: 0.5,
  negative: 0.35,
  preRollMs: 224,
  hangoverMs: 416,
  tailPadMs: 160,
  minSpeechMs: 250,
  maxUtteranceMs: 25_000,
  cutSearchMs: 5_000,
  overlapMs: 1_000,
  progressEveryMs: 450,
  tentativeFinals: false,
};

export type SegmenterEvent =
  | { type: "start"; startMs: number }
  | { type: "progress"; audio: Float32Array; startMs: number; endMs: number }
  /** Exactly the audio, start and end of the `end` event that follows if the speaker stays silent. */
  | { type: "tentative"; audio: Float32Array; startMs: number; endMs: number }
  | {
      type: "end";
      audio: Float32Array;
      startMs: number;
      endMs: number;
      /** The utterance was cut for length and goes on in the next `end`, overlapping by overlapMs. */
      continues: boolean;
      /** Share of frames above the speech threshold; a guard against noise transcribed as words. */
      speechShare: number;
    }
  | { type: "discard"; startMs: number; endMs: number };

interface Frame {
  samples: Float32Array;
  prob: number;
  index: number;
}

export class Segmenter {
  private readonly o: SegmenterOptions;
  private frameIndex = 0;
  private preRoll: Frame[] = [];
  private speech: Frame[] | null = null;
  private silentRun = 0;
  private lastProgressFrame = 0;
  private speechFrames = 0;

  constructor(options: Partial<SegmenterOptions> = {}) {
    this.o = { ...DEFAULT_SEGMENTER, ...options };
  }

  private frames(ms: number): number {
    return Math.max(1, Math.round(ms / FRAME_MS));
  }

  get speaking(): boolean {
    return this.speech !== null;
  }

  push(samples: Float32Array, prob: number): SegmenterEvent[] {
    const frame: Frame = { samples, prob, index: this.frameIndex };
    this.frameIndex += 1;
    if (!this.speech) return this.idle(frame);
    return this.inSpeech(frame);
  }

  /** Ends any open utterance (stop button, end of file). */
  flush(): SegmenterEvent[] {
    if (!this.speech) return [];
    return this.finish(this.speech.length - this.silentRun, false);
  }

  private idle(frame: Frame): SegmenterEvent[] {
    if (frame.prob < this.o.positive) {
      this.preRoll.push(frame);
      if (this.preRoll.length > this.frames(this.o.preRollMs)) this.preRoll.shift();
      return [];
    }
    this.speech = [...this.preRoll, frame];
    this.preRoll = [];
    this.silentRun = 0;
    this.speechFrames = 1;
    this.lastProgressFrame = frame.index;
    return [{ type: "start", startMs: this.startMs(this.speech) }];
  }

  private inSpeech(frame: Frame): SegmenterEvent[] {
    const speech = this.speech as Frame[];
    speech.push(frame);
    if (frame.prob >= this.o.positive) this.speechFrames += 1;
    this.silentRun = frame.prob < this.o.negative ? this.silentRun + 1 : 0;
    if (this.silentRun >= this.frames(this.o.hangoverMs)) {
      return this.finish(speech.length - this.silentRun, false);
    }
    if (
      this.o.tentativeFinals &&
      this.silentRun === this.frames(this.o.tailPadMs) &&
      this.speechFrames * FRAME_MS >= this.o.minSpeechMs &&
      speech.length < this.frames(this.o.maxUtteranceMs)
    ) {
      // finish() keeps the speech plus the tail pad: with the pad just elapsed, that is every frame so far.
      return [{ type: "tentative", audio: concat(speech), startMs: this.startMs(speech), endMs: this.endMs(frame) }];
    }
    if (speech.length >= this.frames(this.o.maxUtteranceMs)) return this.cutForLength(speech);
    // No partial while the speaker has fallen silent: the final is near and must not queue behind it.
    if (this.silentRun === 0 && frame.index - this.lastProgressFrame >= this.frames(this.o.progressEveryMs)) {
      this.lastProgressFrame = frame.index;
      return [{ type: "progress", audio: concat(speech), startMs: this.startMs(speech), endMs: this.endMs(frame) }];
    }
    return [];
  }

  /** Cuts at the quietest frame of the recent search window; the remainder (with overlap) continues. */
  private cutForLength(speech: Frame[]): SegmenterEvent[] {
    const searchFrom = Math.max(1, speech.length - this.frames(this.o.cutSearchMs));
    let cut = speech.length;
    let lowest = Infinity;
    for (let i = searchFrom; i < speech.length; i += 1) {
      const p = speech[i]?.prob ?? 1;
      if (p < lowest) {
        lowest = p;
        cut = i + 1;
      }
    }
    const events = this.finish(cut, true, false);
    const carryFrom = Math.max(0, cut - this.frames(this.o.overlapMs));
    this.speech = speech.slice(carryFrom);
    this.speechFrames = this.speech.filter((f) => f.prob >= this.o.positive).length;
    this.silentRun = 0;
    return events;
  }

  private finish(lastSpeechExclusive: number, continues: boolean, reset = true): SegmenterEvent[] {
    const speech = this.speech as Frame[];
    const keep = Math.min(speech.length, lastSpeechExclusive + this.frames(this.o.tailPadMs));
    const kept = speech.slice(0, keep);
    const trailing = speech.slice(keep);
    if (reset) {
      this.speech = null;
      this.preRoll = trailing.slice(-this.frames(this.o.preRollMs));
    }
    const first = kept[0];
    const last = kept[kept.length - 1];
    if (!first || !last) return [];
    const speechMs = this.speechFrames * FRAME_MS;
    const startMs = this.startMs(kept);
    const endMs = this.endMs(last);
    if (!continues && speechMs < this.o.minSpeechMs) return [{ type: "discard", startMs, endMs }];
    const speechShare = this.speechFrames / kept.length;
    return [{ type: "end", audio: concat(kept), startMs, endMs, continues, speechShare }];
  }

  private startMs(frames: Frame[]): number {
    return (frames[0]?.index ?? 0) * FRAME_MS;
  }

  private endMs(frame: Frame): number {
    return (frame.index + 1) * FRAME_MS;
  }
}

function concat(frames: Frame[]): Float32Array {
  const out = new Float32Array(frames.length * VAD_FRAME_SAMPLES);
  frames.forEach((f, i) => out.set(f.samples, i * VAD_FRAME_SAMPLES));
  return out;
}
