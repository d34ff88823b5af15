/// <reference lib="webworker" />
import * as Comlink from "comlink";
import { LocalAnalyzer } from "../lib/analysis/local-analyzer";
import { routeTransformersToCache } from "../lib/asr/browser-env";
import { toErrorData } from "../lib/errors";
import { ensureModelCached, providedModelProblem } from "../lib/models/model-cache";
import { MODEL_CACHE_NAME } from "../lib/models/sources";
import { TransformerNer } from "../lib/privacy/transformer-ner";
import type { Span } from "../lib/privacy/categories";
import { findModel } from "../models/catalog";
import type { ModelSpec } from "../lib/models/schema";
import { TransformerSentiment } from "../lib/analysis/transformer-sentiment";
import { AnalysisClient, type OutboundRecord } from "../lib/privacy/analysis-client";
import type { ModelInsight } from "../lib/privacy/analysis-request";
import { buildWindow, segmentOfRef, settledWords, type ScrubbedLine } from "../lib/privacy/analysis-window";
import { PseudonymMap } from "../lib/privacy/pseudonyms";
import { scrub, type ScrubbedText } from "../lib/privacy/scrubber";
import type { ModelProblems, PrivacySessionSetup, PrivacyWorkerApi } from "./privacy-protocol";
import { DEFAULT_POLICY, type ScrubPolicy } from "../lib/privacy/categories";
import { INTERVIEWER } from "../lib/transcript/segment";

declare const self: DedicatedWorkerGlobalScope;

const ANALYZE_ENDPOINT = "/api/analyze";

let session = new PseudonymMap();
let ner: TransformerNer | null = null;
let sentimentModel: TransformerSentiment | null = null;
/** Why a model the organisation provides is not in use (null: in use, or simply not provided). */
const problems: ModelProblems = { ner: null, sentiment: null };
let analyzer = new LocalAnalyzer();
let lines: ScrubbedLine[] = [];
let lastSentKey = "";
let setup: PrivacySessionSetup = { candidateName: null };
let scrubPolicy: ScrubPolicy = DEFAULT_POLICY;
/** Replies by window (question + scrubbed text), so the same window is never sent twice. */
const replyCache = new Map<string, ModelInsight[]>();
const REPLY_CACHE_LIMIT = 50;
const outbound: OutboundRecord[] = [];
const client = new AnalysisClient({
  endpoint: new URL(ANALYZE_ENDPOINT, self.location.origin).href,
  fetch: globalThis.fetch.bind(globalThis),
  record: (entry) => void outbound.push(entry),
});

/** Scrubs with the embedded detector, plus the NER model's names when one is enabled. */
async function scrubText(text: string, isInterviewer = false): Promise<ScrubbedText> {
  let extraSpans: Span[] = [];
  if (ner) {
    try {
      extraSpans = await ner.personSpans(text);
    } catch (error) {
      // The model failed on this device: scrubbing goes on with the embedded detector, and the panel
      // stops claiming the model is in use (addSegment reports it).
      console.warn("NER model disabled after a failure:", error);
      problems.ner = `${ner.spec.id} failed on this device and was turned off: ${(error as Error).message}`;
      ner = null;
    }
  }
  return scrub(text, session, { extraSpans, policy: scrubPolicy, isInterviewer }).scrubbed;
}

/** A transcript line for the analysis window: speaker labels are scrubbed like text (imports carry names). */
async function scrubbedLine(id: string, speaker: string, text: string): Promise<ScrubbedLine> {
  // The interviewer's greeting ("hi priya, thanks for joining") teaches the session the candidate's name.
  const isInterviewer = speaker === INTERVIEWER;
  return { id, line: `${(await scrubText(speaker)).text}: ${(await scrubText(text, isInterviewer)).text}` };
}

/**
 * Loads a model the organisation provides on its mirror (verified into the model cache first); null
 * when it is not provided or cannot load here, and the embedded method alone runs. A model that is
 * provided but cannot be used (corrupt, offline before its first download, failing to load) is reported
 * through `problems`: the interviewer must not believe a model runs when it does not.
 */
async function loadProvided<T>(
  modelId: string,
  task: ModelSpec["task"],
  kind: keyof ModelProblems,
  load: (spec: ModelSpec) => Promise<T>,
): Promise<T | null> {
  problems[kind] = null;
  const spec = findModel(modelId);
  if (!spec || spec.task !== task) {
    problems[kind] = `${modelId} is not a known ${task} model; the embedded method runs alone.`;
    return null;
  }
  try {
    const cache = await caches.open(MODEL_CACHE_NAME);
    routeTransformersToCache(cache, self.location.origin);
    const source = { kind: "self-hosted" as const, baseUrl: `${self.location.origin}/models` };
    const deps = { cache, fetch: globalThis.fetch.bind(globalThis), isOnline: () => self.navigator.onLine };
    await ensureModelCached(spec, source, deps, () => {});
    return await load(spec);
  } catch (error) {
    problems[kind] = providedModelProblem(error);
    return null;
  }
}

/** The model's polarity for a final segment, or null (no model, or it failed and is dropped). */
async function modelSentimentOf(text: string): Promise<number | null> {
  if (!sentimentModel) return null;
  try {
    return await sentimentModel.score(text);
  } catch (error) {
    console.warn("Sentiment model disabled after a failure:", error);
    problems.sentiment = `${sentimentModel.spec.id} failed on this device and was turned off: ${(error as Error).message}`;
    sentimentModel = null;
    return null;
  }
}

const api: PrivacyWorkerApi = {
  async enableNer(modelId) {
    ner = await loadProvided(modelId, "token-classification", "ner", (spec) => TransformerNer.load(spec, "wasm"));
    return { id: ner?.spec.id ?? null, problem: problems.ner };
  },
  async enableSentiment(modelId) {
    sentimentModel = await loadProvided(modelId, "text-classification", "sentiment", (spec) =>
      TransformerSentiment.load(spec, "wasm"),
    );
    return { id: sentimentModel?.spec.id ?? null, problem: problems.sentiment };
  },
  async startSession(next) {
    setup = next;
    scrubPolicy = next.scrub ? { scrub: next.scrub } : DEFAULT_POLICY;
    session = next.pseudonyms
      ? PseudonymMap.fromJSON(next.pseudonyms)
      : new PseudonymMap(next.candidateName ?? undefined);
    analyzer = new LocalAnalyzer({
      questionPlan: next.questionPlan,
      jobDescription: next.jobDescription,
      compliance: next.compliance,
    });
    lines = [];
    lastSentKey = "";
    replyCache.clear();
  },
  async addSegment(segment) {
    const before = analyzer.state.sentiment.length;
    const insights = analyzer.analyze(segment, {
      modelSentiment: segment.final ? await modelSentimentOf(segment.text) : null,
    });
    lines.push(await scrubbedLine(segment.id, segment.speaker, segment.text));
    const sentiment = analyzer.state.sentiment.length > before ? (analyzer.state.sentiment.at(-1) ?? null) : null;
    return {
      insights,
      nerModel: ner?.spec.id ?? null,
      sentimentModel: sentimentModel?.spec.id ?? null,
      problems: { ...problems },
      plan: analyzer.state.plan.map((p) => ({ ...p })),
      sentiment,
    };
  },
  async pseudonyms() {
    return session.toJSON();
  },
  async analyze(onInsight, ongoing) {
    try {
      const settled = ongoing && !ongoing.final ? settledWords(ongoing.text) : "";
      const ongoingLine = ongoing && settled ? [await scrubbedLine(ongoing.id, ongoing.speaker, settled)] : [];
      const { text, lastId, refs } = buildWindow([...lines, ...ongoingLine]);
      const question = analyzer.state.currentQuestion;
      const key = `${question ?? ""}\u0000${text}`;
      if (!lastId || key === lastSentKey) return { ok: true, value: null };
      const reveal = (i: ModelInsight) => ({
        ...i,
        title: session.reveal(i.title),
        content: session.reveal(i.content),
        segment: segmentOfRef(i.segment, refs, lastId),
      });
      // The same window again (a reload, a retry): the cached answer, nothing sent.
      const cached = replyCache.get(key);
      if (cached) {
        lastSentKey = key;
        return { ok: true, value: { insights: cached.map(reveal), lastSegmentId: lastId } };
      }
      // Scrubbed as a whole: the branded values the client demands come only from here.
      const window: ScrubbedText = scrub(text, session, { policy: scrubPolicy }).scrubbed;
      const scrubbedQuestion = question ? await scrubText(question) : undefined;
      const optional = async (value: string | undefined) => (value?.trim() ? scrubText(value.trim()) : undefined);
      const plan = setup.questionPlan?.filter((q) => q.trim());
      const reply = await client.analyze(
        {
          window,
          question: scrubbedQuestion,
          role: await optional(setup.role),
          jobDescription: await optional(setup.jobDescription),
          questionPlan: plan?.length ? await Promise.all(plan.map((q) => scrubText(q))) : undefined,
        },
        (i) => void onInsight(reveal(i), lastId),
      );
      lastSentKey = key;
      replyCache.set(key, reply.insights);
      if (replyCache.size > REPLY_CACHE_LIMIT) replyCache.delete(replyCache.keys().next().value ?? "");
      const insights = reply.insights.map(reveal);
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
