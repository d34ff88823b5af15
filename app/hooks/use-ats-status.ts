"use client";

import { useEffect, useState } from "react";
import { AtsStatusSchema, ATS_STATUS_ROUTE, type AtsStatus } from "../../lib/ats/protocol";

export type AtsStatusState =
  | { state: "checking" }
  /** `offline`: the last answer this device had, used while the server cannot be reached. */
  | { state: "ready"; status: AtsStatus; offline: boolean }
  | { state: "unavailable"; why: string };

/** The server's last answer, so a push can be prepared offline and wait in the outbox. */
export const ATS_STATUS_KEY = "copilot.ats-status";

function remembered(): AtsStatus | null {
  try {
    const parsed = AtsStatusSchema.safeParse(JSON.parse(localStorage.getItem(ATS_STATUS_KEY) ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Which ATS connectors the organisation's server has and allows (asked once per screen). */
export function useAtsStatus(): AtsStatusState {
  const [state, setState] = useState<AtsStatusState>({ state: "checking" });
  useEffect(() => {
    let live = true;
    void (async () => {
      let next: AtsStatusState;
      try {
        const response = await fetch(ATS_STATUS_ROUTE, { cache: "no-store" });
        const raw: unknown = await response.json().catch(() => null);
        if (response.status === 401) next = { state: "unavailable", why: "Sign in to send debriefs to the ATS." };
        else {
          const parsed = AtsStatusSchema.safeParse(raw);
          if (parsed.success) localStorage.setItem(ATS_STATUS_KEY, JSON.stringify(parsed.data));
          next = parsed.success
            ? { state: "ready", status: parsed.data, offline: false }
            : { state: "unavailable", why: `The server answered ${response.status} without the ATS settings.` };
        }
      } catch {
        const last = remembered();
        next = last
          ? { state: "ready", status: last, offline: true }
          : { state: "unavailable", why: "The organisation's server cannot be reached (offline)." };
      }
      if (live) setState(next);
    })();
    return () => {
      live = false;
    };
  }, []);
  return state;
}
