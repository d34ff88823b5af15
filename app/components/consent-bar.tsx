"use client";

import { useState } from "react";
import { consentNotice, type ConsentPolicy } from "../../lib/session/consent";
import type { ConsentState } from "../hooks/use-consent";
import { btn, muted } from "./ui";

/**
 * The live screen's consent line: the notice and a way to record consent when setup did not; the
 * recorded time and a way to withdraw it; after a withdrawal, an offer to delete what was captured.
 */
export function ConsentBar({
  policy,
  modelAnalysis,
  state,
  onDelete,
}: {
  policy: ConsentPolicy;
  modelAnalysis: boolean;
  state: ConsentState;
  onDelete: () => Promise<void>;
}) {
  const [deleting, setDeleting] = useState<"idle" | "busy" | "kept">("idle");
  const { consent } = state;
  const box = "rounded-lg border px-4 py-2 text-sm";
  if (!consent)
    return (
      <section
        aria-label="Candidate consent"
        data-testid="consent-bar"
        className={`${box} border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50`}
      >
        <p>
          {policy.required ? "Before recording, tell" : "Tell"} the candidate:{" "}
          <q>{consentNotice(policy, modelAnalysis)}</q>
        </p>
        <button type="button" className={`${btn.secondary} mt-2`} onClick={state.record}>
          The candidate agreed: record consent
        </button>
      </section>
    );
  const at = new Date(consent.at).toLocaleTimeString();
  if (consent.withdrawnAt === null)
    return (
      <section aria-label="Candidate consent" data-testid="consent-bar" className={`${box} flex items-center gap-3`}>
        <span data-testid="consent-time">Consent recorded at {at}</span>
        <button type="button" className={btn.secondary} onClick={state.withdraw}>
          Consent withdrawn
        </button>
      </section>
    );
  return (
    <section
      role="alert"
      aria-label="Candidate consent"
      data-testid="consent-bar"
      className={`${box} border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50`}
    >
      <p>
        Consent withdrawn at {new Date(consent.withdrawnAt).toLocaleTimeString()}: recording stopped and cannot restart.
        {deleting === "kept" ? " What was captured is kept; delete it from the list at any time." : ""}
      </p>
      {deleting !== "kept" ? (
        <div className="mt-2 flex gap-2">
          <button
            type="button"
            className={btn.danger}
            disabled={deleting === "busy"}
            onClick={() => {
              setDeleting("busy");
              void onDelete();
            }}
          >
            Delete everything captured
          </button>
          <button type="button" className={btn.secondary} onClick={() => setDeleting("kept")}>
            Keep it
          </button>
        </div>
      ) : (
        <p className={`text-xs ${muted}`}>Consent recorded at {at}.</p>
      )}
    </section>
  );
}
