"use client";

import { useSyncExternalStore } from "react";

/** Anything with an ObservableState's shape: a snapshot and a way to hear that it changed. */
export interface ReadableStore<T> {
  subscribe: (listener: () => void) => () => void;
  get: () => T;
}

const noop = () => () => {};

/** The one wrapper over useSyncExternalStore: a store's snapshot, or `initial` while there is none. */
export function useStore<T>(store: ReadableStore<T> | null | undefined, initial: T): T {
  return useSyncExternalStore(store?.subscribe ?? noop, store?.get ?? (() => initial), () => initial);
}
