/// <reference lib="webworker" />
import "../lib/zod-jitless";
import * as Comlink from "comlink";
import { browserProbe, chooseBackend, fallbackAfter, type AsrBackend } from "../lib/asr/backend";
import { configureWasmThreads, routeTransformersToCache } from "../lib/asr/browser-env";
import { SpeechTranscriber } from "../lib/asr/transcriber";
import { CopilotError, toErrorData, type CopilotErrorCode } from "../lib/errors";
import { cachedFiles, ensureModelCached, evictModel } from "../lib/models/model-cache";
import { MODEL_CACHE_NAME } from "../lib/models/sources";
import { findModel } from "../models/catalog";
import type { AsrWorkerApi, PrepareResult, Reply } from "./asr-protocol";

declare const self: DedicatedWorkerGlobalScope;

const WARMUP_SAMPLES = 16_000;

function spec(modelId: string) {
  const found = findModel(modelId);
  if (!found) throw new CopilotError({ code: "model_missing", message: `unknown model ${modelId}` });
  return found;
}

/** Runs `work`; an error that is not ours is named by what was being done (`fallback`), never guessed. */
async function reply<T>(work: () => Promise<T>, fallback: CopilotErrorCode): Promise<Reply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: toErrorData(error, fallback) };
  }
}

/** The speech model singleton and what this device's backends have shown they cannot do. */
class AsrWorker implements AsrWorkerApi {
  private readonly failedBackends = new Set<AsrBackend>();
  private transcriber: SpeechTranscriber | null = null;
  private cachePromise: Promise<Cache> | null = null;

  private modelCache(): Promise<Cache> {
    this.cachePromise ??= caches.open(MODEL_CACHE_NAME).then((cache) => {
      routeTransformersToCache(cache, self.location.origin);
      return cache;
    });
    return this.cachePromise;
  }

  private async loadWithFallback(modelId: string): Promise<SpeechTranscriber> {
    const probe = browserProbe(self);
    let backend: AsrBackend | null = await chooseBackend(probe, this.failedBackends);
    let lastError: unknown;
    while (backend) {
      try {
        configureWasmThreads(backend, probe.hardwareConcurrency);
        const loaded = await SpeechTranscriber.load(spec(modelId), backend);
        await loaded.transcribe(new Float32Array(WARMUP_SAMPLES), 1);
        return loaded;
      } catch (error) {
        if (error instanceof CopilotError) throw error;
        lastError = error;
        this.failedBackends.add(backend);
        backend = fallbackAfter(backend, probe.crossOriginIsolated);
      }
    }
    throw new CopilotError({
      code: "backend_unavailable",
      message: `no inference backend could run ${modelId}: ${(lastError as Error)?.message ?? "unknown error"}`,
    });
  }

  prepare: AsrWorkerApi["prepare"] = (request, onProgress) =>
    reply(async (): Promise<PrepareResult> => {
      const started = performance.now();
      const cache = await this.modelCache();
      const integrity = await ensureModelCached(
        spec(request.modelId),
        request.source,
        { cache, fetch: globalThis.fetch.bind(globalThis), isOnline: () => self.navigator.onLine },
        onProgress,
      );
      if (this.transcriber?.spec.id !== request.modelId)
        this.transcriber = await this.loadWithFallback(request.modelId);
      const { backend, multilingual } = this.transcriber;
      return { modelId: request.modelId, backend, multilingual, integrity, loadMs: performance.now() - started };
    }, "model_load_failed");

  transcribe: AsrWorkerApi["transcribe"] = (audio, maxNewTokens, kind, language, settled) =>
    reply(async () => {
      const transcriber = this.transcriber;
      if (!transcriber) throw new CopilotError({ code: "model_load_failed", message: "no model is loaded yet" });
      const result = await transcriber.transcribe(audio, maxNewTokens, kind, language, settled);
      return { ...result, backend: transcriber.backend };
    }, "transcription_failed");

  cachedFiles: AsrWorkerApi["cachedFiles"] = async (modelId) => cachedFiles(spec(modelId), await this.modelCache());

  evict: AsrWorkerApi["evict"] = async (modelId) => {
    await evictModel(spec(modelId), await this.modelCache());
    if (this.transcriber?.spec.id === modelId) this.transcriber = null;
  };
}

Comlink.expose(new AsrWorker());
