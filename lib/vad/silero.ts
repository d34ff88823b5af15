/**
 * Silero VAD v5 (the ONNX file shipped in @ricky0123/vad-web), run with whichever ONNX Runtime the host
 * has: onnxruntime-web in the browser, onnxruntime-node in the CLI. 512-sample frames at 16 kHz plus a
 * 64-sample context carried over from the previous frame, and a recurrent state, as silero-vad's own
 * wrapper feeds it.
 */
export const VAD_FRAME_SAMPLES = 512;
const CONTEXT_SAMPLES = 64;
const STATE_SIZE = 2 * 1 * 128;

interface OrtTensor {
  readonly data: unknown;
}
interface OrtSession {
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor | undefined>>;
  release?(): Promise<void>;
}
/** The slice of the onnxruntime-{web,node} API this needs. */
export interface OrtLike {
  InferenceSession: { create(model: Uint8Array, options?: Record<string, unknown>): Promise<OrtSession> };
  Tensor: new (type: "float32" | "int64", data: Float32Array | BigInt64Array, dims: number[]) => OrtTensor;
}

export class SileroVad {
  private state: OrtTensor;
  private context = new Float32Array(CONTEXT_SAMPLES);
  private readonly sampleRate: OrtTensor;

  private constructor(
    private readonly ort: OrtLike,
    private readonly session: OrtSession,
  ) {
    this.state = this.freshState();
    this.sampleRate = new ort.Tensor("int64", BigInt64Array.from([16_000n]), []);
  }

  static async create(
    ort: OrtLike,
    model: Uint8Array,
    sessionOptions: Record<string, unknown> = {},
  ): Promise<SileroVad> {
    return new SileroVad(ort, await ort.InferenceSession.create(model, sessionOptions));
  }

  private freshState(): OrtTensor {
    return new this.ort.Tensor("float32", new Float32Array(STATE_SIZE), [2, 1, 128]);
  }

  /** Starts a new, independent stream (a new channel or file). */
  reset(): void {
    this.state = this.freshState();
    this.context = new Float32Array(CONTEXT_SAMPLES);
  }

  /** Speech probability of one 512-sample frame. */
  async probability(frame: Float32Array): Promise<number> {
    if (frame.length !== VAD_FRAME_SAMPLES) throw new Error(`VAD frames must be ${VAD_FRAME_SAMPLES} samples`);
    const input = new Float32Array(CONTEXT_SAMPLES + VAD_FRAME_SAMPLES);
    input.set(this.context);
    input.set(frame, CONTEXT_SAMPLES);
    this.context = frame.slice(-CONTEXT_SAMPLES);
    const out = await this.session.run({
      input: new this.ort.Tensor("float32", input, [1, input.length]),
      state: this.state,
      sr: this.sampleRate,
    });
    const next = out.stateN;
    const prob = out.output?.data;
    if (!next || !(prob instanceof Float32Array) || prob[0] === undefined) {
      throw new Error("the VAD model returned no speech probability");
    }
    this.state = next;
    return prob[0];
  }
}
