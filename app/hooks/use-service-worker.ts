"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Workbox } from "workbox-window";

export interface ServiceWorkerState {
  /** A new version is installed and waiting; reloading activates it. */
  updateReady: boolean;
  controlled: boolean;
  error: string | null;
  applyUpdate: () => void;
}

function subscribeController(onChange: () => void): () => void {
  navigator.serviceWorker?.addEventListener("controllerchange", onChange);
  return () => navigator.serviceWorker?.removeEventListener("controllerchange", onChange);
}

/**
 * Registers /sw.js through workbox-window. An update never reloads by itself: the user chooses when,
 * so nothing in progress is lost.
 */
export function useServiceWorker(): ServiceWorkerState {
  const workbox = useRef<Workbox | null>(null);
  const [updateReady, setUpdateReady] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const controlled = useSyncExternalStore(
    subscribeController,
    () => Boolean(navigator.serviceWorker?.controller),
    () => false,
  );

  useEffect(() => {
    if (!("serviceWorker" in navigator) || process.env.NODE_ENV !== "production") return;
    const wb = new Workbox("/sw.js", { scope: "/" });
    workbox.current = wb;
    wb.addEventListener("waiting", () => setUpdateReady(true));
    wb.register().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);

  const applyUpdate = useCallback(() => {
    const wb = workbox.current;
    if (!wb) return;
    wb.addEventListener("controlling", () => window.location.reload());
    wb.messageSkipWaiting();
  }, []);

  return { updateReady, controlled, error, applyUpdate };
}
