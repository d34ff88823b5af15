/**
 * One capture channel's path from raw capture chunks to speech events: resample to 16 kHz, cut into VAD
 * frames, score each with Silero, segment. Frames are processed strictly in order.
 */
import { SAMPLE_RATE_HZ } from "../audio/sample-rate";
import { Resampler } from "../audio/resampler";
import { rmsDbfs } from "../transcript/guards";
import { Segmenter, type SegmenterEvent, type SegmenterOptions } from "./segmenter";
import { VAD_FRAME_SAMPLES, type SileroVad } from "./silero";
import { SerialQueue } from "../serial-queue";

const LEVEL_EVERY_FRAMES = 3;

export class ChannelPipeline {
  private readonly resampler: Resampler;
  private readonly segmenter: Segmenter;
  private pending = new Float32Array(0);
  /** Frames in order; a frame that fails is reported and the channel goes on with the next. */
  private readonly frames: SerialQueue;
  private levelFrames: Float32Array[] = [];

  constructor(
    private readonly vad: SileroVad,
    inputRateHz: number,
    private readonly onEvent: (event: SegmenterEvent) => void,
    private readonly onLevel: (dbfs: number) => void = () => {},
    options: Partial<SegmenterOptions> = {},
    onError: (error: unknown) => void = (error) => console.warn("VAD step failed:", error),
  ) {
    this.frames = new SerialQueue(onError);
    this.resampler = new Resampler(inputRateHz, SAMPLE_RATE_HZ);
    this.segmenter = new Segmenter(options);
  }

  push(chunk: Float32Array): Promise<void> {
    return this.frames.run(() => this.process(this.resampler.push(chunk)));
  }

  flush(): Promise<void> {
    return this.frames.run(() => {
      for (const event of this.segmenter.flush()) this.onEvent(event);
    });
  }

  private async process(samples: Float32Array): Promise<void> {
    const merged = new Float32Array(this.pending.length + samples.length);
    merged.set(this.pending);
    merged.set(samples, this.pending.length);
    let offset = 0;
    for (; offset + VAD_FRAME_SAMPLES <= merged.length; offset += VAD_FRAME_SAMPLES) {
      const frame = merged.slice(offset, offset + VAD_FRAME_SAMPLES);
      const prob = await this.vad.probability(frame);
      for (const event of this.segmenter.push(frame, prob)) this.onEvent(event);
      this.levelFrames.push(frame);
      if (this.levelFrames.length === LEVEL_EVERY_FRAMES) {
        const joined = new Float32Array(LEVEL_EVERY_FRAMES * VAD_FRAME_SAMPLES);
        this.levelFrames.forEach((f, i) => joined.set(f, i * VAD_FRAME_SAMPLES));
        this.onLevel(rmsDbfs(joined));
        this.levelFrames = [];
      }
    }
    this.pending = merged.slice(offset);
  }
}
