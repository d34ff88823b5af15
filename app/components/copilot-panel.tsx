"use client";

import type { AnalysisState, AnalysisStatus } from "../live/analysis-controller";

const STATUS: Record<AnalysisStatus, string> = {
  checking: "Checking the analysis service…",
  connected: "Language model connected (only scrubbed text is sent)",
  local_only: "Local insights only",
  unreachable: "Language model unreachable: local insights only",
  offline: "Offline: local insights only",
};

export function CopilotPanel({ state }: { state: AnalysisState }) {
  return (
    <section
      aria-labelledby="copilot-heading"
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="copilot-heading" className="text-lg font-semibold">
          Copilot
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="analysis-status">
          {STATUS[state.status]}
          {state.busy ? " · analysing…" : ""}
        </p>
      </div>
      <p className="mt-1 text-xs text-slate-500 dark:text-slate-400" data-testid="name-detection">
        Names found by the embedded detector
        {state.nerModel ? ` and ${state.nerModel}` : " (no NER model provided by the organisation)"}.
      </p>
      <ul className="mt-3 space-y-2" aria-label="Insights" aria-live="polite">
        {state.insights.length === 0 ? (
          <li className="text-sm text-slate-500">Insights appear here during the interview.</li>
        ) : null}
        {state.insights.map((i) => (
          <li
            key={i.id}
            data-testid={i.source === "model" ? "model-insight" : "local-insight"}
            className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700"
          >
            <p className="font-medium">
              <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs uppercase tracking-wide text-slate-700 dark:bg-slate-800 dark:text-slate-200">
                {i.type.replace("_", " ")}
              </span>
              {i.title}
              <span className="ml-2 text-xs font-normal text-slate-500">
                {i.source === "model" ? "model" : "on device"}
              </span>
              {i.priority === "high" ? (
                <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs text-red-900 dark:bg-red-900 dark:text-red-100">
                  High priority
                </span>
              ) : null}
            </p>
            <p className="mt-1 text-slate-700 dark:text-slate-300">{i.content}</p>
          </li>
        ))}
      </ul>
      <details className="mt-4 text-sm" data-testid="outbound-log">
        <summary className="cursor-pointer font-medium">What left this device ({state.outbound.length})</summary>
        <p className="mt-1 text-xs text-slate-500">
          Every payload sent for analysis, exactly as sent. Audio never leaves this device.
        </p>
        <ol className="mt-2 space-y-2">
          {state.outbound.map((r, n) => (
            <li
              key={`${r.at}-${n}`}
              data-testid="outbound-record"
              className="rounded border border-slate-200 p-2 dark:border-slate-700"
            >
              <p className="text-xs text-slate-500">
                {new Date(r.at).toLocaleTimeString()} → <span data-testid="outbound-destination">{r.destination}</span>
              </p>
              <pre
                data-testid="outbound-body"
                className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap break-all text-xs"
              >
                {r.body}
              </pre>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
