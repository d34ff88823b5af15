"use client";

import { AtsOutbox } from "../session/ats-outbox";
import type { VaultController } from "../session/vault-controller";
import { useOwned } from "./use-owned";

/**
 * The ATS outbox runner while the vault is open: it sends what is due at once, again whenever the
 * browser comes back online, and on its own timer for retries.
 */
export function useAtsOutbox(vault: VaultController): AtsOutbox | null {
  return (
    useOwned(
      () => {
        const outbox = new AtsOutbox({
          vault: vault.vault,
          fetch: globalThis.fetch.bind(globalThis),
          isOnline: () => navigator.onLine,
        });
        const online = () => void outbox.kick();
        window.addEventListener("online", online);
        void outbox.kick();
        return { outbox, online };
      },
      ({ outbox, online }) => {
        window.removeEventListener("online", online);
        outbox.dispose();
      },
      [vault],
    )?.outbox ?? null
  );
}
