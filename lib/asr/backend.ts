/**
 * Inference backend choice, in the order the house style asks for: WebGPU when an adapter exists, else
 * WASM with threads when the page is cross-origin isolated, else single-threaded WASM. A backend that
 * failed once is skipped for the rest of the session.
 */
export type AsrBackend = "webgpu" | "wasm-threads" | "wasm" | "node-cpu";

export interface BackendProbe {
  hasWebGpuAdapter: () => Promise<boolean>;
  crossOriginIsolated: boolean;
  hardwareConcurrency: number;
}

export function transformersDevice(backend: AsrBackend): "webgpu" | "wasm" | "cpu" {
  if (backend === "webgpu") return "webgpu";
  return backend === "node-cpu" ? "cpu" : "wasm";
}

export function wasmThreads(backend: AsrBackend, hardwareConcurrency: number): number {
  return backend === "wasm-threads" ? Math.max(1, Math.min(4, hardwareConcurrency)) : 1;
}

export async function chooseBackend(probe: BackendProbe, failed: ReadonlySet<AsrBackend>): Promise<AsrBackend> {
  if (!failed.has("webgpu") && (await probe.hasWebGpuAdapter().catch(() => false))) return "webgpu";
  if (!failed.has("wasm-threads") && probe.crossOriginIsolated) return "wasm-threads";
  return "wasm";
}

/** Next backend to try after `failed` broke while loading or running. */
export function fallbackAfter(failed: AsrBackend, crossOriginIsolated: boolean): AsrBackend | null {
  if (failed === "webgpu") return crossOriginIsolated ? "wasm-threads" : "wasm";
  if (failed === "wasm-threads") return "wasm";
  return null;
}

interface ProbeScope {
  navigator: { hardwareConcurrency: number; gpu?: { requestAdapter: () => Promise<unknown> } };
  crossOriginIsolated?: boolean;
}

/** Works in a page and in a worker (WorkerNavigator has `gpu` too where WebGPU exists). */
export function browserProbe(scope: ProbeScope): BackendProbe {
  const gpu = scope.navigator.gpu;
  return {
    hasWebGpuAdapter: async () => (gpu ? (await gpu.requestAdapter()) !== null : false),
    crossOriginIsolated: scope.crossOriginIsolated === true,
    hardwareConcurrency: scope.navigator.hardwareConcurrency || 1,
  };
}
