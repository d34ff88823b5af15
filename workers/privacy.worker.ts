/// <reference lib="webworker" />
import * as Comlink from "comlink";
import { toErrorData } from "../lib/errors";
import { AnalysisClient, type OutboundRecord } from "../lib/privacy/analysis-client";
import { buildWindow, type ScrubbedLine } from "../lib/privacy/analysis-window";
import { PseudonymMap } from "../lib/privacy/pseudonyms";
import { scrub, type ScrubbedText } from "../lib/privacy/scrubber";
import type { PrivacyWorkerApi } from "./privacy-protocol";

declare const self: DedicatedWorkerGlobalScope;

const ANALYZE_ENDPOINT = "/api/analyze";

let session = new PseudonymMap();
let lines: ScrubbedLine[] = [];
let lastSentWindow = "";
const outbound: OutboundRecord[] = [];
const client = new AnalysisClient({
  endpoint: new URL(ANALYZE_ENDPOINT, self.location.origin).href,
  fetch: globalThis.fetch.bind(globalThis),
  record: (entry) => void outbound.push(entry),
});

const api: PrivacyWorkerApi = {
  async startSession(candidateName) {
    session = new PseudonymMap(candidateName ?? undefined);
    lines = [];
    lastSentWindow = "";
  },
  async addSegment(segment) {
    const speaker = scrub(segment.speaker, session).scrubbed.text;
    lines.push({ id: segment.id, line: `${speaker}: ${scrub(segment.text, session).scrubbed.text}` });
  },
  async analyze() {
    try {
      const { text, lastId } = buildWindow(lines);
      if (!lastId || text === lastSentWindow) return { ok: true, value: null };
      // The window is re-scrubbed as a whole: the branded value the client demands comes only from here.
      const window: ScrubbedText = scrub(text, session).scrubbed;
      const reply = await client.analyze({ window });
      lastSentWindow = text;
      const insights = reply.insights.map((i) => ({
        ...i,
        title: session.reveal(i.title),
        content: session.reveal(i.content),
      }));
      return { ok: true, value: { insights, lastSegmentId: lastId } };
    } catch (error) {
      return { ok: false, error: toErrorData(error) };
    }
  },
  async outboundLog() {
    return outbound.slice();
  },
};

Comlink.expose(api);
