"use client";

import { DEFAULT_NER_MODEL, DEFAULT_SENTIMENT_MODEL } from "../../models/catalog";
import { fetchAnalysisStatus } from "../../lib/privacy/analysis-status";
import type { SessionStore } from "../../lib/session/session-store";
import type { TranscriptStore } from "../../lib/transcript/transcript-store";
import type { PrivacyWorkerApi } from "../../workers/privacy-protocol";
import { AnalysisController } from "../live/analysis-controller";
import { INITIAL_ANALYSIS_STATE, NER_MODEL_KEY, SENTIMENT_MODEL_KEY } from "../live/analysis-state";
import { AnalysisProbe } from "../live/metrics-probe";
import { superviseWorker } from "../live/supervised-worker";
import { useOwned } from "./use-owned";
import { useStore } from "./use-store";

declare global {
  interface Window {
    /** Timing samples for the benchmark, exposed only with ?metrics=1. */
    __copilotAnalysis?: AnalysisProbe;
  }
}

/**
 * The analysis controller for one transcript, with the privacy worker it talks to (supervised: a
 * failed worker is reported and replaced, and the controller sets the new one up again). The server's
 * analysis status is checked again whenever the browser comes back online.
 */
export function useAnalysis(transcript: TranscriptStore | null, session: SessionStore) {
  const owned = useOwned(
    () => {
      if (!transcript) return null;
      const probe = new URLSearchParams(window.location.search).has("metrics") ? new AnalysisProbe() : null;
      if (probe) window.__copilotAnalysis = probe;
      let controller: AnalysisController | null = null;
      const worker = superviseWorker<PrivacyWorkerApi>(
        "privacy",
        () =>
          new Worker(new URL("../../workers/privacy.worker.ts", import.meta.url), { type: "module", name: "privacy" }),
        {
          onFailure: (error) => controller?.reportLocal(error),
          onRestart: () => void controller?.restartedWorker(),
        },
      );
      controller = new AnalysisController(transcript, {
        privacy: worker.api,
        session,
        textModels: {
          ner: localStorage.getItem(NER_MODEL_KEY) ?? DEFAULT_NER_MODEL,
          sentiment: localStorage.getItem(SENTIMENT_MODEL_KEY) ?? DEFAULT_SENTIMENT_MODEL,
        },
        serverStatus: () => fetchAnalysisStatus(),
        probe,
      });
      const created = controller;
      const online = () => created.recheck();
      window.addEventListener("online", online);
      return { controller: created, worker, online };
    },
    (o) => {
      window.removeEventListener("online", o.online);
      o.controller.dispose();
      o.worker.terminate();
    },
    [transcript, session],
  );
  const controller = owned?.controller ?? null;
  const state = useStore(controller, INITIAL_ANALYSIS_STATE);
  return { controller, state };
}
