/**
 * Points transformers.js (in a worker) at our verified model cache and at the ONNX Runtime WASM this app
 * serves. Model files are answered from Cache Storage only: a file that is not there fails fast with a
 * typed error instead of a request to some host.
 */
import { env } from "@huggingface/transformers";
import { CopilotError } from "../errors";
import { CACHE_ORIGIN } from "../models/sources";
import type { AsrBackend } from "./backend";
import { wasmThreads } from "./backend";

export const ORT_WASM_PATHS = {
  mjs: "/ort/ort-wasm-simd-threaded.asyncify.mjs",
  wasm: "/ort/ort-wasm-simd-threaded.asyncify.wasm",
};

export function routeTransformersToCache(cache: Cache, origin: string): void {
  env.allowLocalModels = false;
  env.allowRemoteModels = true;
  env.remoteHost = `${CACHE_ORIGIN}/`;
  env.remotePathTemplate = "{model}/";
  env.useBrowserCache = false;
  env.useCustomCache = true;
  env.customCache = {
    match: (key: string | Request) => cache.match(key),
    put: async () => undefined,
  };
  const realFetch = globalThis.fetch.bind(globalThis);
  env.fetch = (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith(CACHE_ORIGIN)) {
      const file = url.slice(CACHE_ORIGIN.length + 1);
      return Promise.reject(
        new CopilotError({
          code: "model_missing",
          file,
          message: `model file ${file} is not on this device; download the model first.`,
        }),
      );
    }
    return realFetch(input, init);
  };
  const wasm = env.backends.onnx.wasm;
  if (wasm)
    wasm.wasmPaths = { mjs: new URL(ORT_WASM_PATHS.mjs, origin).href, wasm: new URL(ORT_WASM_PATHS.wasm, origin).href };
}

export function configureWasmThreads(backend: AsrBackend, hardwareConcurrency: number): void {
  const wasm = env.backends.onnx.wasm;
  if (wasm) wasm.numThreads = wasmThreads(backend, hardwareConcurrency);
}
