"use client";

import type * as Comlink from "comlink";
import type { TranscriptSnapshot } from "../../lib/transcript/transcript-store";
import type { AsrWorkerApi } from "../../workers/asr-protocol";
import { INITIAL_LIVE_STATE, LiveController } from "../live/live-controller";
import { LiveProbe } from "../live/metrics-probe";
import { useOwned } from "./use-owned";
import { useStore } from "./use-store";

const EMPTY: TranscriptSnapshot = { segments: [], finalCount: 0 };

declare global {
  interface Window {
    /** Timing samples for the benchmark, exposed only with ?metrics=1. */
    __copilotMetrics?: LiveProbe;
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
      const probe = params.has("metrics") ? new LiveProbe() : null;
      if (probe) window.__copilotMetrics = probe;
      return new LiveController(asr, {
        tokenBudget: tokenRate > 0 ? (seconds: number) => Math.ceil(tokenRate * seconds) : undefined,
        probe,
      });
    },
    (created) => created.dispose(),
    [asr],
  );
  const state = useStore(controller, INITIAL_LIVE_STATE);
  const transcript = useStore(controller?.transcript, EMPTY);
  return { controller, state, transcript };
}
