/**
 * Streaming windowed-sinc resampler (Blackman window). The low-pass cutoff sits below the output Nyquist
 * frequency when downsampling, so content above it (e.g. 12 kHz at 48 kHz in) is removed instead of
 * folding back as an alias. Works on arbitrary ratios (44.1 kHz and 48 kHz capture both occur).
 */
const ZERO_CROSSINGS = 16;
/** Passband edge as a share of the output Nyquist frequency; the rest is the transition band. */
const CUTOFF_SHARE = 0.92;

export class Resampler {
  private readonly step: number;
  private readonly cutoff: number;
  private readonly halfWidth: number;
  private history = new Float32Array(0);
  /** Absolute input index of history[0]. */
  private historyStart = 0;
  /** Absolute input position (fractional) of the next output sample. */
  private nextOut = 0;
  private received = 0;

  constructor(
    readonly inputRateHz: number,
    readonly outputRateHz: number,
  ) {
    if (inputRateHz <= 0 || outputRateHz <= 0) throw new Error("sample rates must be positive");
    this.step = inputRateHz / outputRateHz;
    // Cutoff as a fraction of the input rate: the lower Nyquist frequency of the two, with margin.
    this.cutoff = (CUTOFF_SHARE * Math.min(inputRateHz, outputRateHz)) / (2 * inputRateHz);
    this.halfWidth = Math.ceil(ZERO_CROSSINGS / (2 * this.cutoff));
  }

  /** Feeds input samples; returns the output samples that are now fully determined. */
  push(input: Float32Array): Float32Array {
    if (this.step === 1) return input.slice();
    const merged = new Float32Array(this.history.length + input.length);
    merged.set(this.history);
    merged.set(input, this.history.length);
    this.received += input.length;
    const out: number[] = [];
    while (this.nextOut + this.halfWidth < this.received) {
      out.push(this.sampleAt(merged, this.nextOut));
      this.nextOut += this.step;
    }
    // Keep only what later outputs still need.
    const keepFrom = Math.max(this.historyStart, Math.floor(this.nextOut) - this.halfWidth);
    this.history = merged.slice(keepFrom - this.historyStart);
    this.historyStart = keepFrom;
    return Float32Array.from(out);
  }

  /** Flushes the tail as if the input were followed by silence. */
  flush(): Float32Array {
    return this.step === 1 ? new Float32Array(0) : this.push(new Float32Array(this.halfWidth + 1));
  }

  private sampleAt(buffer: Float32Array, position: number): number {
    const first = Math.max(Math.ceil(position - this.halfWidth), 0);
    const last = Math.floor(position + this.halfWidth);
    let acc = 0;
    for (let k = first; k <= last; k += 1) {
      const value = buffer[k - this.historyStart];
      if (value === undefined) continue;
      acc += value * this.kernel(position - k);
    }
    return acc;
  }

  private kernel(offset: number): number {
    const x = 2 * this.cutoff * offset;
    const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    const w = (offset / this.halfWidth + 1) / 2; // 0..1 across the window
    if (w <= 0 || w >= 1) return 0;
    const blackman = 0.42 - 0.5 * Math.cos(2 * Math.PI * w) + 0.08 * Math.cos(4 * Math.PI * w);
    return 2 * this.cutoff * sinc * blackman;
  }
}

/** Resamples a whole buffer (files, tests). */
export function resample(input: Float32Array, inputRateHz: number, outputRateHz: number): Float32Array {
  const resampler = new Resampler(inputRateHz, outputRateHz);
  const body = resampler.push(input);
  const tail = resampler.flush();
  const expected = Math.round((input.length * outputRateHz) / inputRateHz);
  const out = new Float32Array(expected);
  out.set(body.subarray(0, expected));
  out.set(tail.subarray(0, Math.max(0, expected - body.length)), Math.min(body.length, expected));
  return out;
}
