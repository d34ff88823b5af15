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
    __copilotLatencies?: LiveController["latencies"];
  }
}

export function useLiveController(asr: Comlink.Remote<AsrWorkerApi> | null) {
  const [controller, setController] = useState<LiveController | null>(null);
  useEffect(() => {
    if (!asr) return;
    const created = new LiveController(asr);
    if (new URLSearchParams(window.location.search).has("metrics")) window.__copilotLatencies = created.latencies;
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
