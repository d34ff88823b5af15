"use client";

import type { Nudge } from "../../lib/analytics/coaching";
import { btn } from "./ui";

/** The quiet coaching line on the live screen: the latest nudge, and the switch that turns them off. */
export function CoachingLine({
  enabled,
  nudge,
  onDismiss,
  onToggle,
}: {
  enabled: boolean;
  nudge: Nudge | null;
  onDismiss: () => void;
  onToggle: (on: boolean) => void;
}) {
  return (
    <div className="flex flex-wrap items-center gap-2 text-xs text-slate-700 dark:text-slate-200">
      {nudge ? (
        <p
          role="status"
          data-testid="coaching-nudge"
          className="rounded-md bg-sky-50 px-2 py-1 text-sky-950 dark:bg-sky-950 dark:text-sky-50"
        >
          Coaching: {nudge.text}{" "}
          <button type="button" className={btn.small} onClick={onDismiss}>
            Dismiss
          </button>
        </p>
      ) : null}
      <label className="ml-auto flex items-center gap-1">
        <input type="checkbox" checked={enabled} onChange={(e) => onToggle(e.target.checked)} />
        Coaching nudges
      </label>
    </div>
  );
}
