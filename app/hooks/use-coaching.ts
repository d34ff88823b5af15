"use client";

import { useEffect, useState } from "react";
import { CoachingFeed } from "../../lib/analytics/coaching-feed";
import { INTERVIEWER, type Segment } from "../../lib/transcript/segment";
import { useLocalSetting } from "./use-local-setting";
import { useStore } from "./use-store";

export const COACHING_KEY = "copilot.coaching";
const parseEnabled = (raw: string | null) => raw !== "off";

/**
 * Live coaching nudges for this interview (lib/analytics/coaching): fed every new final segment; the
 * latest nudge until dismissed; on unless the interviewer turned it off (kept on this device).
 */
export function useCoaching(segments: readonly Segment[], plannedMinutes: number | null, planRemaining: number) {
  const [enabled, saveEnabled] = useLocalSetting(COACHING_KEY, parseEnabled);
  const [feed] = useState(() => new CoachingFeed({ interviewer: INTERVIEWER, plannedMinutes, planRemaining }));
  const { nudge } = useStore(feed, feed.get());
  useEffect(() => feed.feed(segments, planRemaining), [feed, segments, planRemaining]);
  return {
    enabled,
    nudge: enabled ? nudge : null,
    dismiss: () => feed.dismiss(),
    setEnabled: (on: boolean) => saveEnabled(on ? "on" : "off"),
  };
}
