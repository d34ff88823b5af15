/** How a figure's value is written, the same on the debrief screen, in exports and in tests. */
import { formatClock } from "../session/clock";
import type { Figure } from "./analyze";

export function figureValue(f: Pick<Figure, "unit" | "value">): string {
  switch (f.unit) {
    case "share":
    case "ratio":
      return `${Math.round(f.value * 100)}%`;
    case "ms":
      return f.value >= 60_000 ? formatClock(f.value) : `${(f.value / 1000).toFixed(1)} s`;
    case "wpm":
      return `${f.value} wpm`;
    case "count":
      return String(f.value);
  }
}
