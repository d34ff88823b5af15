import { trend, type SentimentPoint } from "../../lib/analysis/sentiment";
import { formatClock } from "../../lib/session/exports";

const W = 320;
const H = 90;

const moodOf = (v: number) => (v > 0.2 ? "positive" : v < -0.2 ? "negative" : "neutral");

/**
 * The candidate's sentiment per answer (dots) and its trend (line), -1 at the bottom to +1 at the top. Each
 * dot is a button: it jumps to the segment it scores (Enter or Space from the keyboard).
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
  const x = (ms: number) => 8 + ((ms - t0) / span) * (W - 16);
  const y = (v: number) => H / 2 - v * (H / 2 - 6);
  const ema = trend(points);
  const latest = ema.at(-1) ?? 0;
  const path = ema
    .map((v, i) => `${i === 0 ? "M" : "L"}${x(points[i]?.atMs ?? 0).toFixed(1)},${y(v).toFixed(1)}`)
    .join(" ");
  const mood = moodOf(latest);
  return (
    <figure className="rounded-lg border border-slate-200 p-2 dark:border-slate-700" data-testid="sentiment-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-24 w-full"
        role="group"
        aria-label={`Candidate sentiment over ${points.length} answers: trend ${latest.toFixed(2)} (${mood})`}
      >
        <line
          x1={0}
          x2={W}
          y1={H / 2}
          y2={H / 2}
          className="stroke-slate-300 dark:stroke-slate-600"
          strokeDasharray="4 4"
        />
        <path d={path} fill="none" strokeWidth={2} className="stroke-blue-700 dark:stroke-blue-300" />
        {points.map((p) => (
          <circle
            key={p.segmentId}
            role="button"
            tabIndex={0}
            aria-label={`Answer at ${formatClock(p.atMs)}: ${p.compound.toFixed(2)} (${moodOf(p.compound)}). Jump to it`}
            data-testid="sentiment-point"
            data-segment-id={p.segmentId}
            cx={x(p.atMs)}
            cy={y(p.compound)}
            r={4}
            onClick={() => onJump(p.segmentId)}
            onKeyDown={(e) => {
              if (e.key !== "Enter" && e.key !== " ") return;
              e.preventDefault();
              onJump(p.segmentId);
            }}
            className={`cursor-pointer focus:outline-none focus-visible:stroke-blue-600 focus-visible:stroke-[3px] ${
              p.compound < -0.2 ? "fill-red-600" : p.compound > 0.2 ? "fill-emerald-600" : "fill-slate-500"
            }`}
          />
        ))}
      </svg>
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
