"use client";

import type * as Comlink from "comlink";
import { useEffect, useState, useSyncExternalStore } from "react";
import type { AsrWorkerApi } from "../../workers/asr-protocol";
import { INITIAL_LIVE_STATE, LiveController } from "../live/live-controller";
import type { TranscriptSnapshot } from "../../lib/transcript/transcript-store";

const EMPTY: TranscriptSnapshot = { segments: [], finalCount: 0 };

declare global {
  interface Window {
    /** Timing samples for the benchmark, exposed only with ?metrics=1. */
    __copilotMetrics?: Pick<LiveController, "latencies" | "updateTimes" | "speechStarts">;
  }
}

export function useLiveController(asr: Comlink.Remote<AsrWorkerApi> | null) {
  const [controller, setController] = useState<LiveController | null>(null);
  useEffect(() => {
    if (!asr) return;
    const params = new URLSearchParams(window.location.search);
    // Benchmark knob: decode a fixed number of tokens per second of speech (random-weight models never
    // stop by themselves, so this makes the decoded amount realistic and known).
    const tokenRate = Number(params.get("tokenRate"));
    const created = new LiveController(asr, tokenRate > 0 ? (s) => Math.ceil(tokenRate * s) : undefined);
    if (params.has("metrics")) window.__copilotMetrics = created;
    // The controller owns a worker: created with its owner, disposed with it.
    queueMicrotask(() => setController(created));
    return () => created.dispose();
  }, [asr]);
  const state = useSyncExternalStore(
    controller?.subscribe ?? noop,
    controller?.get ?? (() => INITIAL_LIVE_STATE),
    () => INITIAL_LIVE_STATE,
  );
  const transcript = useSyncExternalStore(
    controller?.transcript.subscribe ?? noop,
    controller?.transcript.get ?? (() => EMPTY),
    () => EMPTY,
  );
  return { controller, state, transcript };
}

function noop(): () => void {
  return () => {};
}
