"use client";

import { useEffect } from "react";
import type { SessionData } from "../../lib/session/model";
import { SessionPersister, type PersisterSources } from "../../lib/vault/session-persister";
import { SessionRecorder, type RecorderState } from "../../lib/vault/session-recorder";
import { useOwned } from "../hooks/use-owned";
import { useStore } from "../hooks/use-store";
import type { VaultController } from "./vault-controller";

const IDLE: RecorderState = { pending: 0, saved: 0, storageFull: false, error: null };

/**
 * The live session's write queue into the vault, and the persister that feeds it from the stores that
 * own the session's data (lib/vault/session-persister.ts), once they all exist.
 */
export function useSessionPersistence(
  vault: VaultController,
  sessionId: string,
  sources: PersisterSources | null,
  restored?: SessionData,
) {
  const recorder = useOwned(
    () => new SessionRecorder(vault.vault, sessionId),
    (r) => {
      void r.flush().finally(() => r.dispose());
    },
    [vault, sessionId],
  );
  const state = useStore(recorder, IDLE);
  const { transcript, session, analysis } = sources ?? {};
  useEffect(() => {
    if (!recorder || !transcript || !session || !analysis) return;
    const persister = new SessionPersister(
      (entry) => recorder.write(entry),
      sessionId,
      { transcript, session, analysis },
      restored,
    );
    return () => persister.dispose();
  }, [recorder, sessionId, transcript, session, analysis, restored]);
  return { recorder, state };
}
