"use client";

import { useStore } from "./use-store";
import { VaultController, type VaultState } from "../session/vault-controller";
import { useOwned } from "./use-owned";

const OPENING: VaultState = {
  phase: "opening",
  mode: null,
  error: null,
  busy: false,
  version: 0,
  purged: 0,
  persistent: null,
};

/** The encrypted vault, owned by the app shell. */
export function useVault() {
  const controller = useOwned(
    () => new VaultController(),
    (c) => c.dispose(),
    [],
  );
  const state = useStore(controller, OPENING);
  return { controller, state };
}
