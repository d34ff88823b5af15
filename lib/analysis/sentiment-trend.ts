/**
 * The sentiment curve's points and their trend: no lexicon here, so the live and review screens can draw
 * the chart without loading the word lists (several hundred kB) that only the workers score with.
 */

export interface SentimentPoint {
  atMs: number;
  segmentId: string;
  /** VADER's compound score, -1 (negative) to 1 (positive), averaged with the model's when there is one. */
  compound: number;
  /** The transformer model's own polarity, when a model was used. */
  model?: number;
}

/** Exponential moving average of the compound scores, so one remark does not swing the trend. */
export function trend(points: readonly SentimentPoint[], alpha = 0.35): number[] {
  const out: number[] = [];
  let value = points[0]?.compound ?? 0;
  for (const p of points) {
    value = alpha * p.compound + (1 - alpha) * value;
    out.push(value);
  }
  return out;
}
