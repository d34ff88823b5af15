"use client";

import * as Comlink from "comlink";
import { useEffect, useState } from "react";
import type { AsrWorkerApi } from "../../workers/asr-protocol";

/** One ASR worker per owner: created on mount, terminated on unmount. */
export function useAsrWorker(): Comlink.Remote<AsrWorkerApi> | null {
  const [api, setApi] = useState<Comlink.Remote<AsrWorkerApi> | null>(null);
  useEffect(() => {
    const worker = new Worker(new URL("../../workers/asr.worker.ts", import.meta.url), {
      type: "module",
      name: "asr",
    });
    setApi(() => Comlink.wrap<AsrWorkerApi>(worker));
    return () => {
      worker.terminate();
      setApi(null);
    };
  }, []);
  return api;
}
