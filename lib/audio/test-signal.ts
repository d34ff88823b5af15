import { SAMPLE_RATE_HZ } from "./sample-rate";

/**
 * A voiced, speech-like test signal (a 140 Hz harmonic series under a syllable-rate envelope), used to
 * check that a model loads and runs end to end without a microphone.
 */
export function speechLikeSignal(durationS = 2): Float32Array {
  const n = Math.round(durationS * SAMPLE_RATE_HZ);
  const out = new Float32Array(n);
  const f0Hz = 140;
  for (let i = 0; i < n; i += 1) {
    const t = i / SAMPLE_RATE_HZ;
    let v = 0;
    for (let h = 1; h <= 12; h += 1) v += Math.sin(2 * Math.PI * f0Hz * h * t) / h;
    const envelope = 0.5 - 0.5 * Math.cos(2 * Math.PI * 4 * t);
    out[i] = 0.2 * envelope * v;
  }
  return out;
}
