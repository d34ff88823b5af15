"use client";

import * as Comlink from "comlink";
import type { AsrWorkerApi } from "../../workers/asr-protocol";
import { useOwned } from "./use-owned";

interface OwnedWorker {
  worker: Worker;
  api: Comlink.Remote<AsrWorkerApi>;
}

/** One ASR worker per owner: created on mount, terminated on unmount. */
export function useAsrWorker(): Comlink.Remote<AsrWorkerApi> | null {
  const owned = useOwned<OwnedWorker>(
    () => {
      const worker = new Worker(new URL("../../workers/asr.worker.ts", import.meta.url), {
        type: "module",
        name: "asr",
      });
      return { worker, api: Comlink.wrap<AsrWorkerApi>(worker) };
    },
    ({ worker }) => worker.terminate(),
    [],
  );
  return owned?.api ?? null;
}
