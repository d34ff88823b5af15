import type { ReactNode } from "react";
import type { Insight } from "../../lib/analysis/insight";

/**
 * Line icons drawn as inline SVG: an emoji depends on the system's fonts (a missing glyph shows as a box),
 * an SVG looks the same everywhere, offline included.
 */
const SHAPES: Record<Insight["type"], ReactNode> = {
  insight: <path d="M9 18h6M10 21h4M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2V17h5v-1.1c0-.8.4-1.5 1-2A6 6 0 0 0 12 3z" />,
  highlight: <path d="M12 3l2.8 5.7 6.2.9-4.5 4.4 1.1 6.2L12 17.3l-5.6 2.9 1.1-6.2L3 9.6l6.2-.9z" />,
  question: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14M12 17.5v.01" />
    </>
  ),
  fact_check: <path d="M5 21V4h11l-2 4 2 4H5" />,
  warning: <path d="M12 3 2 20h20L12 3zM12 10v4M12 17.5v.01" />,
  sentiment: <path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z" />,
  compliance: <path d="M12 3 4 6v6c0 4.5 3.4 8.3 8 9 4.6-.7 8-4.5 8-9V6l-8-3zM12 8v5M12 16.5v.01" />,
};

export function InsightIcon({ type, className }: { type: Insight["type"]; className: string }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className={`h-4 w-4 shrink-0 ${className}`}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {SHAPES[type]}
    </svg>
  );
}
