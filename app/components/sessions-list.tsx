"use client";

import { outboxSummary, type SessionAts } from "../../lib/ats/outbox";
import type { AtsOutbox } from "../session/ats-outbox";
import { useEffect, useState } from "react";
import { formatClock } from "../../lib/session/clock";
import type { SessionInfo } from "../../lib/session/model";
import { useNow } from "../hooks/use-now";
import type { VaultController } from "../session/vault-controller";
import { Modal } from "./dialog";
import { PlainExportDialog, ShareExportDialog } from "./export-dialogs";
import { btn, muted } from "./ui";

interface Row {
  id: string;
  info: SessionInfo | null;
  expiresAt: number | null;
}

export function expiryText(row: Pick<Row, "expiresAt" | "info">, now: number): string {
  const interrupted = row.info?.endedAt === null ? "In progress or interrupted: open it to continue · " : "";
  if (row.expiresAt === null) return `${interrupted}Kept until deleted`;
  const left = row.expiresAt - now;
  if (left <= 0) return `${interrupted}Expiring now`;
  const h = Math.floor(left / 3_600_000);
  const m = Math.floor((left % 3_600_000) / 60_000);
  return `${interrupted}${h > 0 ? `Expires in ${h} h ${m} min` : `Expires in ${m} min`}`;
}

/** The session's latest ATS push: pending, sent (with the ATS's id and link) or failed (in words). */
function AtsLine({ ats }: { ats: SessionAts | null }) {
  const summary = outboxSummary(ats);
  if (!summary) return null;
  return (
    <p className={`text-xs ${muted}`} data-testid="session-ats" data-state={summary.state}>
      {summary.text}
      {summary.url ? (
        <>
          {" "}
          <a className="underline" href={summary.url} target="_blank" rel="noreferrer noopener">
            open
          </a>
        </>
      ) : null}
    </p>
  );
}

/** Sessions in the vault, newest first, with when each expires and one-click exports. */
export function SessionsList({
  vault,
  version,
  onOpen,
  outbox,
}: {
  vault: VaultController;
  version: number;
  onOpen: (id: string) => void;
  outbox: AtsOutbox | null;
}) {
  const [rows, setRows] = useState<Row[] | null>(null);
  const [sharing, setSharing] = useState<string | null>(null);
  const [plain, setPlain] = useState<{ id: string; format: "markdown" | "json" } | null>(null);
  const [deleting, setDeleting] = useState<Row | null>(null);
  const now = useNow(30_000);
  // A push sent or failed in the background shows in its row.
  const [pushed, setPushed] = useState(0);
  useEffect(() => outbox?.subscribe(() => setPushed((n) => n + 1)), [outbox]);

  useEffect(() => {
    let live = true;
    void vault.vault.listSessions().then((list) => {
      if (live) setRows([...list].sort((a, b) => (b.info?.createdAt ?? 0) - (a.info?.createdAt ?? 0)));
    });
    return () => {
      live = false;
    };
  }, [vault, version, pushed]);

  const load = (id: string) => async () => (await vault.vault.openSessionData(id)).data;

  if (rows === null) return <p className={muted}>Reading your sessions…</p>;
  return (
    <>
      {rows.length === 0 ? (
        <p className={`text-sm ${muted}`}>No interviews stored on this device yet.</p>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800" aria-label="Stored interviews">
          {rows.map((row) => (
            <li
              key={row.id}
              className="flex flex-wrap items-center justify-between gap-2 py-3"
              data-testid="session-row"
            >
              <div className="min-w-0">
                <p className="font-medium">
                  {row.info ? row.info.candidate || "Unnamed candidate" : "Unreadable session"}
                  {row.info?.role ? <span className={`font-normal ${muted}`}> · {row.info.role}</span> : null}
                  {row.info?.sample ? <span className={`font-normal ${muted}`}> · sample</span> : null}
                </p>
                <p className={`text-xs ${muted}`}>
                  {row.info ? new Date(row.info.createdAt).toLocaleString() : ""}
                  {row.info?.endedAt ? ` · ${formatClock(row.info.endedAt - row.info.createdAt)}` : ""} ·{" "}
                  <span data-testid="session-expiry">{expiryText(row, now)}</span>
                </p>
                <AtsLine ats={row.info?.ats ?? null} />
              </div>
              <div className="flex flex-wrap gap-2">
                {row.info ? (
                  <>
                    <button type="button" className={btn.small} onClick={() => onOpen(row.id)}>
                      Open
                    </button>
                    <button type="button" className={btn.small} onClick={() => setSharing(row.id)}>
                      Export encrypted
                    </button>
                    <button
                      type="button"
                      className={btn.small}
                      onClick={() => setPlain({ id: row.id, format: "markdown" })}
                    >
                      Markdown
                    </button>
                  </>
                ) : null}
                <button type="button" className={btn.small} onClick={() => setDeleting(row)}>
                  Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ShareExportDialog
        open={sharing !== null}
        onOpenChange={(o) => (o ? undefined : setSharing(null))}
        load={load(sharing ?? "")}
      />
      <PlainExportDialog format={plain?.format ?? null} load={load(plain?.id ?? "")} onClose={() => setPlain(null)} />
      <Modal
        open={deleting !== null}
        onOpenChange={(o) => (o ? undefined : setDeleting(null))}
        title="Delete this interview?"
        description="Its transcript, insights, notes and outbound log are deleted from this device now. This cannot be undone."
      >
        <div className="flex gap-2">
          <button
            type="button"
            className={btn.danger}
            onClick={() => {
              const row = deleting;
              setDeleting(null);
              if (row) void vault.vault.deleteSessions([row.id]).then(() => vault.changed());
            }}
          >
            Delete
          </button>
          <button type="button" className={btn.secondary} onClick={() => setDeleting(null)}>
            Cancel
          </button>
        </div>
      </Modal>
    </>
  );
}
