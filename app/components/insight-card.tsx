import type { Insight } from "../../lib/analysis/insight";
import { formatClock } from "../../lib/session/clock";
import type { InsightFlags } from "../../lib/session/model";
import type { FlagAction } from "../../lib/session/session-store";
import { InsightIcon } from "./insight-icon";
import { btn } from "./ui";

const LOOK: Record<Insight["type"], { label: string; border: string; icon: string }> = {
  insight: { label: "Insight", border: "border-l-blue-600", icon: "text-blue-700 dark:text-blue-300" },
  highlight: { label: "Key moment", border: "border-l-violet-600", icon: "text-violet-700 dark:text-violet-300" },
  question: {
    label: "Follow-up question",
    border: "border-l-emerald-600",
    icon: "text-emerald-700 dark:text-emerald-300",
  },
  fact_check: { label: "Fact check", border: "border-l-amber-600", icon: "text-amber-700 dark:text-amber-300" },
  warning: { label: "Stress", border: "border-l-orange-600", icon: "text-orange-700 dark:text-orange-300" },
  sentiment: { label: "Sentiment", border: "border-l-pink-600", icon: "text-pink-700 dark:text-pink-300" },
  compliance: { label: "Compliance (private)", border: "border-l-red-700", icon: "text-red-700 dark:text-red-300" },
};

export type { FlagAction };

/** How long ago, in interview time: "just now", "3 min ago". */
export function ago(atMs: number, nowMs: number): string {
  const s = Math.max(0, Math.round((nowMs - atMs) / 1000));
  if (s < 30) return "just now";
  if (s < 90) return "1 min ago";
  const m = Math.round(s / 60);
  return m < 60 ? `${m} min ago` : `${Math.floor(m / 60)} h ${m % 60} min ago`;
}

/** One card: icon and colour by type, title, content, when, priority, and the interviewer's actions. */
export function InsightCard({
  insight,
  flags,
  onFlag,
  onJump,
  nowMs,
}: {
  insight: Insight;
  /** The interview's current time, for "3 min ago". */
  nowMs: number;
  flags: InsightFlags;
  onFlag: (id: string, action: FlagAction) => void;
  onJump: (segmentId: string) => void;
}) {
  const look = LOOK[insight.type];
  return (
    <article
      data-testid={insight.source === "model" ? "model-insight" : "local-insight"}
      data-insight-type={insight.type}
      data-insight-id={insight.id}
      aria-label={`${look.label}: ${insight.title}`}
      className={`rounded-md border border-l-4 border-slate-200 ${look.border} bg-white p-3 text-sm dark:border-slate-700 dark:bg-slate-900 ${flags.asked ? "opacity-70" : ""}`}
    >
      <header className="flex items-start gap-2">
        <InsightIcon type={insight.type} className={`mt-0.5 ${look.icon}`} />
        <h3 className={`flex-1 font-medium ${flags.asked ? "line-through" : ""}`}>{insight.title}</h3>
        {insight.priority === "high" ? (
          <span className="rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-900 dark:bg-red-900 dark:text-red-100">
            High Priority
          </span>
        ) : null}
        {flags.pinned ? (
          <span className="rounded bg-blue-100 px-1.5 py-0.5 text-xs text-blue-900 dark:bg-blue-900 dark:text-blue-100">
            Pinned
          </span>
        ) : null}
      </header>
      <p className="mt-1 text-slate-700 dark:text-slate-200">{insight.content}</p>
      <footer className="mt-2 flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-300">
        <span>
          {look.label} · at {formatClock(insight.atMs)} ({ago(insight.atMs, nowMs)}) ·{" "}
          {insight.source === "model" ? "model" : "on device"}
        </span>
        <span className="ml-auto flex gap-1">
          <button
            type="button"
            className={btn.small}
            aria-pressed={flags.pinned}
            onClick={() => onFlag(insight.id, "pin")}
          >
            {flags.pinned ? "Unpin" : "Pin"}
          </button>
          {insight.type === "question" ? (
            <button
              type="button"
              className={btn.small}
              aria-pressed={flags.asked}
              onClick={() => onFlag(insight.id, "asked")}
            >
              {flags.asked ? "Asked ✓" : "Asked"}
            </button>
          ) : null}
          {(insight.relatedSegmentIds ?? [])
            .filter((id) => id !== insight.segmentId)
            .map((id, n) => (
              <button
                key={id}
                type="button"
                className={btn.small}
                data-testid="jump-related"
                aria-label={`Jump to the earlier segment ${n + 1}`}
                onClick={() => onJump(id)}
              >
                Jump to earlier
              </button>
            ))}
          <button type="button" className={btn.small} onClick={() => onJump(insight.segmentId)}>
            Jump
          </button>
          <button type="button" className={btn.small} onClick={() => onFlag(insight.id, "dismiss")}>
            Dismiss
          </button>
        </span>
      </footer>
    </article>
  );
}
