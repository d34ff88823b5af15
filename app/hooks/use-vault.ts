"use client";

import { useEffect, useState } from "react";
import { useStore } from "./use-store";
import type { VaultController } from "../session/vault-controller";
import { VAULT_OPENING, type VaultState } from "../session/vault-state";

/**
 * The encrypted vault, owned by the app shell. Its code (Dexie, WebCrypto, every session schema) loads
 * after the first paint, in its own task, so the first screen's start-up stays short (decision 119);
 * the gate says "Opening the encrypted vault…" meanwhile, as it does while IndexedDB answers.
 */
export function useVault(): { controller: VaultController | null; state: VaultState } {
  const [controller, setController] = useState<VaultController | null>(null);
  const [loadFailure, setLoadFailure] = useState<string | null>(null);
  useEffect(() => {
    let disposed = false;
    let created: VaultController | null = null;
    import("../session/vault-controller").then(
      (m) => {
        if (disposed) return;
        created = new m.VaultController();
        setController(created);
      },
      (error: unknown) => {
        if (!disposed)
          setLoadFailure(
            `The vault's code could not be loaded (${(error as Error).message}). Reload the page; nothing stored on this device is lost.`,
          );
      },
    );
    return () => {
      disposed = true;
      created?.dispose();
      setController(null);
    };
  }, []);
  const state = useStore(controller, VAULT_OPENING);
  return { controller, state: loadFailure ? { ...state, phase: "error", error: loadFailure } : state };
}
