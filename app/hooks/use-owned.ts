"use client";

import { useEffect, useState, useSyncExternalStore, type DependencyList } from "react";

/** Holds the current resource for useSyncExternalStore, so creating it is not a setState in an effect. */
class Holder<T> {
  private value: T | null = null;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = () => this.value;

  set(value: T | null): void {
    this.value = value;
    this.listeners.forEach((l) => l());
  }
}

/**
 * A resource owned by the calling component (a worker, a controller that owns workers): created in the
 * browser when `create` can run (it returns null until its inputs exist), disposed when the component
 * unmounts or the dependencies change. Null during server rendering.
 */
export function useOwned<T>(create: () => T | null, dispose: (value: T) => void, deps: DependencyList): T | null {
  const [holder] = useState(() => new Holder<T>());
  useEffect(() => {
    const value = create();
    if (value === null) return;
    holder.set(value);
    return () => {
      holder.set(null);
      dispose(value);
    };
    // The caller's deps decide when the resource is recreated.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  return useSyncExternalStore(holder.subscribe, holder.get, () => null);
}
