"use client";

import { useSyncExternalStore } from "react";
import type { TranscriptStore } from "../../lib/transcript/transcript-store";
import { AnalysisController, INITIAL_ANALYSIS_STATE as INITIAL } from "../live/analysis-controller";
import { useOwned } from "./use-owned";

const noop = () => () => {};

declare global {
  interface Window {
    /** Timing samples for the benchmark, exposed only with ?metrics=1. */
    __copilotAnalysis?: Pick<AnalysisController, "timings">;
  }
}

/** The analysis controller (it owns the privacy worker) for one transcript. */
export function useAnalysis(transcript: TranscriptStore | null) {
  const controller = useOwned(
    () => {
      if (!transcript) return null;
      const recordTimings = new URLSearchParams(window.location.search).has("metrics");
      const created = new AnalysisController(transcript, { recordTimings });
      if (recordTimings) window.__copilotAnalysis = created;
      return created;
    },
    (created) => created.dispose(),
    [transcript],
  );
  const state = useSyncExternalStore(controller?.subscribe ?? noop, controller?.get ?? (() => INITIAL), () => INITIAL);
  return { controller, state };
}
