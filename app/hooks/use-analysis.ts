"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { TranscriptStore } from "../../lib/transcript/transcript-store";
import { AnalysisController, INITIAL_ANALYSIS_STATE as INITIAL } from "../live/analysis-controller";
const noop = () => () => {};

declare global {
  interface Window {
    /** Timing samples for the benchmark, exposed only with ?metrics=1. */
    __copilotAnalysis?: Pick<AnalysisController, "timings">;
  }
}

export function useAnalysis(transcript: TranscriptStore | null) {
  const [controller, setController] = useState<AnalysisController | null>(null);
  useEffect(() => {
    if (!transcript) return;
    const created = new AnalysisController(transcript);
    if (new URLSearchParams(window.location.search).has("metrics")) window.__copilotAnalysis = created;
    queueMicrotask(() => setController(created));
    return () => created.dispose();
  }, [transcript]);
  const state = useSyncExternalStore(controller?.subscribe ?? noop, controller?.get ?? (() => INITIAL), () => INITIAL);
  return { controller, state };
}
