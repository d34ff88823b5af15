/**
 * Plays a scripted interview (the built-in sample, or a long generated one for the soak) through a
 * transcript store as a live session would: each line shows as growing partial text, then its final,
 * at `speed` times real time. Pausable, stoppable, speed adjustable while playing; a line cut short by
 * stop is retracted, not kept half-said. Timers only: testable with fake timers.
 */
import type { TranscriptStore } from "../transcript/transcript-store";
import type { SampleLine } from "./sample-interview";

/** How often the player wakes to check for pause and stop (ms of wall time). */
export const PLAYER_TICK_MS = 100;
/** Partial text grows about this often (ms of interview time). */
export const PARTIAL_STEP_MS = 1_500;
export const MIN_SPEED = 0.25;

export class SamplePlayer {
  private isStopped = false;
  private isPaused = false;
  private speed: number;
  readonly done: Promise<void>;

  constructor(
    private readonly store: TranscriptStore,
    private readonly lines: readonly SampleLine[],
    options: { speed: number; idPrefix: string; offsetMs?: number },
  ) {
    this.speed = Math.max(MIN_SPEED, options.speed);
    this.done = this.play(options.idPrefix, options.offsetMs ?? 0);
  }

  setSpeed(speed: number): void {
    this.speed = Math.max(MIN_SPEED, speed);
  }

  pause(paused: boolean): void {
    this.isPaused = paused;
  }

  /** Stops after the current tick; resolves when playback has ended. */
  stop(): Promise<void> {
    this.isStopped = true;
    return this.done;
  }

  /** Waits `sampleMs` of interview time (longer while paused; at once when stopped). */
  private async wait(sampleMs: number): Promise<void> {
    let left = sampleMs;
    while ((left > 0 || this.isPaused) && !this.isStopped) {
      // Wall time: what is left at this speed, in ticks of at most PLAYER_TICK_MS (so pause and stop
      // are heard within a tick, and a fast replay is not held back by the tick).
      const step = this.isPaused ? PLAYER_TICK_MS : Math.min(PLAYER_TICK_MS, Math.max(left / this.speed, 1));
      await new Promise((resolve) => setTimeout(resolve, step));
      if (!this.isPaused) left -= step * this.speed;
    }
  }

  private async play(idPrefix: string, offsetMs: number): Promise<void> {
    let clock = 0;
    for (const [n, line] of this.lines.entries()) {
      const id = `${idPrefix}-sample-${n}`;
      await this.wait(line.startMs - clock);
      const words = line.text.split(" ");
      const steps = Math.max(2, Math.ceil(line.durationMs / PARTIAL_STEP_MS));
      for (let k = 1; k <= steps && !this.isStopped; k++) {
        await this.wait(line.durationMs / steps);
        if (this.isStopped) break;
        const final = k === steps;
        this.store.apply({
          kind: "segment",
          segment: {
            id,
            channel: "mic",
            speaker: line.speaker,
            startMs: offsetMs + line.startMs,
            endMs: offsetMs + line.startMs + (line.durationMs * k) / steps,
            text: final ? line.text : words.slice(0, Math.ceil((words.length * k) / steps)).join(" "),
            confidence: 1,
            final,
          },
        });
      }
      if (this.isStopped) {
        if (!this.store.get().segments.find((s) => s.id === id)?.final)
          this.store.apply({ kind: "retract", id, reason: "too_short" });
        return;
      }
      clock = line.startMs + line.durationMs;
    }
  }
}
