/**
 * Benchmark bookkeeping, created only when metrics are on (?metrics=1): a real interview keeps no
 * timings. The benchmarks read these from the page (window.__copilotMetrics / __copilotAnalysis).
 */
import type { Segment } from "../../lib/transcript/segment";

/** One measurement per final segment: from the end of speech to the final text in the store. */
export interface LatencySample {
  id: string;
  speechEndAt: number;
  finalAt: number;
}

/** The live pipeline's timings: speech start/end (VAD), each text change on screen, each final. */
export class LiveProbe {
  readonly latencies: LatencySample[] = [];
  /** Times at which each segment's text changed on screen (partials, then the final). */
  readonly updateTimes: { id: string; at: number; final: boolean; key: string; text: string; stableChars: number }[] =
    [];
  /** When each utterance's speech started (VAD start event), keyed `${channel}:${startMs}`. */
  readonly speechStarts: Record<string, number> = {};
  private readonly speechEnds = new Map<string, number>();

  speechStarted(key: string): void {
    this.speechStarts[key] = performance.now();
  }

  /** `hangoverMs`: the end event fires this long after the last voiced frame, when speech ended. */
  speechEnded(key: string, hangoverMs: number): void {
    this.speechEnds.set(key, performance.now() - hangoverMs);
  }

  segmentShown(segment: Segment): void {
    const { id, final, channel, startMs } = segment;
    const key = `${channel}:${startMs}`;
    this.updateTimes.push({
      id,
      at: performance.now(),
      final,
      key,
      text: segment.text,
      stableChars: segment.stableChars ?? 0,
    });
    if (!final) return;
    const speechEndAt = this.speechEnds.get(key);
    if (speechEndAt === undefined) return;
    this.speechEnds.delete(key);
    this.latencies.push({ id, speechEndAt, finalAt: performance.now() });
  }
}

/** The analysis pipeline's timings: when each window's last segment became final, and its first model card. */
export class AnalysisProbe {
  readonly timings: { segmentId: string; finalAt: number; firstInsightAt?: number }[] = [];

  finalSeen(segmentId: string): void {
    this.timings.push({ segmentId, finalAt: Date.now() });
  }

  modelCardShown(segmentId: string): void {
    const timing = this.timings.find((t) => t.segmentId === segmentId);
    if (timing && timing.firstInsightAt === undefined) timing.firstInsightAt = Date.now();
  }
}
