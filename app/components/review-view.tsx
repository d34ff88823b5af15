"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { consentSummary } from "../../lib/session/consent";
import { formatClock } from "../../lib/session/clock";
import { expiresAt, type Note, type SessionData, type StoredInsight } from "../../lib/session/model";
import type { Segment } from "../../lib/transcript/segment";
import type { VaultController } from "../session/vault-controller";
import type { Scorecard } from "../../lib/session/scorecard";
import { useScorecard } from "../session/use-scorecard";
import { useModelSummary } from "../session/use-model-summary";
import { useAtsStatus } from "../hooks/use-ats-status";
import type { AtsOutbox } from "../session/ats-outbox";
import type { SessionAts } from "../../lib/ats/outbox";
import type { ModelSummary } from "../../lib/analytics/model-summary";
import type { OutboundRecord } from "../../lib/privacy/analysis-client";
import type { SavedPseudonyms } from "../../lib/privacy/privacy-session";
import type { OrganisationPolicy } from "../../lib/vault/policy";
import { useDebrief } from "../hooks/use-debrief";
import { DebriefView } from "./debrief-view";
import { PlainExportDialog, ShareExportDialog } from "./export-dialogs";
import { btn, card, muted } from "./ui";

interface Row {
  segment: Segment;
  insights: StoredInsight[];
  notes: Note[];
}

/** Segments in order, each with the insights that refer to it and the notes taken before it. */
function rowsOf(data: SessionData): { rows: Row[]; trailing: Note[] } {
  const byId = new Map<string, StoredInsight[]>();
  for (const i of data.insights) if (!i.flags.dismissed) byId.set(i.segmentId, [...(byId.get(i.segmentId) ?? []), i]);
  const notes = [...data.notes].sort((a, b) => a.atMs - b.atMs);
  let n = 0;
  const rows = data.segments
    .filter((s) => s.final)
    .map((segment) => {
      const before: Note[] = [];
      while (n < notes.length && (notes[n]?.atMs ?? 0) <= segment.startMs) before.push(notes[n++] as Note);
      return { segment, insights: byId.get(segment.id) ?? [], notes: before };
    });
  return { rows, trailing: notes.slice(n) };
}

function ReviewTranscript({ rows, jumpTo }: { rows: Row[]; jumpTo: { id: string; n: number } | null }) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 60,
    overscan: 8,
    getItemKey: (i) => rows[i]?.segment.id ?? i,
  });
  useEffect(() => {
    if (!jumpTo) return;
    const index = rows.findIndex((r) => r.segment.id === jumpTo.id);
    if (index >= 0) virtual.scrollToIndex(index, { align: "center" });
  }, [jumpTo, rows, virtual]);
  return (
    <div
      ref={scroller}
      className="h-[65vh] overflow-y-auto"
      tabIndex={0}
      aria-label="Transcript with insights"
      role="region"
    >
      <div style={{ height: virtual.getTotalSize(), position: "relative" }}>
        {virtual.getVirtualItems().map((item) => {
          const row = rows[item.index];
          if (!row) return null;
          const s = row.segment;
          return (
            <div
              key={item.key}
              ref={virtual.measureElement}
              data-index={item.index}
              style={{ position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${item.start}px)` }}
              className="grid gap-2 border-b border-slate-100 py-2 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] dark:border-slate-800"
              data-testid="review-row"
              data-segment-id={s.id}
              data-highlight={jumpTo?.id === s.id ? "true" : undefined}
            >
              <div className="text-sm">
                {row.notes.map((note) => (
                  <p key={note.id} className="mb-1 text-xs font-medium text-violet-900 dark:text-violet-200">
                    {formatClock(note.atMs)} {note.kind === "mark" ? "★ Marked moment" : `Note: ${note.text}`}
                  </p>
                ))}
                <span className="tabular-nums text-slate-600 dark:text-slate-300">{formatClock(s.startMs)}</span>{" "}
                <span className="font-medium">{s.speaker}:</span> <span data-testid="review-text">{s.text}</span>
              </div>
              <ul className="flex flex-col gap-1">
                {row.insights.map((i) => (
                  <li key={i.id} className="rounded border border-slate-200 px-2 py-1 text-xs dark:border-slate-700">
                    <span className="font-medium">{i.title}</span>
                    {i.flags.pinned ? " · pinned" : ""}
                    {i.flags.asked ? " · asked" : ""}
                    <span className="block text-slate-700 dark:text-slate-200">{i.content}</span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </div>
  );
}

export function ReviewView({
  id,
  opened,
  vault,
  policy,
  outbox,
  onBack,
}: {
  id: string;
  /** The session, when the caller has just read it (the list's Open does, to tell a review from a resume). */
  opened?: { data: SessionData; unreadable: string[]; pseudonyms: SavedPseudonyms | null };
  vault: VaultController;
  policy: OrganisationPolicy;
  outbox: AtsOutbox | null;
  onBack: () => void;
}) {
  const [loaded, setLoaded] = useState<
    { data: SessionData; unreadable: string[]; pseudonyms: SavedPseudonyms | null } | { error: string } | null
  >(opened ?? null);
  const [sharing, setSharing] = useState(false);
  const [plain, setPlain] = useState<"markdown" | "json" | null>(null);

  // The session the caller passed stands for the first read (decrypting a two-hour session again took as
  // long as the first time, before anything showed); a later change of vault reads it from the vault.
  const skipFirstRead = useRef(opened !== undefined);
  useEffect(() => {
    if (skipFirstRead.current) {
      skipFirstRead.current = false;
      return;
    }
    let live = true;
    vault.vault
      .openSessionData(id)
      .then(
        ({ data, unreadable, pseudonyms }) =>
          live && setLoaded({ data, unreadable, pseudonyms: pseudonyms as SavedPseudonyms | null }),
      )
      .catch((error: Error) => live && setLoaded({ error: error.message }));
    return () => {
      live = false;
    };
  }, [vault, id]);

  const view = useMemo(() => (loaded && "data" in loaded ? rowsOf(loaded.data) : null), [loaded]);
  const [jumpTo, setJumpTo] = useState<{ id: string; n: number } | null>(null);
  const jump = useCallback((id: string) => setJumpTo((j) => ({ id, n: (j?.n ?? 0) + 1 })), []);
  const applyScorecard = useCallback(
    (card: Scorecard) =>
      setLoaded((l) =>
        l && "data" in l ? { ...l, data: { ...l.data, info: { ...l.data.info, scorecard: card } } } : l,
      ),
    [],
  );
  const scorecard = useScorecard(vault, loaded && "data" in loaded ? loaded.data.info : null, applyScorecard);
  const applySummary = useCallback(
    ({ summary, outbound }: { summary?: ModelSummary; outbound: OutboundRecord[] }) =>
      setLoaded((l) =>
        l && "data" in l
          ? {
              ...l,
              data: {
                ...l.data,
                info: summary ? { ...l.data.info, modelSummary: summary } : l.data.info,
                outbound: [...l.data.outbound, ...outbound],
              },
            }
          : l,
      ),
    [],
  );
  const modelSummary = useModelSummary(
    vault,
    loaded && "data" in loaded ? loaded.data : null,
    loaded && "data" in loaded ? loaded.pseudonyms : null,
    policy,
    applySummary,
  );
  const atsStatus = useAtsStatus();
  const applyAts = useCallback(
    (ats: SessionAts, outbound: OutboundRecord[] = []) =>
      setLoaded((l) =>
        l && "data" in l
          ? { ...l, data: { ...l.data, info: { ...l.data.info, ats }, outbound: [...l.data.outbound, ...outbound] } }
          : l,
      ),
    [],
  );
  useEffect(
    () => outbox?.subscribe((sessionId, ats, outbound) => sessionId === id && applyAts(ats, outbound)),
    [outbox, id, applyAts],
  );
  const changeAts = useCallback(
    async (ats: SessionAts) => {
      // The newest record (the outbox may have written it), with the new ATS state, then the outbox runs.
      const current = (await vault.vault.listSessions()).find((s) => s.id === id)?.info;
      if (!current) return;
      await vault.vault.saveSession({ ...current, ats });
      applyAts(ats);
      void outbox?.kick();
    },
    [vault, id, outbox, applyAts],
  );
  // The numbers are worked out in the report worker: the transcript shows at once, the debrief after.
  const debrief = useDebrief(loaded && "data" in loaded ? loaded.data : null);

  if (!loaded) return <p className={muted}>Opening the session…</p>;
  if ("error" in loaded)
    return (
      <main className={card}>
        <p role="alert">This session could not be opened: {loaded.error}</p>
        <button type="button" className={`${btn.secondary} mt-2`} onClick={onBack}>
          Back to the list
        </button>
      </main>
    );
  const { data, unreadable } = loaded;
  const { info } = data;
  const plan = debrief.debrief?.analytics.plan ?? [];
  const expiry = expiresAt(info);
  const load = async () => data;
  return (
    <main className="flex flex-col gap-3" aria-labelledby="review-heading">
      <section className={`${card} flex flex-wrap items-start justify-between gap-3`}>
        <div>
          <h2 id="review-heading" className="text-lg font-semibold">
            Review: {info.candidate || "Unnamed candidate"}
            {info.role ? <span className={`font-normal ${muted}`}> · {info.role}</span> : null}
          </h2>
          <p className={`text-xs ${muted}`}>
            {new Date(info.createdAt).toLocaleString()}
            {info.endedAt ? ` · ${formatClock(info.endedAt - info.createdAt)}` : ""} · {data.segments.length} segments ·{" "}
            {data.insights.length} insights ·{" "}
            {expiry ? `deleted from this device ${new Date(expiry).toLocaleString()}` : "kept until deleted"}
          </p>
          <p className={`text-xs ${muted}`} data-testid="review-consent">
            {consentSummary(info.consent, (ms) => new Date(ms).toLocaleString())}
          </p>
        </div>
        <div className="flex flex-wrap gap-2 print:hidden">
          <button type="button" className={btn.primary} onClick={() => setSharing(true)}>
            Export encrypted share file
          </button>
          <button type="button" className={btn.secondary} onClick={() => setPlain("markdown")}>
            Export Markdown
          </button>
          <button type="button" className={btn.secondary} onClick={() => setPlain("json")}>
            Export JSON
          </button>
          <button type="button" className={btn.secondary} onClick={onBack}>
            Back to the list
          </button>
        </div>
      </section>
      {unreadable.length > 0 ? (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-50"
        >
          {unreadable.length} records could not be read (damaged or altered) and are left out: {unreadable.join("; ")}
        </p>
      ) : null}
      <DebriefView
        data={data}
        debrief={debrief}
        onJump={jump}
        onScorecard={scorecard.change}
        saved={scorecard.saved}
        modelSummary={modelSummary}
        ats={{ status: atsStatus, onChange: changeAts }}
      />
      <div className="grid gap-3 lg:grid-cols-[minmax(0,3fr)_minmax(0,1fr)] print:hidden">
        <section className={card} aria-label="Transcript">
          <ReviewTranscript rows={view?.rows ?? []} jumpTo={jumpTo} />
        </section>
        <aside className="flex flex-col gap-3">
          {plan.length > 0 ? (
            <section className={card} aria-labelledby="plan-heading" data-testid="review-plan">
              <h3 id="plan-heading" className="font-semibold">
                Question plan: {plan.filter((p) => p.covered).length} of {plan.length} covered
              </h3>
              <ul className="mt-1 text-sm">
                {plan.map((p) => (
                  <li key={p.item}>
                    <span aria-hidden="true">{p.covered ? "☑" : "☐"}</span> {p.item}
                    <span className="sr-only">{p.covered ? " (covered)" : " (not covered)"}</span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          <section className={card} aria-labelledby="notes-heading">
            <h3 id="notes-heading" className="font-semibold">
              Notes and marked moments
            </h3>
            {data.notes.length === 0 ? <p className={`text-sm ${muted}`}>None.</p> : null}
            <ul className="mt-1 text-sm" data-testid="review-notes">
              {data.notes.map((n) => (
                <li key={n.id}>
                  <span className="tabular-nums">{formatClock(n.atMs)}</span>{" "}
                  {n.kind === "mark" ? "★ Marked moment" : n.text}
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
      <ShareExportDialog open={sharing} onOpenChange={setSharing} load={load} />
      <PlainExportDialog format={plain} load={load} onClose={() => setPlain(null)} />
    </main>
  );
}
