"use client";

import * as Comlink from "comlink";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { AsrWorkerApi } from "../../workers/asr-protocol";

/** Owns one worker: started when the owning component mounts, terminated when it unmounts. */
class AsrWorkerOwner {
  private worker: Worker | null = null;
  private api: Comlink.Remote<AsrWorkerApi> | null = null;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = () => this.api;

  start(): void {
    if (this.worker) return;
    this.worker = new Worker(new URL("../../workers/asr.worker.ts", import.meta.url), { type: "module", name: "asr" });
    this.api = Comlink.wrap<AsrWorkerApi>(this.worker);
    this.listeners.forEach((l) => l());
  }

  stop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    this.listeners.forEach((l) => l());
  }
}

export function useAsrWorker(): Comlink.Remote<AsrWorkerApi> | null {
  const [owner] = useState(() => new AsrWorkerOwner());
  const api = useSyncExternalStore(owner.subscribe, owner.get, () => null);
  useEffect(() => {
    owner.start();
    return () => owner.stop();
  }, [owner]);
  return api;
}
