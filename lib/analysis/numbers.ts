/** Durations as people say them, in minutes: "two hours", "15 minutes". Spoken numbers are read by
 * `lib/privacy/spoken.ts` (one reader for the scrubber and the analyzer). */
const UNIT_MINUTES: Record<string, number> = { second: 1 / 60, minute: 1, hour: 60, day: 1440, week: 10_080 };

/** Minutes in a duration like "two hours" or "15 minutes", or null. */
export function durationMinutes(amount: number, unit: string): number | null {
  const key = unit
    .toLowerCase()
    .replace(/s$/, "")
    .replace(/^min$/, "minute")
    .replace(/^hr$/, "hour")
    .replace(/^sec$/, "second");
  const factor = UNIT_MINUTES[key];
  return factor === undefined ? null : amount * factor;
}
