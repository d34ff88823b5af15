/**
 * The debrief's charts: real SVG, each with a title and a text alternative that says what it shows
 * (screen readers and print get the same facts), coloured with theme-aware classes that print too.
 */
import type { InterviewAnalytics } from "../../lib/analytics/analyze";
import { formatClock } from "../../lib/session/clock";
import type { Segment } from "../../lib/transcript/segment";

const ROLE_FILL: Record<string, string> = {
  interviewer: "fill-blue-700 dark:fill-blue-400",
  candidate: "fill-emerald-700 dark:fill-emerald-400",
  other: "fill-slate-500 dark:fill-slate-400",
};
const pct = (share: number) => `${Math.round(share * 100)}%`;

export function TalkSplit({ analytics }: { analytics: InterviewAnalytics }) {
  const speakers = Object.entries(analytics.speakers);
  const alt = speakers.map(([label, s]) => `${label} ${pct(s.talkShare)}`).join(", ");
  let x = 0;
  return (
    <figure data-testid="chart-talk-split" className="flex flex-col gap-1">
      <figcaption className="text-sm font-medium">Talk time</figcaption>
      <svg
        viewBox="0 0 100 8"
        preserveAspectRatio="none"
        className="h-6 w-full"
        role="img"
        aria-label={`Talk time: ${alt}`}
      >
        <title>{`Talk time: ${alt}`}</title>
        {speakers.map(([label, s]) => {
          const rect = (
            <rect key={label} x={x} y={0} width={s.talkShare * 100} height={8} className={ROLE_FILL[s.role]} />
          );
          x += s.talkShare * 100;
          return rect;
        })}
      </svg>
      <p className="text-xs">{alt}</p>
    </figure>
  );
}

/** Who spoke when, one lane per speaker, with the interviewer's questions and the cards marked on it. */
export function ConversationTimeline({
  analytics,
  segments,
  insightTimes,
}: {
  analytics: InterviewAnalytics;
  segments: readonly Segment[];
  insightTimes: readonly number[];
}) {
  const speakers = Object.keys(analytics.speakers);
  const t0 = segments[0]?.startMs ?? 0;
  const span = Math.max(1, analytics.durationMs);
  const x = (ms: number) => ((ms - t0) / span) * 1000;
  const lane = 14;
  const height = speakers.length * lane + 16;
  const alt = `Conversation over ${formatClock(analytics.durationMs)}: ${speakers.length} speakers, ${analytics.questions.length} questions, ${insightTimes.length} cards, ${analytics.interruptions.length} interruptions.`;
  return (
    <figure data-testid="chart-timeline" className="flex flex-col gap-1">
      <figcaption className="text-sm font-medium">Conversation timeline</figcaption>
      <svg
        viewBox={`0 0 1000 ${height}`}
        preserveAspectRatio="none"
        className="h-24 w-full"
        role="img"
        aria-label={alt}
      >
        <title>{alt}</title>
        {segments.map((s) => (
          <rect
            key={s.id}
            x={x(s.startMs)}
            y={speakers.indexOf(s.speaker) * lane + 2}
            width={Math.max(1, x(s.endMs) - x(s.startMs))}
            height={lane - 4}
            className={ROLE_FILL[analytics.speakers[s.speaker]?.role ?? "other"]}
          />
        ))}
        {analytics.questions.map((q) => (
          <circle
            key={`q${q.segmentId}${q.text.length}`}
            cx={x(q.atMs)}
            cy={height - 10}
            r={3}
            className="fill-amber-600 dark:fill-amber-300"
          />
        ))}
        {insightTimes.map((t, i) => (
          <rect
            key={`i${i}`}
            x={x(t) - 1.5}
            y={height - 4}
            width={3}
            height={3}
            className="fill-violet-700 dark:fill-violet-300"
          />
        ))}
      </svg>
      <p className="text-xs">
        {speakers.join(" and ")} by lane; amber dots: questions; violet marks: cards. {alt}
      </p>
    </figure>
  );
}

export function SentimentArc({ analytics }: { analytics: InterviewAnalytics }) {
  const points = analytics.sentiment;
  if (points.length < 2) return null;
  const t0 = points[0]?.atMs ?? 0;
  const span = Math.max(1, (points.at(-1)?.atMs ?? 0) - t0);
  const path = points
    .map((p, i) => `${i ? "L" : "M"}${(((p.atMs - t0) / span) * 100).toFixed(2)},${(50 - p.score * 45).toFixed(2)}`)
    .join(" ");
  const mean = points.reduce((s, p) => s + p.score, 0) / points.length;
  const alt = `Candidate sentiment over ${points.length} answers, from ${points[0]?.score.toFixed(2)} to ${points.at(-1)?.score.toFixed(2)} (mean ${mean.toFixed(2)}, -1 negative to +1 positive).`;
  return (
    <figure data-testid="chart-sentiment" className="flex flex-col gap-1">
      <figcaption className="text-sm font-medium">Sentiment arc</figcaption>
      <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="h-20 w-full" role="img" aria-label={alt}>
        <title>{alt}</title>
        <line
          x1={0}
          x2={100}
          y1={50}
          y2={50}
          strokeDasharray="3 3"
          vectorEffect="non-scaling-stroke"
          className="stroke-slate-400"
        />
        <path
          d={path}
          fill="none"
          strokeWidth={2}
          vectorEffect="non-scaling-stroke"
          className="stroke-emerald-700 dark:stroke-emerald-400"
        />
      </svg>
      <p className="text-xs">{alt}</p>
    </figure>
  );
}

export function PlanCoverage({ analytics }: { analytics: InterviewAnalytics }) {
  if (analytics.plan.length === 0) return null;
  const longest = Math.max(1, ...analytics.plan.map((p) => p.timeMs));
  return (
    <figure data-testid="chart-plan" className="flex flex-col gap-1">
      <figcaption className="text-sm font-medium">Question plan: time per topic</figcaption>
      <ul className="flex flex-col gap-1 text-xs">
        {analytics.plan.map((p) => (
          <li key={p.item} className="grid grid-cols-[12rem_1fr_4rem] items-center gap-2">
            <span>
              {p.covered ? "✓" : "✗"} {p.item}
            </span>
            <svg
              viewBox="0 0 100 4"
              preserveAspectRatio="none"
              className="h-3 w-full"
              role="img"
              aria-label={`${p.item}: ${p.covered ? formatClock(p.timeMs) : "not raised"}`}
            >
              <rect
                x={0}
                y={0}
                width={(p.timeMs / longest) * 100}
                height={4}
                className="fill-blue-700 dark:fill-blue-400"
              />
            </svg>
            <span className="tabular-nums">{p.covered ? formatClock(p.timeMs) : "not raised"}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
