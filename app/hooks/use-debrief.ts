"use client";

import { useEffect, useState } from "react";
import { toErrorData, type CopilotErrorData } from "../../lib/errors";
import type { SessionData } from "../../lib/session/model";
import type { Debrief } from "../../workers/report-protocol";
import { debriefInWorker } from "./report-worker";

/**
 * The debrief of a session, computed in the report worker: null until it is ready. The scorecard is not
 * an input (editing it does not recompute the numbers).
 */
export function useDebrief(data: SessionData | null): { debrief: Debrief | null; error: CopilotErrorData | null } {
  const [result, setResult] = useState<{ debrief: Debrief | null; error: CopilotErrorData | null; for: unknown }>({
    debrief: null,
    error: null,
    for: null,
  });
  const segments = data?.segments;
  const insights = data?.insights;
  const plan = data?.info.questionPlan;
  const job = data?.info.jobDescription;
  useEffect(() => {
    if (!segments || !insights || !data) return;
    let live = true;
    // Only what the numbers are computed from crosses to the worker (notes, the scorecard and the
    // rest of the session stay here: less to copy).
    const { result, cancel } = debriefInWorker({
      segments,
      insights,
      info: { questionPlan: data.info.questionPlan, jobDescription: data.info.jobDescription },
    });
    result.then(
      (debrief) => live && setResult({ debrief, error: null, for: segments }),
      (error: unknown) => live && setResult({ debrief: null, error: toErrorData(error), for: segments }),
    );
    return () => {
      live = false;
      cancel();
    };
    // The numbers depend on the transcript, the cards, the plan and the job description only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [segments, insights, plan, job]);
  return result.for === segments ? { debrief: result.debrief, error: result.error } : { debrief: null, error: null };
}
