"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/** A browser-only value that does not change while the page lives; `null` during server rendering. */
export function useBrowserValue<T>(read: () => T): T | null {
  return useSyncExternalStore(never, read, () => null);
}
