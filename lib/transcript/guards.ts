/**
 * Guards against text Whisper invents: loops of a repeated token or phrase, and its well-known
 * "silence phrases" when the audio energy says nobody spoke.
 */
const SILENCE_PHRASES = [
  "thank you",
  "thanks for watching",
  "thank you for watching",
  "please subscribe",
  "subscribe to my channel",
  "you",
  "bye",
  "so",
  "okay",
  "music",
  "applause",
  "silence",
  "blank audio",
  "inaudible",
];

export function normalizeWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[[\]()*♪]/g, " ")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
}

/** True when the words are mostly one token or one short phrase repeated in a loop. */
export function isRepetitionLoop(text: string, minRepeats = 4): boolean {
  const words = normalizeWords(text);
  if (words.length < minRepeats) return false;
  for (let size = 1; size <= 4; size += 1) {
    let run = 1;
    let best = 1;
    for (let i = size; i + size <= words.length; i += size) {
      const same = words.slice(i, i + size).join(" ") === words.slice(i - size, i).join(" ");
      run = same ? run + 1 : 1;
      best = Math.max(best, run);
    }
    // A phrase repeated minRepeats times in a row, covering at least half the words, is a loop.
    if (best >= minRepeats && best * size * 2 >= words.length) return true;
  }
  // Or a vocabulary so small that the text cannot be real speech.
  return words.length >= 12 && new Set(words).size / words.length < 0.2;
}

export function isSilencePhrase(text: string): boolean {
  const joined = normalizeWords(text).join(" ");
  return joined === "" || SILENCE_PHRASES.includes(joined);
}

export function rmsDbfs(samples: Float32Array): number {
  let energy = 0;
  for (const sample of samples) energy += sample * sample;
  return 10 * Math.log10(energy / Math.max(1, samples.length) + 1e-12);
}

/** Below this level (dBFS, RMS over the utterance) nobody is speaking into the microphone. */
export const SPEECH_FLOOR_DBFS = -45;

export type GuardVerdict = { keep: true } | { keep: false; reason: "empty" | "repetition_loop" | "silence_phrase" };

/** `audioDbfs` is measured before inference: the audio buffer itself is transferred to the worker. */
export function judgeTranscript(text: string, audioDbfs: number, speechShare: number): GuardVerdict {
  if (normalizeWords(text).length === 0) return { keep: false, reason: "empty" };
  if (isRepetitionLoop(text)) return { keep: false, reason: "repetition_loop" };
  const quiet = audioDbfs < SPEECH_FLOOR_DBFS || speechShare < 0.2;
  if (quiet && isSilencePhrase(text)) return { keep: false, reason: "silence_phrase" };
  return { keep: true };
}
