"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { TranscriptStore } from "../../lib/transcript/transcript-store";
import { AnalysisController, INITIAL_ANALYSIS_STATE as INITIAL } from "../live/analysis-controller";
const noop = () => () => {};

export function useAnalysis(transcript: TranscriptStore | null) {
  const [controller, setController] = useState<AnalysisController | null>(null);
  useEffect(() => {
    if (!transcript) return;
    const created = new AnalysisController(transcript);
    queueMicrotask(() => setController(created));
    return () => created.dispose();
  }, [transcript]);
  const state = useSyncExternalStore(controller?.subscribe ?? noop, controller?.get ?? (() => INITIAL), () => INITIAL);
  return { controller, state };
}
