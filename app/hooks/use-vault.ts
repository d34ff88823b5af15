"use client";

import { useSyncExternalStore } from "react";
import { VaultController, type VaultState } from "../session/vault-controller";
import { useOwned } from "./use-owned";

const noop = () => () => {};
const OPENING: VaultState = { phase: "opening", mode: null, error: null, busy: false, version: 0, purged: 0 };

/** The encrypted vault, owned by the app shell. */
export function useVault() {
  const controller = useOwned(
    () => new VaultController(),
    (c) => c.dispose(),
    [],
  );
  const state = useSyncExternalStore(controller?.subscribe ?? noop, controller?.get ?? (() => OPENING), () => OPENING);
  return { controller, state };
}
