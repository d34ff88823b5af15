"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { SessionInfo } from "../../lib/session/model";
import type { Scorecard } from "../../lib/session/scorecard";
import type { VaultController } from "./vault-controller";

const SAVE_DELAY_MS = 400;

/**
 * The interviewer's scorecard edits, saved encrypted with the session shortly after each change (typing
 * does not write on every key), with a status line; a failed save says so and keeps the edit on screen.
 */
export function useScorecard(vault: VaultController, info: SessionInfo | null, apply: (card: Scorecard) => void) {
  const [saved, setSaved] = useState("");
  const pending = useRef<{ info: SessionInfo; timer: ReturnType<typeof setTimeout> } | null>(null);

  const flush = useCallback(async () => {
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    clearTimeout(next.timer);
    try {
      await vault.vault.saveSession(next.info);
      setSaved("Saved on this device, encrypted");
    } catch (error) {
      setSaved(`Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, [vault]);

  useEffect(() => () => void flush(), [flush]);

  const change = useCallback(
    (card: Scorecard) => {
      if (!info) return;
      apply(card);
      setSaved("Saving…");
      if (pending.current) clearTimeout(pending.current.timer);
      pending.current = { info: { ...info, scorecard: card }, timer: setTimeout(() => void flush(), SAVE_DELAY_MS) };
    },
    [info, apply, flush],
  );
  return { saved, change };
}
