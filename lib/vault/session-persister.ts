/**
 * Writes what a live session shows into the vault as it appears: final segments (and speaker
 * corrections), insights with the interviewer's flags, notes, the outbound log and the pseudonym map.
 * It subscribes to the stores that own them (transcript, session, analysis), outside React, and writes
 * only what changed; what a reopened session already holds is not written again.
 */
import type { Insight } from "../analysis/insight";
import type { OutboundRecord } from "../privacy/analysis-client";
import type { SavedPseudonyms } from "../privacy/privacy-session";
import { NO_FLAGS, type SessionData } from "../session/model";
import type { LiveSessionState } from "../session/session-store";
import type { Segment } from "../transcript/segment";
import type { TranscriptSnapshot } from "../transcript/transcript-store";
import type { RecorderWrite } from "./session-recorder";

interface Store<T> {
  subscribe: (listener: () => void) => () => void;
  get: () => T;
}

/** What the persister reads from the analysis controller's state. */
export interface PersistedAnalysis {
  outbound: readonly OutboundRecord[];
  /** Entries in the log in all: the first of `outbound` is number outboundTotal - outbound.length. */
  outboundTotal: number;
  pseudonyms: SavedPseudonyms | null;
}

export interface PersisterSources {
  transcript: Store<TranscriptSnapshot>;
  session: Store<LiveSessionState>;
  analysis: Store<PersistedAnalysis>;
}

export class SessionPersister {
  private readonly segments: Map<string, Segment>;
  private readonly insights: Map<string, string>;
  private readonly notes: Set<string>;
  private outboundWritten = 0;
  private pseudonyms = "";
  private readonly outboundBase: number;
  private readonly unsubscribe: (() => void)[];

  constructor(
    private readonly write: (entry: RecorderWrite) => void,
    private readonly sessionId: string,
    private readonly sources: PersisterSources,
    restored?: SessionData,
  ) {
    this.segments = new Map(restored?.segments.map((s) => [s.id, s]));
    this.insights = new Map(restored?.insights.map((i) => [i.id, JSON.stringify(i)]));
    this.notes = new Set(restored?.notes.map((n) => n.id));
    // A reopened session's new entries are numbered after the ones it already holds.
    this.outboundBase = restored?.outbound.length ?? 0;
    this.unsubscribe = [
      sources.transcript.subscribe(() => this.writeSegments()),
      sources.session.subscribe(() => this.writeSession()),
      sources.analysis.subscribe(() => this.writeAnalysis()),
    ];
    this.writeSegments();
    this.writeSession();
    this.writeAnalysis();
  }

  private writeSegments(): void {
    for (const s of this.sources.transcript.get().segments) {
      if (!s.final || this.segments.get(s.id) === s) continue;
      this.segments.set(s.id, s);
      this.write({ table: "segments", id: s.id, startMs: s.startMs, value: s });
    }
  }

  private writeSession(): void {
    const { insights, flags, notes } = this.sources.session.get();
    for (const insight of insights) this.writeInsight(insight, flags);
    for (const n of notes) {
      if (this.notes.has(n.id)) continue;
      this.notes.add(n.id);
      this.write({ table: "notes", id: n.id, startMs: n.atMs, value: n });
    }
  }

  private writeInsight(insight: Insight, flags: LiveSessionState["flags"]): void {
    const stored = { ...insight, flags: flags[insight.id] ?? NO_FLAGS };
    const json = JSON.stringify(stored);
    if (this.insights.get(insight.id) === json) return;
    this.insights.set(insight.id, json);
    this.write({ table: "insights", id: insight.id, startMs: insight.atMs, value: stored });
  }

  private writeAnalysis(): void {
    const { outbound, outboundTotal, pseudonyms } = this.sources.analysis.get();
    const first = outboundTotal - outbound.length;
    for (let n = Math.max(this.outboundWritten, first); n < outboundTotal; n += 1) {
      const entry = outbound[n - first];
      if (!entry) continue;
      const id = `out-${this.outboundBase + n}`;
      this.write({ table: "outbound", id, startMs: Date.parse(entry.at) || n, value: entry });
    }
    this.outboundWritten = Math.max(this.outboundWritten, outboundTotal);
    if (!pseudonyms) return;
    const json = JSON.stringify(pseudonyms);
    if (json === this.pseudonyms) return;
    this.pseudonyms = json;
    this.write({ table: "pseudonyms", id: this.sessionId, value: pseudonyms });
  }

  dispose(): void {
    for (const off of this.unsubscribe) off();
  }
}
