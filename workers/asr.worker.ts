/// <reference lib="webworker" />
import * as Comlink from "comlink";
import { browserProbe, chooseBackend, fallbackAfter, type AsrBackend } from "../lib/asr/backend";
import { configureWasmThreads, routeTransformersToCache } from "../lib/asr/browser-env";
import { WhisperTranscriber } from "../lib/asr/transcriber";
import { CopilotError, toErrorData } from "../lib/errors";
import { cachedFiles, ensureModelCached, evictModel } from "../lib/models/model-cache";
import { MODEL_CACHE_NAME } from "../lib/models/sources";
import { findModel } from "../models/catalog";
import type { AsrWorkerApi, PrepareResult, Reply } from "./asr-protocol";

declare const self: DedicatedWorkerGlobalScope;

const WARMUP_SAMPLES = 16_000;
const failedBackends = new Set<AsrBackend>();
let transcriber: WhisperTranscriber | null = null;
let cachePromise: Promise<Cache> | null = null;

function modelCache(): Promise<Cache> {
  cachePromise ??= caches.open(MODEL_CACHE_NAME).then((cache) => {
    routeTransformersToCache(cache, self.location.origin);
    return cache;
  });
  return cachePromise;
}

function spec(modelId: string) {
  const found = findModel(modelId);
  if (!found) throw new CopilotError({ code: "model_missing", message: `unknown model ${modelId}` });
  return found;
}

async function loadWithFallback(modelId: string): Promise<WhisperTranscriber> {
  const probe = browserProbe(self);
  let backend: AsrBackend | null = await chooseBackend(probe, failedBackends);
  let lastError: unknown;
  while (backend) {
    try {
      configureWasmThreads(backend, probe.hardwareConcurrency);
      const loaded = await WhisperTranscriber.load(spec(modelId), backend);
      await loaded.transcribe(new Float32Array(WARMUP_SAMPLES), 1);
      return loaded;
    } catch (error) {
      if (error instanceof CopilotError) throw error;
      lastError = error;
      failedBackends.add(backend);
      backend = fallbackAfter(backend, probe.crossOriginIsolated);
    }
  }
  throw new CopilotError({
    code: "backend_unavailable",
    message: `no inference backend could run ${modelId}: ${(lastError as Error)?.message ?? "unknown error"}`,
  });
}

async function reply<T>(work: () => Promise<T>): Promise<Reply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}

const api: AsrWorkerApi = {
  prepare: (request, onProgress) =>
    reply(async (): Promise<PrepareResult> => {
      const started = performance.now();
      const cache = await modelCache();
      const integrity = await ensureModelCached(
        spec(request.modelId),
        request.source,
        { cache, fetch: globalThis.fetch.bind(globalThis), isOnline: () => self.navigator.onLine },
        onProgress,
      );
      if (transcriber?.spec.id !== request.modelId) transcriber = await loadWithFallback(request.modelId);
      return { modelId: request.modelId, backend: transcriber.backend, integrity, loadMs: performance.now() - started };
    }),
  transcribe: (audio, maxNewTokens, kind) =>
    reply(async () => {
      if (!transcriber) throw new CopilotError({ code: "model_load_failed", message: "no model is loaded yet" });
      const result = await transcriber.transcribe(audio, maxNewTokens, kind);
      return { ...result, backend: transcriber.backend };
    }),
  cachedFiles: async (modelId) => cachedFiles(spec(modelId), await modelCache()),
  evict: async (modelId) => {
    await evictModel(spec(modelId), await modelCache());
    if (transcriber?.spec.id === modelId) transcriber = null;
  },
};

Comlink.expose(api);
