import { describe, expect, it } from "vitest";
import type { Insight } from "../analysis/insight";
import { ObservableState } from "../observable-state";
import { SessionStore } from "../session/session-store";
import type { SessionData } from "../session/model";
import { TranscriptStore } from "../transcript/transcript-store";
import { SessionPersister, type PersistedAnalysis } from "./session-persister";
import type { RecorderWrite } from "./session-recorder";

class AnalysisStub extends ObservableState<PersistedAnalysis> {
  update(patch: Partial<PersistedAnalysis>): void {
    this.set(patch);
  }
}

const segment = (id: string, startMs: number, final: boolean, text = "We sharded Postgres.") => ({
  id,
  channel: "mic" as const,
  speaker: "Candidate",
  startMs,
  endMs: startMs + 900,
  text,
  confidence: 1,
  final,
});
const insight = (id: string, atMs: number): Insight => ({
  id,
  type: "insight",
  priority: "medium",
  title: "Skills mentioned",
  content: "Postgres",
  source: "local",
  segmentId: "s1",
  atMs,
});
const entry = (k: number) => ({
  at: new Date(1_700_000_000_000 + k).toISOString(),
  destination: "/api",
  body: `b${k}`,
});

function harness(restored?: SessionData) {
  const writes: RecorderWrite[] = [];
  const transcript = new TranscriptStore();
  const session = new SessionStore(restored);
  const analysis = new AnalysisStub({ outbound: [], outboundTotal: restored ? 0 : 0, pseudonyms: null });
  const persister = new SessionPersister((w) => writes.push(w), "sess", { transcript, session, analysis }, restored);
  const ids = (table: string) => writes.filter((w) => w.table === table).map((w) => w.id);
  return { writes, transcript, session, analysis, persister, ids };
}

describe("SessionPersister", () => {
  it("writes each final segment once, a corrected one again, and never a partial", () => {
    const { transcript, ids } = harness();
    transcript.apply({ kind: "segment", segment: segment("s1", 0, false) });
    transcript.apply({ kind: "segment", segment: segment("s1", 0, true) });
    transcript.apply({ kind: "segment", segment: segment("s2", 1000, true) });
    expect(ids("segments")).toEqual(["s1", "s2"]);
    transcript.setSpeaker("s1", "Interviewer");
    expect(ids("segments")).toEqual(["s1", "s2", "s1"]);
  });

  it("writes insights with their flags as the session store changes, and each note once", () => {
    const { session, writes, ids } = harness();
    session.setInsights([insight("i1", 0)]);
    session.flag("i1", "pin");
    session.addNote("mark", 1200);
    session.addNote("note", 1500, "Strong on ownership");
    expect(ids("insights")).toEqual(["i1", "i1"]);
    const last = writes.filter((w) => w.table === "insights").at(-1);
    expect((last?.value as { flags: { pinned: boolean } }).flags.pinned).toBe(true);
    expect(ids("notes")).toHaveLength(2);
    session.flag("i1", "pin");
    expect(ids("notes")).toHaveLength(2);
  });

  it("writes new outbound entries by their number in the log, also when memory only holds the newest", () => {
    const { analysis, ids } = harness();
    analysis.update({ outbound: [entry(0), entry(1)], outboundTotal: 2 });
    // Memory now holds only entries 2–4 of 5: entries 2–4 are new, 0–1 were written already.
    analysis.update({ outbound: [entry(2), entry(3), entry(4)], outboundTotal: 5 });
    expect(ids("outbound")).toEqual(["out-0", "out-1", "out-2", "out-3", "out-4"]);
    analysis.update({ pseudonyms: { candidate: "Ana", entries: [] } });
    analysis.update({ pseudonyms: { candidate: "Ana", entries: [] } });
    expect(ids("pseudonyms")).toEqual(["sess"]);
  });

  it("writes nothing a reopened session already holds, and numbers its new entries after the old", () => {
    const restored: SessionData = {
      info: {
        id: "sess",
        candidate: "Ana",
        consent: null,
        plannedMinutes: null,
        scorecard: null,
        modelSummary: null,
        ats: null,
        language: "en",
        detectLanguage: false,
        role: "",
        createdAt: 0,
        endedAt: null,
        retentionMs: null,
        jobDescription: "",
        questionPlan: [],
        analysisMode: "local",
        sample: false,
      },
      segments: [segment("s1", 0, true)],
      insights: [{ ...insight("i1", 0), flags: { pinned: false, dismissed: false, asked: false } }],
      notes: [{ id: "n1", kind: "mark", atMs: 10, text: "" }],
      outbound: [entry(0)],
      plan: [],
    };
    const { transcript, analysis, writes, ids } = harness(restored);
    transcript.load(restored.segments);
    expect(writes).toEqual([]);
    analysis.update({ outbound: [entry(1)], outboundTotal: 1 });
    expect(ids("outbound")).toEqual(["out-1"]);
  });

  it("stops writing once disposed", () => {
    const { transcript, persister, writes } = harness();
    persister.dispose();
    transcript.apply({ kind: "segment", segment: segment("s1", 0, true) });
    expect(writes).toEqual([]);
  });
});
