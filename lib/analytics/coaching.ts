/**
 * Live coaching, quietly: low-priority nudges for the interviewer, from the transcript so far. Each kind
 * fires at most once per COOLDOWN_MS, and no two nudges come closer than GAP_MS; the interviewer can turn
 * them off. Pure: the live screen feeds it final segments and the interview clock.
 */
import type { Segment } from "../transcript/segment";
import { questionsIn } from "./questions";

export type NudgeKind = "talking_too_much" | "long_answer" | "time_short" | "closed_streak";

export interface Nudge {
  kind: NudgeKind;
  text: string;
  atMs: number;
  segmentId: string;
}

export const WINDOW_MS = 5 * 60_000;
/** Talk in the window before the share means anything (the first minute is introductions). */
export const MIN_WINDOW_TALK_MS = 90_000;
export const LONG_ANSWER_MS = 2 * 60_000;
export const CLOSED_STREAK = 3;
/** Time is short when this share of the planned length has passed. */
export const TIME_SHORT_SHARE = 0.8;
export const COOLDOWN_MS = 5 * 60_000;
export const GAP_MS = 60_000;

export interface CoachingContext {
  interviewer: string;
  plannedMinutes: number | null;
  /** Plan topics not yet raised. */
  planRemaining: number;
}

export class CoachingMonitor {
  private readonly fired = new Map<NudgeKind, number>();
  private lastAt = -Infinity;
  private closedRun = 0;
  private seen = new Set<string>();

  constructor(private readonly context: CoachingContext) {}

  /** Call with every final segment in order; returns the nudge to show now, if any. */
  observe(segments: readonly Segment[], latest: Segment, planRemaining = this.context.planRemaining): Nudge | null {
    if (this.seen.has(latest.id)) return null;
    this.seen.add(latest.id);
    const now = latest.endMs;
    const candidates: Nudge[] = [];
    const { interviewer } = this.context;

    if (latest.speaker === interviewer) {
      for (const q of questionsIn(latest.text)) this.closedRun = q.form === "closed" ? this.closedRun + 1 : 0;
      if (this.closedRun >= CLOSED_STREAK) {
        candidates.push({
          kind: "closed_streak",
          text: `${this.closedRun} closed questions in a row: an open one ("How did you…", "Walk me through…") gets more.`,
          atMs: now,
          segmentId: latest.id,
        });
      }
    }

    let mine = 0;
    let all = 0;
    for (const s of segments) {
      const start = Math.max(s.startMs, now - WINDOW_MS);
      if (s.endMs <= start) continue;
      const d = s.endMs - start;
      all += d;
      if (s.speaker === interviewer) mine += d;
    }
    if (all >= MIN_WINDOW_TALK_MS && mine / all > 0.5)
      candidates.push({
        kind: "talking_too_much",
        text: `You have talked ${Math.round((mine / all) * 100)}% of the last five minutes: let the candidate speak.`,
        atMs: now,
        segmentId: latest.id,
      });

    if (latest.speaker !== interviewer) {
      let start = latest.startMs;
      for (let i = segments.length - 1; i >= 0; i -= 1) {
        const s = segments[i] as Segment;
        if (s.speaker === interviewer && s.startMs < latest.startMs) break;
        if (s.speaker === latest.speaker) start = Math.min(start, s.startMs);
      }
      if (now - start > LONG_ANSWER_MS)
        candidates.push({
          kind: "long_answer",
          text: `This answer has run ${Math.floor((now - start) / 60_000)} minutes: a good moment to steer.`,
          atMs: now,
          segmentId: latest.id,
        });
    }

    const planned = this.context.plannedMinutes;
    if (planned && planRemaining > 0 && now >= planned * 60_000 * TIME_SHORT_SHARE) {
      const left = Math.max(0, Math.round(planned - now / 60_000));
      candidates.push({
        kind: "time_short",
        text: `${planRemaining} plan topic${planRemaining === 1 ? "" : "s"} left and about ${left} minute${left === 1 ? "" : "s"} to go.`,
        atMs: now,
        segmentId: latest.id,
      });
    }

    if (now - this.lastAt < GAP_MS) return null;
    const due = candidates.find((n) => now - (this.fired.get(n.kind) ?? -Infinity) >= COOLDOWN_MS);
    if (!due) return null;
    this.fired.set(due.kind, now);
    this.lastAt = now;
    if (due.kind === "closed_streak") this.closedRun = 0;
    return due;
  }
}
