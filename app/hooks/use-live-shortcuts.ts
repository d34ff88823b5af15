"use client";

import { useEffect, useRef } from "react";

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

/** An action, or null where it does not apply right now (the key then does nothing). */
type Action = (() => void) | null;

export interface LiveShortcuts {
  help: Action;
  switchSpeaker: Action;
  pause: Action;
  stop: Action;
  start: Action;
  mark: Action;
  note: Action;
  /** 0-based tab index, from the keys 1-4. */
  tab: (index: number) => void;
}

/** The live screen's keyboard shortcuts (listed in the help overlay); off while typing in a field. */
export function useLiveShortcuts(actions: LiveShortcuts): void {
  const latest = useRef(actions);
  useEffect(() => {
    latest.current = actions;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const a = latest.current;
      const byKey: Record<string, Action> = {
        "?": a.help,
        s: a.switchSpeaker,
        p: a.pause,
        r: a.start,
        m: a.mark,
        n: a.note,
      };
      let action: Action = byKey[e.key] ?? null;
      if (e.key === "X" && e.shiftKey) action = a.stop;
      else if (/^[1-4]$/.test(e.key)) action = () => a.tab(Number(e.key) - 1);
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
