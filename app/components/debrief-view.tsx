"use client";

import { useMemo, type ComponentProps } from "react";
import { figureValue } from "../../lib/analytics/format";
import type { CopilotErrorData } from "../../lib/errors";
import type { Debrief } from "../../workers/report-protocol";
import { ErrorNotice } from "./error-notice";
import { formatClock } from "../../lib/session/clock";
import type { SessionData } from "../../lib/session/model";
import type { Scorecard } from "../../lib/session/scorecard";
import { ConversationTimeline, PlanCoverage, SentimentArc, TalkSplit } from "./debrief-charts";
import { AtsPanel } from "./ats-panel";
import { ModelSummaryView } from "./model-summary-view";
import { ScorecardEditor } from "./scorecard-editor";
import { btn, card, muted } from "./ui";

/**
 * The debrief: charts, every figure with its one-line explanation and a way to the segments it counts,
 * and the scorecard draft. Computed on this device from the stored session (lib/analytics), the same
 * code `copilot report` runs.
 */
export function DebriefView({
  data,
  debrief: { debrief, error },
  onJump,
  onScorecard,
  saved,
  modelSummary,
  ats,
}: {
  data: SessionData;
  debrief: { debrief: Debrief | null; error: CopilotErrorData | null };
  onJump: (segmentId: string) => void;
  onScorecard: (card: Scorecard) => void;
  saved: string;
  modelSummary: ComponentProps<typeof ModelSummaryView>["state"];
  ats: Pick<ComponentProps<typeof AtsPanel>, "status" | "onChange">;
}) {
  const finals = useMemo(() => data.segments.filter((s) => s.final), [data.segments]);
  const insightTimes = useMemo(
    () => data.insights.filter((i) => !i.flags.dismissed).map((i) => i.atMs),
    [data.insights],
  );
  if (error) return <ErrorNotice error={error} testId="debrief-error" />;
  if (!debrief)
    return (
      <section className={card} aria-busy="true" data-testid="debrief-loading">
        <p className={`text-sm ${muted}`}>Working out the debrief on this device…</p>
      </section>
    );
  const { analytics, summary } = debrief;
  return (
    <section
      className={`${card} flex flex-col gap-4 print:border-0 print:shadow-none`}
      aria-labelledby="debrief-heading"
      data-testid="debrief"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id="debrief-heading" className="text-lg font-semibold">
          Debrief
        </h3>
        <button type="button" className={`${btn.secondary} print:hidden`} onClick={() => window.print()}>
          Print or save as PDF
        </button>
      </div>
      <div className="grid gap-4 md:grid-cols-2">
        <TalkSplit analytics={analytics} />
        <SentimentArc analytics={analytics} />
      </div>
      <ConversationTimeline analytics={analytics} segments={finals} insightTimes={insightTimes} />
      <PlanCoverage analytics={analytics} />
      <section aria-labelledby="figures-heading">
        <h4 id="figures-heading" className="mb-1 text-base font-semibold">
          The numbers
        </h4>
        <dl className="grid gap-x-4 gap-y-1 text-sm md:grid-cols-[minmax(12rem,auto)_1fr]" data-testid="figures">
          {analytics.figures.map((f) => (
            <div key={f.id} className="contents" data-testid="figure" data-figure={f.id}>
              <dt className="font-medium">
                {f.label}: <span data-testid="figure-value">{figureValue(f)}</span>
              </dt>
              <dd className={muted}>
                {f.explanation}{" "}
                {f.segmentIds[0] ? (
                  <button
                    type="button"
                    className={`${btn.small} print:hidden`}
                    onClick={() => onJump(f.segmentIds[0] ?? "")}
                  >
                    Show
                  </button>
                ) : null}
              </dd>
            </div>
          ))}
        </dl>
      </section>
      {analytics.questions.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium">Questions asked ({analytics.questions.length})</summary>
          <ul className="mt-1 flex flex-col gap-1">
            {analytics.questions.map((q) => (
              <li key={`${q.segmentId}-${q.text.length}`} data-testid="debrief-question">
                <span className="tabular-nums">{formatClock(q.atMs)}</span> [{q.class.replace("_", "-")}] {q.text}{" "}
                <span className={`text-xs ${muted}`}>({q.rule})</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <ModelSummaryView
        summary={data.info.modelSummary}
        state={modelSummary}
        competencies={summary.competencies.map((c) => c.competency)}
        onJump={onJump}
      />
      <ScorecardEditor
        summary={summary}
        scorecard={data.info.scorecard}
        onChange={onScorecard}
        onJump={onJump}
        saved={saved}
      />
      <AtsPanel
        data={data}
        competencies={summary.competencies.map((c) => c.competency)}
        status={ats.status}
        onChange={ats.onChange}
      />
    </section>
  );
}
