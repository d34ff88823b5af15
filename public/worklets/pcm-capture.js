// AudioWorklet: mixes the input to mono and posts ~40 ms Float32 chunks (at the context's own rate) to
// the MessagePort it is handed (whose other end is in the VAD worker), so audio never touches the main
// thread. Resampling and VAD happen in that worker.
const CHUNK_SAMPLES = 2048;

class PcmCapture extends AudioWorkletProcessor {
  constructor() {
    super();
    this.buffer = new Float32Array(CHUNK_SAMPLES);
    this.filled = 0;
    this.paused = false;
    this.out = null;
    this.port.onmessage = (event) => {
      const data = event.data;
      if (data && data.type === "pause") this.paused = Boolean(data.paused);
      if (data && data.type === "port") this.out = data.port;
    };
  }

  process(inputs) {
    const input = inputs[0];
    if (!input || input.length === 0 || this.paused || !this.out) return true;
    const frames = input[0].length;
    for (let i = 0; i < frames; i += 1) {
      let sum = 0;
      for (let c = 0; c < input.length; c += 1) sum += input[c][i];
      this.buffer[this.filled] = sum / input.length;
      this.filled += 1;
      if (this.filled === CHUNK_SAMPLES) {
        this.out.postMessage(this.buffer, [this.buffer.buffer]);
        this.buffer = new Float32Array(CHUNK_SAMPLES);
        this.filled = 0;
      }
    }
    return true;
  }
}

registerProcessor("pcm-capture", PcmCapture);
