/**
 * The live screen's coaching state: feeds each newly final segment to a CoachingMonitor (only the new
 * ones: finals only grow) and publishes the latest nudge until it is dismissed.
 */
import { ObservableState } from "../observable-state";
import type { Segment } from "../transcript/segment";
import { CoachingMonitor, type CoachingContext, type Nudge } from "./coaching";

/** How far back each observation looks (well beyond the five-minute window at any speaking pace). */
const LOOKBACK_SEGMENTS = 400;

export class CoachingFeed extends ObservableState<{ nudge: Nudge | null }> {
  private readonly monitor: CoachingMonitor;
  private observed = 0;

  constructor(context: CoachingContext) {
    super({ nudge: null });
    this.monitor = new CoachingMonitor(context);
  }

  feed(segments: readonly Segment[], planRemaining: number): void {
    const finals = segments.filter((s) => s.final);
    let latest: Nudge | null = null;
    for (let i = this.observed; i < finals.length; i += 1)
      latest =
        this.monitor.observe(
          finals.slice(Math.max(0, i - LOOKBACK_SEGMENTS), i + 1),
          finals[i] as Segment,
          planRemaining,
        ) ?? latest;
    this.observed = finals.length;
    if (latest) this.set({ nudge: latest });
  }

  dismiss(): void {
    this.set({ nudge: null });
  }
}
