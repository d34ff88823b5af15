"use client";

import type * as Comlink from "comlink";
import { useEffect, useState } from "react";
import type { CopilotErrorData } from "../../lib/errors";
import type { AsrWorkerApi } from "../../workers/asr-protocol";
import { superviseWorker, type SupervisedWorker } from "../live/supervised-worker";

/** How long the first screen may stay idle before the speech worker starts anyway (ms). */
const START_WITHIN_MS = 2_000;

/**
 * One ASR worker per owner, terminated on unmount. It starts once the first screen is idle (its
 * scripts, transformers.js and ONNX Runtime, are not what the first screen needs to show), and it is
 * supervised: a worker that fails is reported and the next call gets a fresh one.
 */
export function useAsrWorker(): {
  api: Comlink.Remote<AsrWorkerApi> | null;
  failure: CopilotErrorData | null;
} {
  const [owned, setOwned] = useState<SupervisedWorker<AsrWorkerApi> | null>(null);
  const [failure, setFailure] = useState<CopilotErrorData | null>(null);
  useEffect(() => {
    let created: SupervisedWorker<AsrWorkerApi> | null = null;
    const start = () => {
      created = superviseWorker<AsrWorkerApi>(
        "speech recognition",
        () => new Worker(new URL("../../workers/asr.worker.ts", import.meta.url), { type: "module", name: "asr" }),
        { onFailure: setFailure },
      );
      setOwned(created);
    };
    const idle = window.requestIdleCallback
      ? window.requestIdleCallback(start, { timeout: START_WITHIN_MS })
      : window.setTimeout(start, 0);
    return () => {
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
      created?.terminate();
      setOwned(null);
    };
  }, []);
  return { api: owned?.api ?? null, failure };
}
