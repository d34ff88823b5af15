"use client";

import type { ModelEvidence, ModelSummary } from "../../lib/analytics/model-summary";
import { NO_RATING_NOTICE } from "../../lib/analytics/notices";
import { formatClock } from "../../lib/session/clock";
import type { ModelSummaryState } from "../session/use-model-summary";
import { ErrorNotice } from "./error-notice";
import { btn, muted } from "./ui";

function Items({
  items,
  sign,
  label,
  onJump,
}: {
  items: ModelEvidence[];
  sign: "+" | "−";
  label: string;
  onJump: (segmentId: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1 text-sm" aria-label={label}>
      {items.map((e) => (
        <li key={e.segmentId} className="flex flex-wrap items-baseline gap-2" data-testid="model-evidence">
          <span aria-hidden className="font-bold">
            {sign}
          </span>
          <span data-testid="model-evidence-point">{e.point}</span>
          <button
            type="button"
            className={`${btn.small} print:hidden`}
            data-segment={e.segmentId}
            onClick={() => onJump(e.segmentId)}
          >
            Show at {formatClock(e.atMs)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The summary by the language model: asked for by the interviewer (it sends the scrubbed transcript in
 * parts), shown per competency with every item opening the segment it rests on. Without a model, or
 * when the policy or the session's setup says local only, it says why and the local draft stands.
 */
export function ModelSummaryView({
  summary,
  state,
  competencies,
  onJump,
}: {
  summary: ModelSummary | null;
  state: ModelSummaryState & { run: (competencies: string[]) => Promise<void> };
  competencies: string[];
  onJump: (segmentId: string) => void;
}) {
  const { availability, progress, error } = state;
  const running = progress !== null;
  const ask = (
    <button
      type="button"
      className={`${summary ? btn.secondary : btn.primary} print:hidden`}
      disabled={running || competencies.length === 0}
      onClick={() => void state.run(competencies)}
    >
      {summary ? "Summarise again with the model" : "Summarise with the model"}
    </button>
  );
  return (
    <section aria-labelledby="model-summary-heading" className="flex flex-col gap-2" data-testid="model-summary">
      <h3 id="model-summary-heading" className="text-base font-semibold">
        Summary by the language model
      </h3>
      {availability.state === "unavailable" && !summary ? (
        <p className={`text-sm ${muted}`} data-testid="model-summary-unavailable">
          Not available: {availability.why} The scorecard draft below is made on this device.
        </p>
      ) : null}
      {availability.state === "available" ? (
        <div className="flex flex-wrap items-center gap-3 print:hidden">
          {ask}
          <span className={`text-xs ${muted}`}>
            Sends the transcript, scrubbed, in parts of about 6,000 characters; each part is one request, listed in What
            left this device.
          </span>
        </div>
      ) : null}
      {competencies.length === 0 && availability.state === "available" ? (
        <p className={`text-sm ${muted}`}>Add a question plan or a job description to summarise against.</p>
      ) : null}
      <p role="status" className="text-sm" data-testid="model-summary-progress">
        {running
          ? progress.of > 0
            ? `Part ${progress.answered} of ${progress.of} answered…`
            : "Scrubbing the transcript…"
          : ""}
      </p>
      {error ? (
        <ErrorNotice
          error={error}
          testId="model-summary-error"
          onRetry={availability.state === "available" ? () => void state.run(competencies) : undefined}
        />
      ) : null}
      {summary ? (
        <div className="flex flex-col gap-3" data-testid="model-summary-result">
          <p className={`text-xs ${muted}`}>
            Written by the model from the scrubbed transcript in {summary.requests}{" "}
            {summary.requests === 1 ? "request" : "requests"} on {new Date(summary.createdAt).toLocaleString()}.{" "}
            {NO_RATING_NOTICE}
          </p>
          {summary.overview.length > 0 ? (
            <ol className="flex flex-col gap-1 text-sm">
              {summary.overview.map((o) => (
                <li key={`${o.fromMs}-${o.toMs}`}>
                  <span className="tabular-nums">
                    {formatClock(o.fromMs)}–{formatClock(o.toMs)}
                  </span>{" "}
                  {o.text}
                </li>
              ))}
            </ol>
          ) : null}
          {summary.competencies.map((c) => (
            <article
              key={c.competency}
              className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
              data-testid="model-competency"
            >
              <h4 className="font-medium">{c.competency}</h4>
              <Items items={c.for} sign="+" label={`For ${c.competency}`} onJump={onJump} />
              <Items items={c.against} sign="−" label={`Against ${c.competency}`} onJump={onJump} />
              {c.for.length + c.against.length === 0 ? (
                <p className={`text-sm ${muted}`}>The model found nothing on it.</p>
              ) : null}
              {c.open.map((o) => (
                <p key={o} className={`text-sm ${muted}`}>
                  Open: {o}
                </p>
              ))}
            </article>
          ))}
        </div>
      ) : null}
    </section>
  );
}
