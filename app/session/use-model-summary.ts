"use client";

import * as Comlink from "comlink";
import { useCallback, useEffect, useRef, useState } from "react";
import type { ModelSummary } from "../../lib/analytics/model-summary";
import { CopilotError, toErrorData, type CopilotErrorData } from "../../lib/errors";
import type { OutboundRecord } from "../../lib/privacy/analysis-client";
import { fetchAnalysisStatus } from "../../lib/privacy/analysis-status";
import type { SavedPseudonyms } from "../../lib/privacy/privacy-session";
import type { SessionData } from "../../lib/session/model";
import type { OrganisationPolicy } from "../../lib/vault/policy";
import type { PrivacyWorkerApi } from "../../workers/privacy-protocol";
import type { VaultController } from "./vault-controller";

export type SummaryAvailability =
  { state: "checking" } | { state: "available" } | { state: "unavailable"; why: string };

export interface ModelSummaryState {
  availability: SummaryAvailability;
  /** Requests answered so far, while a run is going. */
  progress: { answered: number; of: number } | null;
  error: CopilotErrorData | null;
}

/** Whether this session's summary may be asked of the model, and why not. */
async function availabilityOf(data: SessionData, policy: OrganisationPolicy): Promise<SummaryAvailability> {
  if (!policy.cloudAnalysis)
    return { state: "unavailable", why: "The organisation's policy keeps analysis on this device." };
  if (data.info.analysisMode !== "model")
    return { state: "unavailable", why: "This interview was set up for local analysis only." };
  if (data.info.consent && !data.info.consent.modelAnalysis)
    return { state: "unavailable", why: "The candidate's consent does not cover model analysis." };
  const status = await fetchAnalysisStatus();
  if (status === "offline") return { state: "unavailable", why: "The server cannot be reached (offline)." };
  if (status === "signed_out") return { state: "unavailable", why: "Sign in to use model analysis." };
  if (status === "invalid") return { state: "unavailable", why: "The server's answer was not understood." };
  if (!status.configured) return { state: "unavailable", why: "No language model is configured on the server." };
  if (!status.allowed) return { state: "unavailable", why: status.reason ?? "The organisation does not allow it." };
  return { state: "available" };
}

/**
 * The debrief's summary by the model, on the interviewer's request: a privacy worker of its own scrubs
 * the transcript in chunks and sends them through the one door out; the merged summary and every
 * request sent (also those of a run that failed part way) are saved encrypted with the session.
 */
export function useModelSummary(
  vault: VaultController,
  data: SessionData | null,
  pseudonyms: SavedPseudonyms | null,
  policy: OrganisationPolicy,
  apply: (change: { summary?: ModelSummary; outbound: OutboundRecord[] }) => void,
) {
  const [state, setState] = useState<ModelSummaryState>({
    availability: { state: "checking" },
    progress: null,
    error: null,
  });
  const worker = useRef<{ worker: Worker; api: Comlink.Remote<PrivacyWorkerApi> } | null>(null);
  const info = data?.info;
  const sessionId = info?.id;
  // The newest info when a run ends (the interviewer may rate while it runs): never save a stale copy.
  const latest = useRef(info);
  useEffect(() => {
    latest.current = info;
  }, [info]);

  useEffect(() => {
    if (!data) return;
    let live = true;
    void availabilityOf(data, policy).then((availability) => live && setState((s) => ({ ...s, availability })));
    return () => {
      live = false;
    };
    // Checked once per session opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sessionId, policy]);

  useEffect(
    () => () => {
      worker.current?.worker.terminate();
      worker.current = null;
    },
    [],
  );

  const run = useCallback(
    async (competencies: string[]) => {
      if (!data || !info) return;
      setState((s) => ({ ...s, progress: { answered: 0, of: 0 }, error: null }));
      if (!worker.current) {
        const w = new Worker(new URL("../../workers/privacy.worker.ts", import.meta.url), {
          type: "module",
          name: "privacy-summary",
        });
        worker.current = { worker: w, api: Comlink.wrap<PrivacyWorkerApi>(w) };
      }
      let error: CopilotErrorData | null = null;
      try {
        const { result, outbound } = await worker.current.api.summarize(
          {
            sessionId: info.id,
            setup: {
              candidateName: info.candidate.trim() || null,
              role: info.role,
              jobDescription: info.jobDescription,
              questionPlan: info.questionPlan,
              scrub: policy.scrub,
              compliance: policy.compliance,
              pseudonyms,
              language: info.language,
            },
            segments: data.segments,
            competencies,
          },
          Comlink.proxy((answered: number, of: number) => setState((s) => ({ ...s, progress: { answered, of } }))),
        );
        const summary = result.ok ? result.value : undefined;
        if (!result.ok) error = result.error;
        // What left is kept even when a later part failed: the log must hold every request sent.
        const at = Date.now();
        await Promise.all(
          outbound.map((entry, n) =>
            vault.vault.put("outbound", info.id, `${info.id}:summary-${at}-${n}`, Date.parse(entry.at) || at, entry),
          ),
        );
        const current = latest.current ?? info;
        if (summary) await vault.vault.saveSession({ ...current, modelSummary: summary });
        apply({ summary, outbound });
      } catch (caught) {
        error = caught instanceof CopilotError ? caught.toData() : toErrorData(caught);
      }
      setState((s) => ({ ...s, progress: null, error }));
    },
    [data, info, pseudonyms, policy, vault, apply],
  );

  return { ...state, run };
}
