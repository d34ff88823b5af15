"use client";

import type * as Comlink from "comlink";
import { useSyncExternalStore } from "react";
import type { TranscriptSnapshot } from "../../lib/transcript/transcript-store";
import type { AsrWorkerApi } from "../../workers/asr-protocol";
import { INITIAL_LIVE_STATE, LiveController } from "../live/live-controller";
import { useOwned } from "./use-owned";

const EMPTY: TranscriptSnapshot = { segments: [], finalCount: 0 };
const noop = () => () => {};

declare global {
  interface Window {
    /** Timing samples for the benchmark, exposed only with ?metrics=1. */
    __copilotMetrics?: Pick<LiveController, "latencies" | "updateTimes" | "speechStarts">;
  }
}

/** The live session controller, owned by the component: it owns the VAD worker and is disposed with it. */
export function useLiveController(asr: Comlink.Remote<AsrWorkerApi> | null) {
  const controller = useOwned(
    () => {
      if (!asr) return null;
      const params = new URLSearchParams(window.location.search);
      // Benchmark knob: decode a fixed number of tokens per second of speech (random-weight models never
      // stop by themselves, so this makes the decoded amount realistic and known).
      const tokenRate = Number(params.get("tokenRate"));
      const recordTimings = params.has("metrics");
      const created = new LiveController(asr, {
        tokenBudget: tokenRate > 0 ? (seconds: number) => Math.ceil(tokenRate * seconds) : undefined,
        recordTimings,
      });
      if (recordTimings) window.__copilotMetrics = created;
      return created;
    },
    (created) => created.dispose(),
    [asr],
  );
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
