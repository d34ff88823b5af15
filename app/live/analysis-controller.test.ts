import type * as Comlink from "comlink";
import { describe, expect, it, vi } from "vitest";
import type { Insight } from "../../lib/analysis/insight";
import { OutboundLog } from "../../lib/privacy/outbound-log";
import type { SegmentOutcome } from "../../lib/privacy/privacy-session";
import { SessionStore } from "../../lib/session/session-store";
import type { Segment } from "../../lib/transcript/segment";
import { TranscriptStore } from "../../lib/transcript/transcript-store";
import type { PrivacyWorkerApi } from "../../workers/privacy-protocol";
import { AnalysisController } from "./analysis-controller";
import type { AnalysisDeps } from "./analysis-state";
import type { AnalysisSetup } from "./analysis-state";

const SETUP: AnalysisSetup = { candidate: "Ana", useModel: true, policy: { allowed: true, reason: null } };
const ONLINE = { configured: true, allowed: true, reason: null };

const segment = (id: string, text: string): Segment => ({
  id,
  channel: "mic",
  speaker: "Candidate",
  startMs: Number(id.slice(1)) * 1000,
  endMs: Number(id.slice(1)) * 1000 + 900,
  text,
  confidence: 1,
  final: true,
});
const localInsight = (segmentId: string): Insight => ({
  id: `${segmentId}-l0`,
  type: "insight",
  priority: "medium",
  title: "Skills mentioned",
  content: "Postgres",
  source: "local",
  segmentId,
  atMs: 0,
});

/** The privacy worker's API as a plain object: the boundary the controller is given. */
function fakePrivacy(options: { failOn?: string } = {}) {
  const log = new OutboundLog(3);
  const analyzed: number[] = [];
  const since: number[] = [];
  const api = {
    enableNer: async () => ({ id: null, problem: null }),
    enableSentiment: async () => ({ id: null, problem: null }),
    startSession: async () => {},
    addSegment: async (s: Segment): Promise<SegmentOutcome> => {
      if (s.id === options.failOn) throw new Error("scrubber crashed");
      return {
        insights: [localInsight(s.id)],
        nerModel: null,
        sentimentModel: null,
        problems: { ner: null, sentiment: null },
        plan: [],
        sentiment: null,
      };
    },
    pseudonyms: async () => ({ candidate: "Ana", entries: [] }),
    analyze: async () => {
      analyzed.push(Date.now());
      log.record({ at: new Date().toISOString(), destination: "/api/analyze", body: `w${analyzed.length}` });
      return { ok: true as const, value: null };
    },
    outboundSince: async (seen: number) => {
      since.push(seen);
      return log.since(seen);
    },
  };
  return { api: api as unknown as Comlink.Remote<PrivacyWorkerApi>, analyzed, since };
}

function harness(deps: Partial<AnalysisDeps> & Pick<AnalysisDeps, "privacy">) {
  const transcript = new TranscriptStore();
  const session = new SessionStore();
  const controller = new AnalysisController(transcript, {
    session,
    textModels: { ner: "none", sentiment: "none" },
    serverStatus: async () => ONLINE,
    ...deps,
  });
  return { transcript, session, controller };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("AnalysisController", () => {
  it("reports a segment the device could not analyse and goes on with the next", async () => {
    const privacy = fakePrivacy({ failOn: "s1" });
    const { transcript, session, controller } = harness({ privacy: privacy.api });
    await controller.startSession(SETUP);
    transcript.apply({ kind: "segment", segment: segment("s1", "first answer") });
    await settle();
    expect(controller.get().localError).toMatchObject({ code: "local_analysis_failed" });
    expect(controller.get().localError?.message).toContain("scrubber crashed");
    transcript.apply({ kind: "segment", segment: segment("s2", "second answer") });
    await settle();
    expect(session.insights.map((i) => i.id)).toEqual(["s2-l0"]);
  });

  it("starts offline without model analysis, and gets it when the browser comes back online", async () => {
    const privacy = fakePrivacy();
    const status = vi.fn().mockResolvedValueOnce("offline").mockResolvedValue(ONLINE);
    const { transcript, controller } = harness({ privacy: privacy.api, serverStatus: status });
    await controller.startSession(SETUP);
    transcript.apply({ kind: "segment", segment: segment("s1", "an answer") });
    await settle();
    expect(controller.get().status).toBe("offline");
    expect(privacy.analyzed).toHaveLength(0);
    controller.recheck();
    await settle();
    expect(controller.get().status).toBe("connected");
    expect(privacy.analyzed).toHaveLength(1);
  });

  it("reads only new outbound entries, and holds the newest in memory with the total count", async () => {
    const privacy = fakePrivacy();
    const { transcript, controller } = harness({ privacy: privacy.api });
    await controller.startSession(SETUP);
    for (let n = 1; n <= 5; n += 1) {
      transcript.apply({ kind: "segment", segment: segment(`s${n}`, `answer ${n}`) });
      await settle();
    }
    expect(privacy.since).toEqual([0, 1, 2, 3, 4]);
    expect(controller.get().outboundTotal).toBe(5);
    expect(controller.get().outbound.map((e) => e.body)).toEqual(["w1", "w2", "w3", "w4", "w5"]);
  });

  it("says a malformed model reply is unusable, not unreachable", async () => {
    const privacy = fakePrivacy();
    (privacy.api as unknown as { analyze: () => Promise<unknown> }).analyze = async () => ({
      ok: false,
      error: { code: "analysis_malformed", message: "The language model sent a malformed reply." },
    });
    const { transcript, controller } = harness({ privacy: privacy.api });
    await controller.startSession(SETUP);
    transcript.apply({ kind: "segment", segment: segment("s1", "an answer") });
    await settle();
    expect(controller.get().status).toBe("model_error");
    expect(controller.get().lastError?.code).toBe("analysis_malformed");
  });
});
