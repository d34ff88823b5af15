"use client";

import { useEffect, useState } from "react";
import { useStore } from "./use-store";
import type { VaultController } from "../session/vault-controller";
import { VAULT_OPENING, type VaultState } from "../session/vault-state";

/** A macrotask boundary: what follows runs in a task of its own, after the browser could paint or handle input. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The vault's code in three steps, each evaluated in a task of its own (decision 121): Dexie, then the
 * session schemas with Zod, then the vault itself. Evaluated as one import they held the main thread
 * for one long task, which a tap during start-up had to wait out.
 */
async function loadVaultCode(): Promise<typeof import("../session/vault-controller")> {
  await import("dexie");
  await nextTask();
  await import("../../lib/session/model");
  await nextTask();
  return import("../session/vault-controller");
}

/**
 * The encrypted vault, owned by the app shell. Its code (Dexie, WebCrypto, every session schema) loads
 * after the first paint, in short tasks, so the first screen's start-up stays short (decisions 119, 121);
 * the gate says "Opening the encrypted vault…" meanwhile, as it does while IndexedDB answers.
 */
export function useVault(): { controller: VaultController | null; state: VaultState } {
  const [controller, setController] = useState<VaultController | null>(null);
  const [loadFailure, setLoadFailure] = useState<string | null>(null);
  useEffect(() => {
    let disposed = false;
    let created: VaultController | null = null;
    loadVaultCode().then(
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
