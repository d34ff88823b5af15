import { trend, type SentimentPoint } from "../../lib/analysis/sentiment-trend";
import { formatClock } from "../../lib/session/clock";

const moodOf = (v: number) => (v > 0.2 ? "positive" : v < -0.2 ? "negative" : "neutral");
const DOT: Record<ReturnType<typeof moodOf>, string> = {
  negative: "bg-red-600",
  positive: "bg-emerald-600",
  neutral: "bg-slate-500",
};

/**
 * The candidate's sentiment per answer (dots) and its trend (line), -1 at the bottom to +1 at the top,
 * stretched to the panel's width. The line is SVG in percent coordinates; each dot is a real button laid
 * over it, so it stays round at any width and jumps to the segment it scores (click, Enter or Space).
 */
export function SentimentChart({
  points,
  onJump,
}: {
  points: readonly SentimentPoint[];
  onJump: (segmentId: string) => void;
}) {
  if (points.length === 0)
    return (
      <p className="text-sm text-slate-600 dark:text-slate-300">
        The sentiment trend appears after the candidate&apos;s first answer.
      </p>
    );
  const t0 = points[0]?.atMs ?? 0;
  const span = Math.max(1, (points.at(-1)?.atMs ?? 0) - t0);
  const x = (ms: number) => 2 + ((ms - t0) / span) * 96;
  const y = (v: number) => 50 - v * 44;
  const ema = trend(points);
  const latest = ema.at(-1) ?? 0;
  const path = ema
    .map((v, i) => `${i === 0 ? "M" : "L"}${x(points[i]?.atMs ?? 0).toFixed(2)},${y(v).toFixed(2)}`)
    .join(" ");
  const mood = moodOf(latest);
  return (
    <figure className="rounded-lg border border-slate-200 p-2 dark:border-slate-700" data-testid="sentiment-chart">
      <div
        className="relative h-24 w-full"
        role="group"
        aria-label={`Candidate sentiment over ${points.length} answers: trend ${latest.toFixed(2)} (${mood})`}
      >
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="absolute inset-0 h-full w-full" aria-hidden>
          <line
            x1={0}
            x2={100}
            y1={50}
            y2={50}
            vectorEffect="non-scaling-stroke"
            className="stroke-slate-300 dark:stroke-slate-600"
            strokeDasharray="4 4"
          />
          <path
            d={path}
            fill="none"
            strokeWidth={2}
            vectorEffect="non-scaling-stroke"
            className="stroke-blue-700 dark:stroke-blue-300"
          />
        </svg>
        {points.map((p) => (
          <button
            key={p.segmentId}
            type="button"
            aria-label={`Answer at ${formatClock(p.atMs)}: ${p.compound.toFixed(2)} (${moodOf(p.compound)}). Jump to it`}
            data-testid="sentiment-point"
            data-segment-id={p.segmentId}
            style={{ left: `${x(p.atMs)}%`, top: `${y(p.compound)}%` }}
            onClick={() => onJump(p.segmentId)}
            className={`absolute h-2.5 w-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full ${DOT[moodOf(p.compound)]} focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600`}
          />
        ))}
      </div>
      <figcaption className="mt-1 flex justify-between text-xs text-slate-600 dark:text-slate-300">
        <span>{formatClock(t0)}</span>
        <span>
          Trend {latest >= 0 ? "+" : ""}
          {latest.toFixed(2)} ({mood})
        </span>
        <span>{formatClock(points.at(-1)?.atMs ?? 0)}</span>
      </figcaption>
    </figure>
  );
}
