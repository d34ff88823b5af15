/** The VAD worker's API (Comlink): capture ports in, speech events out. */
import type { Channel } from "../lib/transcript/segment";
import type { SegmenterEvent } from "../lib/vad/segmenter";

export type VadEvent = SegmenterEvent & { channel: Channel };

export interface VadLevel {
  channel: Channel;
  /** RMS level of the last ~100 ms, dBFS. */
  dbfs: number;
}

export interface VadWorkerApi {
  /** Loads Silero; resolves when the worker is ready for audio. */
  init(): Promise<void>;
  /**
   * Starts segmenting audio arriving on `port` (from the capture worklet, at `sampleRateHz`).
   * Events come back through `onEvent`, levels through `onLevel`.
   */
  attach(
    channel: Channel,
    port: MessagePort,
    sampleRateHz: number,
    onEvent: (event: VadEvent) => void,
    onLevel: (level: VadLevel) => void,
  ): Promise<void>;
  /** Ends the channel: flushes an open utterance (stop) and forgets the port. */
  detach(channel: Channel): Promise<void>;
  /**
   * Segments a whole recording (16 kHz mono, transferred): utterance events in order, then resolves.
   * No partials: a recording is transcribed final by final.
   */
  segmentRecording(
    samples: Float32Array,
    onEvent: (event: VadEvent) => void,
    onProgress: (doneMs: number, totalMs: number) => void,
  ): Promise<void>;
}
