"use client";

import { useState } from "react";
import { atsDebriefOf, type AtsConnectorId } from "../../lib/ats/debrief";
import { pushKey } from "../../lib/ats/idempotency";
import { MAPPINGS } from "../../lib/ats/mappings";
import { enqueue, retryNow, type AtsPush, type SessionAts } from "../../lib/ats/outbox";
import type { SessionData } from "../../lib/session/model";
import type { AtsStatusState } from "../hooks/use-ats-status";
import { btn, field, muted } from "./ui";

interface Planned {
  push: Omit<AtsPush, "status" | "attempts" | "nextAttemptAt" | "result" | "error">;
  label: string;
}

function PushLine({ push, onRetry }: { push: AtsPush; onRetry: () => void }) {
  const label = MAPPINGS[push.connector].label;
  return (
    <li className="text-sm" data-testid="ats-push" data-status={push.status}>
      {push.status === "sent" ? (
        <>
          Sent to {label}, id {push.result?.externalId}
          {push.result?.url ? (
            <>
              {" "}
              (
              <a className="underline" href={push.result.url} target="_blank" rel="noreferrer noopener">
                open in {label}
              </a>
              )
            </>
          ) : null}
        </>
      ) : push.status === "failed" ? (
        <>
          Not sent to {label}: {push.error?.message}{" "}
          <button type="button" className={btn.small} onClick={onRetry}>
            Try again
          </button>
        </>
      ) : (
        <>
          Waiting in the outbox for {label}
          {push.error ? ` (${push.error.message})` : ""}; it is sent when the server can be reached.
        </>
      )}
    </li>
  );
}

/**
 * Sending the approved debrief to the ATS: link the session to a record, see exactly what will be
 * written, push. The push waits in the session's encrypted outbox until the organisation's server
 * confirms it, and goes once whatever happens in between.
 */
export function AtsPanel({
  data,
  competencies,
  status,
  onChange,
}: {
  data: SessionData;
  competencies: string[];
  status: AtsStatusState;
  /** Saves the session's new ATS state (encrypted) and wakes the outbox. */
  onChange: (ats: SessionAts) => Promise<void>;
}) {
  const ats: SessionAts = data.info.ats ?? { record: "", pushes: [] };
  const connectors = status.state === "ready" ? status.status.connectors : [];
  const usable = connectors.filter((c) => c.configured && c.enabled);
  const [connector, setConnector] = useState<AtsConnectorId | "">("");
  const chosen = connector || usable[0]?.id || "";
  const [record, setRecord] = useState(ats.record);
  const [withTranscript, setWithTranscript] = useState(false);
  const [planned, setPlanned] = useState<Planned | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const transcriptAllowed = status.state === "ready" && status.status.transcriptAllowed;

  const preview = async () => {
    setProblem(null);
    setPlanned(null);
    if (!chosen) return;
    const mapping = MAPPINGS[chosen];
    const recordId = mapping.parseRecord(record);
    if (!recordId) return setProblem(`That is not a ${mapping.recordHint.toLowerCase()}.`);
    const debrief = atsDebriefOf(data, competencies, transcriptAllowed && withTranscript);
    const key = await pushKey(chosen, recordId, debrief);
    const write = mapping.plan(debrief, recordId, key);
    setPlanned({
      label: mapping.label,
      push: {
        key,
        connector: chosen,
        record: record.trim(),
        recordId,
        debrief,
        preview: write.preview,
        createdAt: Date.now(),
      },
    });
  };

  const push = async () => {
    if (!planned) return;
    await onChange({ ...enqueue(ats, planned.push, Date.now()), record: planned.push.record });
    setPlanned(null);
  };

  return (
    <section aria-labelledby="ats-heading" className="flex flex-col gap-2 print:hidden" data-testid="ats-panel">
      <h3 id="ats-heading" className="text-base font-semibold">
        Send to the ATS
      </h3>
      {status.state === "unavailable" ? (
        <p className={`text-sm ${muted}`} data-testid="ats-unavailable">
          {status.why}
        </p>
      ) : null}
      {status.state === "ready" && status.offline ? (
        <p className={`text-sm ${muted}`}>Offline: a push waits in the outbox and is sent when the server is back.</p>
      ) : null}
      {connectors
        .filter((c) => !c.configured || !c.enabled)
        .map((c) => (
          <p key={c.id} className={`text-xs ${muted}`} data-testid="ats-not-configured">
            {c.label}:{" "}
            {c.enabled ? "not configured on the organisation's server." : "not allowed by the organisation's policy."}
          </p>
        ))}
      {usable.length > 0 ? (
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col gap-1 text-sm">
            ATS
            <select
              className={field}
              value={chosen}
              onChange={(e) => {
                setConnector(e.target.value as AtsConnectorId);
                setPlanned(null);
              }}
            >
              {usable.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
          <label className="flex min-w-72 flex-1 flex-col gap-1 text-sm">
            ATS record ({chosen ? MAPPINGS[chosen].recordHint : "id or link"})
            <input
              className={field}
              value={record}
              onChange={(e) => {
                setRecord(e.target.value);
                setPlanned(null);
              }}
            />
          </label>
          {transcriptAllowed ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={withTranscript} onChange={(e) => setWithTranscript(e.target.checked)} />
              Include the transcript
            </label>
          ) : null}
          <button type="button" className={btn.secondary} onClick={() => void preview()}>
            Preview
          </button>
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          {problem}
        </p>
      ) : null}
      {planned ? (
        <div className="flex flex-col gap-2">
          <p className="text-sm">
            This is exactly what will be written to {planned.label} (record {planned.push.recordId}):
          </p>
          <pre
            className="max-h-80 overflow-auto whitespace-pre-wrap rounded border border-slate-300 p-2 text-xs dark:border-slate-600"
            data-testid="ats-preview"
          >
            {planned.push.preview}
          </pre>
          <div>
            <button type="button" className={btn.primary} onClick={() => void push()}>
              Push to {planned.label}
            </button>
          </div>
        </div>
      ) : null}
      {ats.pushes.length > 0 ? (
        <ul className="flex flex-col gap-1" aria-label="ATS pushes">
          {ats.pushes.map((p) => (
            <PushLine key={p.key} push={p} onRetry={() => void onChange(retryNow(ats, p.key, Date.now()))} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
