"use client";

import { useEffect } from "react";

const ACTIVITY = ["pointerdown", "keydown", "wheel", "touchstart"] as const;

/** Calls `lock` after `minutes` without input, unless `hold` (a recording is running). */
export function useIdleLock(minutes: number, hold: boolean, lock: () => void): void {
  useEffect(() => {
    if (hold) return;
    let timer = setTimeout(lock, minutes * 60_000);
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, minutes * 60_000);
    };
    for (const e of ACTIVITY) window.addEventListener(e, reset, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, reset);
    };
  }, [minutes, hold, lock]);
}
