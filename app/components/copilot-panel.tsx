"use client";

import { ErrorNotice } from "./error-notice";
import * as Tabs from "@radix-ui/react-tabs";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useMemo, useRef, useState, type ReactNode } from "react";
import { sortInsights, type Insight } from "../../lib/analysis/insight";
import { NO_FLAGS } from "../../lib/session/model";
import type { FlagAction, LiveSessionState } from "../../lib/session/session-store";
import { TAB_OF, TABS, type TabId } from "../../lib/session/tabs";
import type { AnalysisState, AnalysisStatus } from "../live/analysis-state";
import { InsightCard } from "./insight-card";
import { SentimentChart } from "./sentiment-chart";

export const ANALYSIS_STATUS_TEXT: Record<AnalysisStatus, string> = {
  checking: "Checking the analysis service…",
  connected: "Connected: language model on scrubbed text",
  local_only: "Local insights only (no model configured)",
  local_mode: "Local insights only (chosen in setup)",
  not_allowed: "Local insights only (not allowed by policy)",
  unreachable: "Language model unreachable: local insights only",
  model_error: "Language model reply unusable: local insights only",
  limited: "Model analysis limit reached: local insights only for now",
  offline: "Offline: local insights only",
  signed_out: "Sign in to use model analysis: local insights only",
};

export interface CopilotPanelProps {
  /** What the analysis controller publishes: status, plan, sentiment, models, the outbound log. */
  analysis: AnalysisState;
  /** The session store: insights, the interviewer's flags, notes. */
  session: LiveSessionState;
  onFlag: (id: string, action: FlagAction) => void;
  onJump: (segmentId: string) => void;
  /** Title, timer and capture status, drawn above the tabs. */
  header: ReactNode;
  listHeight?: string;
  /** The interview's current time (the latest segment's end), for cards' relative times. */
  nowMs: number;
  /** The open tab, when the owner controls it (keyboard shortcuts). */
  tab?: TabId;
  onTabChange?: (tab: TabId) => void;
}

/** Cards of one tab: pinned first, then high priority first; only those in view are rendered. */
function CardList({
  cards,
  flags,
  onFlag,
  onJump,
  height,
  label,
  nowMs,
}: {
  cards: Insight[];
  flags: LiveSessionState["flags"];
  onFlag: CopilotPanelProps["onFlag"];
  onJump: CopilotPanelProps["onJump"];
  height: string;
  label: string;
  nowMs: number;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtual = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 120,
    overscan: 4,
    getItemKey: (i) => cards[i]?.id ?? i,
  });
  if (cards.length === 0)
    return (
      <p className="py-3 text-sm text-slate-600 dark:text-slate-300">
        Nothing here yet. Cards appear as the interview goes on.
      </p>
    );
  return (
    <div
      ref={scroller}
      className={`${height} overflow-y-auto pr-1`}
      role="feed"
      aria-label={label}
      aria-busy={false}
      tabIndex={0}
    >
      <div style={{ height: virtual.getTotalSize(), position: "relative" }}>
        {virtual.getVirtualItems().map((item) => {
          const insight = cards[item.index];
          if (!insight) return null;
          return (
            <div
              key={item.key}
              ref={virtual.measureElement}
              data-index={item.index}
              style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${item.start}px)` }}
              className="pb-2"
            >
              <InsightCard
                insight={insight}
                flags={flags[insight.id] ?? NO_FLAGS}
                onFlag={onFlag}
                onJump={onJump}
                nowMs={nowMs}
              />
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** A provided model that is not in use, said plainly: what runs instead is in the line above. */
function ModelProblem({ text, testId }: { text: string | null; testId: string }) {
  if (!text) return null;
  return (
    <p role="status" data-testid={testId} className="text-xs text-amber-900 dark:text-amber-100">
      {text}
    </p>
  );
}

export function CopilotPanel(props: CopilotPanelProps) {
  const { insights, flags } = props.session;
  const analysis = props.analysis;
  const status = analysis.status;
  const [ownTab, setOwnTab] = useState<TabId>("insights");
  const tab = props.tab ?? ownTab;
  const setTab = props.onTabChange ?? setOwnTab;
  const byTab = useMemo(() => {
    const out: Record<TabId, Insight[]> = { insights: [], questions: [], facts: [], sentiment: [] };
    const visible = insights.filter((i) => !flags[i.id]?.dismissed);
    const pinned = sortInsights(visible.filter((i) => flags[i.id]?.pinned));
    const rest = sortInsights(visible.filter((i) => !flags[i.id]?.pinned));
    for (const i of [...pinned, ...rest]) out[TAB_OF[i.type]].push(i);
    return out;
  }, [insights, flags]);
  const height = props.listHeight ?? "h-[50vh]";

  return (
    <section
      aria-label="Copilot"
      className="flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900"
      data-testid="copilot-panel"
    >
      {props.header}
      <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="analysis-status" role="status">
        {ANALYSIS_STATUS_TEXT[status]}
        {status === "not_allowed" && analysis.notAllowedReason ? ` ${analysis.notAllowedReason}` : ""}
        {analysis.busy ? " · analysing…" : ""}
      </p>
      {analysis.localError ? <ErrorNotice error={analysis.localError} testId="local-analysis-error" /> : null}
      <Tabs.Root value={tab} onValueChange={(v) => setTab(v as TabId)}>
        <Tabs.List aria-label="Copilot views" className="flex gap-1 border-b border-slate-200 dark:border-slate-700">
          {TABS.map((t) => (
            <Tabs.Trigger
              key={t.id}
              value={t.id}
              data-testid={`tab-${t.id}`}
              className="rounded-t-md px-3 py-1.5 text-sm font-medium text-slate-700 data-[state=active]:border-b-2 data-[state=active]:border-blue-700 data-[state=active]:text-blue-900 dark:text-slate-200 dark:data-[state=active]:text-blue-200"
            >
              {t.label}{" "}
              <span
                data-testid={`count-${t.id}`}
                className="ml-1 rounded-full bg-slate-100 px-1.5 text-xs tabular-nums text-slate-800 dark:bg-slate-800 dark:text-slate-100"
              >
                {byTab[t.id].length}
              </span>
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {TABS.map((t) => (
          <Tabs.Content
            key={t.id}
            value={t.id}
            className="pt-2 focus-visible:outline-none"
            data-testid={`panel-${t.id}`}
          >
            {t.id === "questions" && analysis.plan.length > 0 ? (
              <div
                className="mb-2 rounded-md border border-slate-200 p-2 text-sm dark:border-slate-700"
                data-testid="plan-coverage"
              >
                <h3 className="font-medium">
                  Question plan: {analysis.plan.filter((p) => p.covered).length} of {analysis.plan.length} covered
                </h3>
                <ul className="mt-1">
                  {analysis.plan.map((p) => (
                    <li key={p.item} data-covered={p.covered}>
                      <span aria-hidden="true">{p.covered ? "☑" : "☐"}</span> {p.item}
                      <span className="sr-only">{p.covered ? " (covered)" : " (not yet covered)"}</span>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {t.id === "sentiment" ? (
              <div className="mb-2">
                <SentimentChart points={analysis.sentiment} onJump={props.onJump} />
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-300" data-testid="sentiment-source">
                  Scored on this device by VADER (embedded)
                  {analysis.sentimentModel
                    ? ` averaged with ${analysis.sentimentModel}`
                    : analysis.modelProblems.sentiment
                      ? " alone"
                      : "; no transformer sentiment model provided by the organisation"}
                  .
                </p>
                <ModelProblem text={analysis.modelProblems.sentiment} testId="sentiment-model-problem" />
              </div>
            ) : null}
            <CardList
              cards={byTab[t.id]}
              flags={flags}
              onFlag={props.onFlag}
              onJump={props.onJump}
              height={height}
              label={`${t.label} cards`}
              nowMs={props.nowMs}
            />
          </Tabs.Content>
        ))}
      </Tabs.Root>
      <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="name-detection">
        Names found by the embedded detector
        {analysis.nerModel
          ? ` and ${analysis.nerModel}`
          : analysis.modelProblems.ner
            ? " alone"
            : " (no NER model provided by the organisation)"}
        .
      </p>
      <ModelProblem text={analysis.modelProblems.ner} testId="ner-model-problem" />
      <details className="text-sm" data-testid="outbound-log">
        <summary className="cursor-pointer font-medium">What left this device ({analysis.outboundTotal})</summary>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-300">
          Every payload sent for analysis, exactly as sent. Audio never leaves this device.
        </p>
        <ol className="mt-2 max-h-64 space-y-2 overflow-auto">
          {analysis.outbound.map((r, n) => (
            <li
              key={`${r.at}-${n}`}
              data-testid="outbound-record"
              className="rounded border border-slate-200 p-2 dark:border-slate-700"
            >
              <p className="text-xs text-slate-600 dark:text-slate-300">
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
