"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import type { Insight } from "../../lib/analysis/insight";
import type { OutboundRecord } from "../../lib/privacy/analysis-client";
import { NO_FLAGS, type InsightFlags, type Note, type SessionData } from "../../lib/session/model";
import type { Segment } from "../../lib/transcript/segment";
import { SessionRecorder, type RecorderState } from "../../lib/vault/session-recorder";
import type { SavedPseudonyms } from "../../workers/privacy-protocol";
import { useOwned } from "../hooks/use-owned";
import type { VaultController } from "./vault-controller";

const IDLE: RecorderState = { pending: 0, saved: 0, storageFull: false, error: null };
const noop = () => () => {};

export interface PersistedSources {
  segments: readonly Segment[];
  insights: readonly Insight[];
  flags: Readonly<Record<string, InsightFlags>>;
  notes: readonly Note[];
  outbound: readonly OutboundRecord[];
  pseudonyms: SavedPseudonyms | null;
}

/**
 * Writes what the live session shows into the vault as it appears: final segments (and speaker
 * corrections), insights with the interviewer's flags, notes, the outbound log and the pseudonym map.
 * What a reopened session already holds is not written again.
 */
export function useSessionPersistence(
  vault: VaultController,
  sessionId: string,
  sources: PersistedSources,
  restored?: SessionData,
) {
  const recorder = useOwned(
    () => new SessionRecorder(vault.vault, sessionId),
    (r) => {
      void r.flush().finally(() => r.dispose());
    },
    [vault, sessionId],
  );
  const state = useSyncExternalStore(recorder?.subscribe ?? noop, recorder?.get ?? (() => IDLE), () => IDLE);
  const written = useRef<{
    segments: Map<string, Segment>;
    insights: Map<string, string>;
    notes: Set<string>;
    outbound: number;
    pseudonyms: string;
  }>(null as never);
  written.current ??= {
    segments: new Map(restored?.segments.map((s) => [s.id, s])),
    insights: new Map(restored?.insights.map((i) => [i.id, JSON.stringify(i)])),
    notes: new Set(restored?.notes.map((n) => n.id)),
    outbound: 0,
    pseudonyms: "",
  };

  useEffect(() => {
    if (!recorder) return;
    const w = written.current;
    for (const s of sources.segments) {
      if (!s.final || w.segments.get(s.id) === s) continue;
      w.segments.set(s.id, s);
      recorder.write({ table: "segments", id: s.id, startMs: s.startMs, value: s });
    }
  }, [recorder, sources.segments]);

  useEffect(() => {
    if (!recorder) return;
    const w = written.current;
    for (const i of sources.insights) {
      const stored = { ...i, flags: sources.flags[i.id] ?? NO_FLAGS };
      const json = JSON.stringify(stored);
      if (w.insights.get(i.id) === json) continue;
      w.insights.set(i.id, json);
      recorder.write({ table: "insights", id: i.id, startMs: i.atMs, value: stored });
    }
  }, [recorder, sources.insights, sources.flags]);

  useEffect(() => {
    if (!recorder) return;
    const w = written.current;
    for (const n of sources.notes) {
      if (w.notes.has(n.id)) continue;
      w.notes.add(n.id);
      recorder.write({ table: "notes", id: n.id, startMs: n.atMs, value: n });
    }
  }, [recorder, sources.notes]);

  useEffect(() => {
    if (!recorder) return;
    const w = written.current;
    sources.outbound.forEach((entry, n) => {
      if (n < w.outbound) return;
      // A reopened session's new entries are numbered after the ones it already holds.
      const id = `out-${(restored?.outbound.length ?? 0) + n}`;
      recorder.write({ table: "outbound", id, startMs: Date.parse(entry.at) || n, value: entry });
    });
    w.outbound = Math.max(w.outbound, sources.outbound.length);
  }, [recorder, sources.outbound, restored]);

  useEffect(() => {
    if (!recorder || !sources.pseudonyms) return;
    const json = JSON.stringify(sources.pseudonyms);
    if (json === written.current.pseudonyms) return;
    written.current.pseudonyms = json;
    recorder.write({ table: "pseudonyms", id: sessionId, value: sources.pseudonyms });
  }, [recorder, sessionId, sources.pseudonyms]);

  return { recorder, state };
}
