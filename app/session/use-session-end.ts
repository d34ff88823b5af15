"use client";

import { useState } from "react";
import type { SessionInfo } from "../../lib/session/model";
import type { SessionRecorder } from "../../lib/vault/session-recorder";
import type { LiveController } from "../live/live-controller";
import { downloadText } from "../components/download";
import type { ConsentState } from "../hooks/use-consent";
import type { VaultController } from "./vault-controller";

/**
 * How a live session ends: finished (saved, then reviewed), its consent withdrawn (recording stops for
 * good), deleted at the candidate's request (stopped, flushed, removed, back home), or its unsaved part
 * exported when the disk is full.
 */
export function useSessionEnd({
  info,
  controller,
  recorder,
  consent,
  vault,
  onDone,
  onLeave,
}: {
  info: SessionInfo;
  controller: LiveController | null;
  recorder: SessionRecorder | null;
  consent: ConsentState;
  vault: VaultController;
  onDone: (id: string) => void;
  onLeave: () => void;
}) {
  const [finishing, setFinishing] = useState<string | null>(null);

  const finish = async () => {
    if (!controller || !recorder) return;
    setFinishing("Saving…");
    await controller.stop();
    recorder.write({ table: "session", id: info.id, value: { ...consent.current(), endedAt: Date.now() } });
    await recorder.flush();
    if (recorder.get().pending > 0) {
      setFinishing(
        "Not everything could be saved yet (see above). Export the unsaved part, free some space, then press Stop again.",
      );
      return;
    }
    vault.changed();
    onDone(info.id);
  };

  const withdrawConsent = () => {
    consent.withdraw();
    void controller?.stop();
  };

  const deleteCaptured = async () => {
    await controller?.stop();
    await recorder?.flush();
    await vault.vault.deleteSessions([info.id]);
    vault.changed();
    onLeave();
  };

  const exportUnsaved = () =>
    downloadText(
      `unsaved-${info.id}.json`,
      JSON.stringify({ session: consent.current(), unsaved: recorder?.unsaved() ?? [] }, null, 2),
      "application/json",
    );

  return { finishing, finish, withdrawConsent, deleteCaptured, exportUnsaved };
}
