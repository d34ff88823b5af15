/// <reference lib="webworker" />
/**
 * The privacy worker: a message switch over one PrivacySession per interview (lib/privacy), plus the
 * optional text models, which outlive sessions. Nothing here holds interview state itself.
 */
import "../lib/zod-jitless";
import * as Comlink from "comlink";
import { TransformerSentiment } from "../lib/analysis/transformer-sentiment";
import { routeTransformersToCache } from "../lib/asr/browser-env";
import { toErrorData } from "../lib/errors";
import { ensureModelCached } from "../lib/models/model-cache";
import type { ModelSpec } from "../lib/models/schema";
import { MODEL_CACHE_NAME } from "../lib/models/sources";
import { AnalysisClient } from "../lib/privacy/analysis-client";
import { OutboundLog } from "../lib/privacy/outbound-log";
import { PrivacySession, type PrivacySessionSetup } from "../lib/privacy/privacy-session";
import { ProvidedModels } from "../lib/privacy/provided-models";
import { TransformerNer } from "../lib/privacy/transformer-ner";
import type { PrivacyWorkerApi } from "./privacy-protocol";

declare const self: DedicatedWorkerGlobalScope;

const ANALYZE_ENDPOINT = "/api/analyze";

/** Verifies a provided model's files from the organisation's mirror into the model cache. */
async function deliver(spec: ModelSpec): Promise<void> {
  const cache = await caches.open(MODEL_CACHE_NAME);
  routeTransformersToCache(cache, self.location.origin);
  const source = { kind: "self-hosted" as const, baseUrl: `${self.location.origin}/models` };
  const deps = { cache, fetch: globalThis.fetch.bind(globalThis), isOnline: () => self.navigator.onLine };
  await ensureModelCached(spec, source, deps, () => {});
}

class PrivacyWorker implements PrivacyWorkerApi {
  private readonly outbound = new OutboundLog();
  private readonly client = new AnalysisClient({
    endpoint: new URL(ANALYZE_ENDPOINT, self.location.origin).href,
    fetch: globalThis.fetch.bind(globalThis),
    record: (entry) => this.outbound.record(entry),
  });
  private readonly models = new ProvidedModels({
    deliver,
    ner: (spec) => TransformerNer.load(spec, "wasm"),
    sentiment: (spec) => TransformerSentiment.load(spec, "wasm"),
  });
  private session = this.newSession({ candidateName: null });
  private summary: { sessionId: string; session: PrivacySession } | null = null;

  private newSession(setup: PrivacySessionSetup): PrivacySession {
    return new PrivacySession(setup, { client: this.client, models: this.models });
  }

  enableNer = (modelId: string) => this.models.enableNer(modelId);
  enableSentiment = (modelId: string) => this.models.enableSentiment(modelId);
  startSession = async (setup: PrivacySessionSetup) => {
    this.session = this.newSession(setup);
  };
  setLanguage: PrivacyWorkerApi["setLanguage"] = async (language) => this.session.setLanguage(language);
  addSegment: PrivacyWorkerApi["addSegment"] = (segment) => this.session.addSegment(segment);
  pseudonyms = async () => this.session.savedPseudonyms();
  analyze: PrivacyWorkerApi["analyze"] = async (onInsight, ongoing) => {
    try {
      return { ok: true, value: await this.session.analyze(onInsight, ongoing ?? null) };
    } catch (error) {
      return { ok: false, error: toErrorData(error) };
    }
  };
  summarize: PrivacyWorkerApi["summarize"] = async (run, onProgress) => {
    // One summary session at a time, kept so a retry of the same session resumes where it failed.
    if (this.summary?.sessionId !== run.sessionId)
      this.summary = { sessionId: run.sessionId, session: this.newSession(run.setup) };
    const before = this.outbound.size;
    const sent = () => this.outbound.since(before).entries;
    try {
      const summary = await this.summary.session.summarize(run.segments, run.competencies, onProgress);
      return { result: { ok: true, value: summary }, outbound: sent() };
    } catch (error) {
      return { result: { ok: false, error: toErrorData(error) }, outbound: sent() };
    }
  };
  outboundSince: PrivacyWorkerApi["outboundSince"] = async (seen) => this.outbound.since(seen);
}

Comlink.expose(new PrivacyWorker());
