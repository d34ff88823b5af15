/**
 * Who spoke when: turns (one speaker's consecutive segments), talk time per speaker, and interruptions.
 * Times come from the stored segments, so the figures are the same in the app, the CLI and an export.
 */
import type { Segment } from "../transcript/segment";

export interface Turn {
  speaker: string;
  segments: Segment[];
  startMs: number;
  endMs: number;
  text: string;
}

/** A pause longer than this inside one speaker's run starts a new turn (they stopped; nobody took over). */
export const TURN_PAUSE_MS = 5_000;

export function turnsOf(segments: readonly Segment[]): Turn[] {
  const turns: Turn[] = [];
  for (const s of segments) {
    const last = turns.at(-1);
    if (last && last.speaker === s.speaker && s.startMs - last.endMs <= TURN_PAUSE_MS) {
      last.segments.push(s);
      last.endMs = Math.max(last.endMs, s.endMs);
      last.text = `${last.text} ${s.text.trim()}`;
    } else turns.push({ speaker: s.speaker, segments: [s], startMs: s.startMs, endMs: s.endMs, text: s.text.trim() });
  }
  return turns;
}

export const wordCount = (text: string) => (text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length;

export interface Interruption {
  /** The segment that cut in. */
  segmentId: string;
  /** The segment that was cut off. */
  interruptedSegmentId: string;
  interrupter: string;
  interrupted: string;
  atMs: number;
  /** overlap: the two were speaking at once (two channels, or a transcript with overlapping times);
   * cut_off: on one channel, the other took over within a short gap of an unfinished sentence. */
  kind: "overlap" | "cut_off";
}

/** Overlap shorter than this is the two channels' timing, not one speaking over the other. */
export const OVERLAP_MIN_MS = 300;
/** On one channel, a speaker change this soon after an unfinished sentence is a cut-off. */
export const CUT_OFF_GAP_MS = 300;

const finished = (text: string) => /[.?!…]["'’”)\]]*$/.test(text.trim());

export function interruptionsOf(segments: readonly Segment[]): Interruption[] {
  const out: Interruption[] = [];
  const ordered = [...segments].sort((a, b) => a.startMs - b.startMs);
  for (let i = 1; i < ordered.length; i += 1) {
    const next = ordered[i] as Segment;
    // The latest-ending segment of another speaker that began before this one.
    let prev: Segment | undefined;
    for (let j = i - 1; j >= 0 && j >= i - 4; j -= 1) {
      const candidate = ordered[j] as Segment;
      if (candidate.speaker !== next.speaker && (!prev || candidate.endMs > prev.endMs)) prev = candidate;
    }
    if (!prev) continue;
    const immediate = ordered[i - 1] as Segment;
    const record = (kind: Interruption["kind"], cut: Segment) =>
      out.push({
        segmentId: next.id,
        interruptedSegmentId: cut.id,
        interrupter: next.speaker,
        interrupted: cut.speaker,
        atMs: next.startMs,
        kind,
      });
    if (prev.endMs - next.startMs >= OVERLAP_MIN_MS && next.startMs > prev.startMs) record("overlap", prev);
    else if (
      immediate.speaker !== next.speaker &&
      immediate.channel === next.channel &&
      next.startMs - immediate.endMs < CUT_OFF_GAP_MS &&
      next.startMs >= immediate.endMs - OVERLAP_MIN_MS &&
      !finished(immediate.text)
    )
      record("cut_off", immediate);
  }
  return out;
}
