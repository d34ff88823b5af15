"use client";

import { consentNotice, recordConsent, type Consent, type ConsentPolicy } from "../../lib/session/consent";
import { muted } from "./ui";

/**
 * Setup's consent step: the notice to read to the candidate (the organisation's words or ours, with
 * the model sentence when model analysis is on) and a box the interviewer ticks once the candidate
 * agreed, which records the time. Changing the analysis mode changes the notice, so it asks again.
 */
export function ConsentField({
  policy,
  modelAnalysis,
  consent,
  onChange,
}: {
  policy: ConsentPolicy;
  modelAnalysis: boolean;
  consent: Consent | null;
  onChange: (consent: Consent | null) => void;
}) {
  const current = consent && consent.modelAnalysis === modelAnalysis ? consent : null;
  return (
    <fieldset className="flex flex-col gap-2 text-sm" data-testid="consent-field">
      <legend className="font-medium">Candidate consent{policy.required ? " (required before recording)" : ""}</legend>
      <p className={muted}>Tell the candidate:</p>
      <blockquote
        className="border-l-4 border-slate-300 pl-3 italic dark:border-slate-600"
        data-testid="consent-notice"
      >
        {consentNotice(policy, modelAnalysis)}
      </blockquote>
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={current !== null}
          onChange={(e) => onChange(e.target.checked ? recordConsent(policy, modelAnalysis) : null)}
        />
        The candidate was told and agreed
      </label>
      {current ? (
        <p className={`text-xs ${muted}`} data-testid="consent-time">
          Recorded at {new Date(current.at).toLocaleTimeString()}
        </p>
      ) : null}
    </fieldset>
  );
}
