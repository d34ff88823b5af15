"use client";

import { useEffect, useRef, useState } from "react";
import { CoachingMonitor, type Nudge } from "../../lib/analytics/coaching";
import { INTERVIEWER, type Segment } from "../../lib/transcript/segment";
import { useLocalSetting } from "./use-local-setting";

export const COACHING_KEY = "copilot.coaching";
const parseEnabled = (raw: string | null) => raw !== "off";

/**
 * Live coaching nudges for this interview (lib/analytics/coaching): fed every new final segment; the
 * latest nudge until dismissed; on unless the interviewer turned it off (kept on this device).
 */
export function useCoaching(segments: readonly Segment[], plannedMinutes: number | null, planRemaining: number) {
  const [enabled, saveEnabled] = useLocalSetting(COACHING_KEY, parseEnabled);
  const monitor = useRef<CoachingMonitor | null>(null);
  const observed = useRef(0);
  const [nudge, setNudge] = useState<Nudge | null>(null);
  useEffect(() => {
    monitor.current ??= new CoachingMonitor({ interviewer: INTERVIEWER, plannedMinutes, planRemaining });
    const finals = segments.filter((s) => s.final);
    let latest: Nudge | null = null;
    // Only the segments that became final since the last run (finals only ever grow).
    for (let i = observed.current; i < finals.length; i += 1)
      latest =
        monitor.current.observe(finals.slice(Math.max(0, i - 400), i + 1), finals[i] as Segment, planRemaining) ??
        latest;
    observed.current = finals.length;
    if (latest) setNudge(latest);
  }, [segments, plannedMinutes, planRemaining]);
  return {
    enabled,
    nudge: enabled ? nudge : null,
    dismiss: () => setNudge(null),
    setEnabled: (on: boolean) => saveEnabled(on ? "on" : "off"),
  };
}
