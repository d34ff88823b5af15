/**
 * The interview's clock: while the microphone records, the session's earlier audio plus this run's;
 * otherwise (stopped, paused, importing, the sample at its own speed) where the transcript ends. So the
 * timer agrees with the segments' times and stands still when nothing is recorded.
 */
export function interviewClockMs(at: {
  status: string;
  sample: boolean;
  /** When this run of recording started (Date.now()), null before. */
  startedAt: number | null;
  /** Where the transcript ends (ms of interview time). */
  lastEndMs: number;
  /** The session's audio before this run (ms). */
  offsetMs: number;
  nowMs: number;
}): number {
  if (at.status !== "recording" || at.sample || at.startedAt === null) return at.lastEndMs;
  return Math.max(at.lastEndMs, at.offsetMs + at.nowMs - at.startedAt);
}
