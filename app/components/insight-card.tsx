import type { Insight } from "../../lib/analysis/insight";
import { formatClock } from "../../lib/session/exports";
import type { InsightFlags } from "../../lib/session/model";
import { btn } from "./ui";

const LOOK: Record<Insight["type"], { icon: string; label: string; border: string }> = {
  insight: { icon: "💡", label: "Insight", border: "border-l-blue-600" },
  highlight: { icon: "★", label: "Key moment", border: "border-l-violet-600" },
  question: { icon: "?", label: "Follow-up question", border: "border-l-emerald-600" },
  fact_check: { icon: "⚑", label: "Fact check", border: "border-l-amber-600" },
  warning: { icon: "⚠", label: "Stress", border: "border-l-orange-600" },
  sentiment: { icon: "♥", label: "Sentiment", border: "border-l-pink-600" },
};

export type FlagAction = "pin" | "dismiss" | "asked";

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
        <span aria-hidden="true" className="w-5 text-center">
          {look.icon}
        </span>
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
