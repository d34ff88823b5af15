"use client";

import type { CompetencyDraft, LocalSummary } from "../../lib/analytics/summary";
import { formatClock } from "../../lib/session/clock";
import { RATINGS, withRating, type Scorecard } from "../../lib/session/scorecard";
import { btn, field, muted } from "./ui";

function EvidenceList({
  items,
  sign,
  onJump,
}: {
  items: CompetencyDraft["for"];
  sign: "+" | "−";
  onJump: (segmentId: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1 text-sm">
      {items.map((e) => (
        <li key={`${sign}${e.segmentId}`} className="flex flex-wrap items-baseline gap-2" data-testid="evidence">
          <span aria-hidden className="font-bold">
            {sign}
          </span>
          <q className="italic">{e.quote}</q>
          <span className={`text-xs ${muted}`}>({e.why})</span>
          <button type="button" className={`${btn.small} print:hidden`} onClick={() => onJump(e.segmentId)}>
            Show at {formatClock(e.atMs)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The scorecard draft: per competency the evidence for and against (each a quote that opens its
 * segment) and what is open, with the interviewer's rating and note; then their recommendation. The app
 * fills in evidence only.
 */
export function ScorecardEditor({
  summary,
  scorecard,
  onChange,
  onJump,
  saved,
}: {
  summary: LocalSummary;
  scorecard: Scorecard | null;
  onChange: (card: Scorecard) => void;
  onJump: (segmentId: string) => void;
  saved: string;
}) {
  const ratingOf = (c: string) => scorecard?.ratings.find((r) => r.competency === c);
  return (
    <section aria-labelledby="scorecard-heading" className="flex flex-col gap-3" data-testid="scorecard">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="scorecard-heading" className="text-base font-semibold">
          Scorecard draft
        </h3>
        <span className={`text-xs ${muted} print:hidden`} role="status" data-testid="scorecard-saved">
          {saved}
        </span>
      </div>
      <p className={`text-xs ${muted}`} data-testid="no-rating-notice">
        {summary.notice}
      </p>
      {summary.competencies.map((c) => {
        const mine = ratingOf(c.competency);
        return (
          <article
            key={c.competency}
            className="rounded-lg border border-slate-200 p-3 dark:border-slate-700"
            data-testid="competency"
          >
            <h4 className="font-medium">{c.competency}</h4>
            <EvidenceList items={c.for} sign="+" onJump={onJump} />
            <EvidenceList items={c.against} sign="−" onJump={onJump} />
            {c.open.map((o) => (
              <p key={o} className={`text-sm ${muted}`}>
                Open: {o}
              </p>
            ))}
            <div className="mt-2 flex flex-wrap items-end gap-3">
              <label className="flex flex-col gap-1 text-sm">
                Your rating for {c.competency}
                <select
                  className={field}
                  value={mine?.rating ?? ""}
                  onChange={(e) =>
                    onChange(
                      withRating(scorecard, c.competency, { rating: e.target.value ? Number(e.target.value) : null }),
                    )
                  }
                >
                  <option value="">Not rated</option>
                  {RATINGS.map((r) => (
                    <option key={r.value} value={r.value}>
                      {r.label}
                    </option>
                  ))}
                </select>
              </label>
              <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm">
                Your note on {c.competency}
                <textarea
                  className={`${field} h-12`}
                  value={mine?.note ?? ""}
                  onChange={(e) => onChange(withRating(scorecard, c.competency, { note: e.target.value }))}
                />
              </label>
            </div>
          </article>
        );
      })}
      <label className="flex flex-col gap-1 text-sm font-medium">
        Your recommendation
        <textarea
          className={`${field} h-20`}
          value={scorecard?.recommendation ?? ""}
          onChange={(e) =>
            onChange({
              ratings: scorecard?.ratings ?? [],
              recommendation: e.target.value,
              updatedAt: Date.now(),
            })
          }
        />
      </label>
    </section>
  );
}
