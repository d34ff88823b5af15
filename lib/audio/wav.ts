/**
 * WAV (RIFF/WAVE) decoding to mono Float32: PCM 8/16/24/32-bit and IEEE float 32/64, any channel count.
 * Errors name the problem, so a corrupt upload says what is wrong with it.
 */
import { CopilotError } from "../errors";

export interface DecodedAudio {
  sampleRateHz: number;
  channels: number;
  /** Channels averaged to mono, in [-1, 1]. */
  samples: Float32Array;
}

const FORMAT_PCM = 1;
const FORMAT_FLOAT = 3;
const FORMAT_EXTENSIBLE = 0xfffe;

function bad(message: string): CopilotError {
  return new CopilotError({ code: "invalid_input", message: `not a usable WAV file: ${message}` });
}

export function decodeWav(bytes: Uint8Array): DecodedAudio {
  if (bytes.byteLength < 12) throw bad("the file is shorter than a WAV header");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (offset: number) => String.fromCharCode(...bytes.subarray(offset, offset + 4));
  if (tag(0) !== "RIFF" || tag(8) !== "WAVE") throw bad("missing the RIFF/WAVE signature");

  let format: { code: number; channels: number; rate: number; bits: number } | null = null;
  let data: { offset: number; length: number } | null = null;
  for (let offset = 12; offset + 8 <= bytes.byteLength;) {
    const id = tag(offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === "fmt ") {
      if (size < 16) throw bad("the fmt chunk is too short");
      let code = view.getUint16(body, true);
      if (code === FORMAT_EXTENSIBLE && size >= 40) code = view.getUint16(body + 24, true);
      format = {
        code,
        channels: view.getUint16(body + 2, true),
        rate: view.getUint32(body + 4, true),
        bits: view.getUint16(body + 14, true),
      };
    } else if (id === "data") {
      // Streams written live often leave the size unset or too large; take what is there.
      data = { offset: body, length: Math.min(size, bytes.byteLength - body) };
    }
    offset = body + size + (size % 2);
  }
  if (!format) throw bad("no fmt chunk");
  if (!data) throw bad("no data chunk");
  const { code, channels, rate, bits } = format;
  if (channels < 1) throw bad("zero channels");
  if (rate < 1000 || rate > 384_000) throw bad(`implausible sample rate ${rate} Hz`);
  const read = sampleReader(view, code, bits);
  const bytesPerSample = bits / 8;
  const frames = Math.floor(data.length / (bytesPerSample * channels));
  const samples = new Float32Array(frames);
  for (let i = 0; i < frames; i += 1) {
    let sum = 0;
    for (let c = 0; c < channels; c += 1) sum += read(data.offset + (i * channels + c) * bytesPerSample);
    samples[i] = sum / channels;
  }
  return { sampleRateHz: rate, channels, samples };
}

function sampleReader(view: DataView, code: number, bits: number): (offset: number) => number {
  if (code === FORMAT_PCM) {
    if (bits === 8) return (o) => (view.getUint8(o) - 128) / 128;
    if (bits === 16) return (o) => view.getInt16(o, true) / 32_768;
    if (bits === 24)
      return (o) => (view.getUint8(o) | (view.getUint8(o + 1) << 8) | (view.getInt8(o + 2) << 16)) / 8_388_608;
    if (bits === 32) return (o) => view.getInt32(o, true) / 2_147_483_648;
  }
  if (code === FORMAT_FLOAT) {
    if (bits === 32) return (o) => view.getFloat32(o, true);
    if (bits === 64) return (o) => view.getFloat64(o, true);
  }
  throw bad(`unsupported encoding (format ${code}, ${bits}-bit); use PCM or float WAV`);
}

/** 16-bit PCM mono WAV bytes, used by tests and exports. */
export function encodeWav16(samples: Float32Array, sampleRateHz: number): Uint8Array {
  const out = new Uint8Array(44 + samples.length * 2);
  const view = new DataView(out.buffer);
  const ascii = (o: number, s: string) => [...s].forEach((ch, i) => view.setUint8(o + i, ch.charCodeAt(0)));
  ascii(0, "RIFF");
  view.setUint32(4, 36 + samples.length * 2, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, FORMAT_PCM, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRateHz, true);
  view.setUint32(28, sampleRateHz * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  ascii(36, "data");
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((s, i) => view.setInt16(44 + i * 2, Math.round(Math.max(-1, Math.min(1, s)) * 32_767), true));
  return out;
}
