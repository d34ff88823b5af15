import { describe, expect, it } from "vitest";
import { chooseBackend, fallbackAfter, wasmThreads, type AsrBackend } from "./backend";

const probe = (gpu: boolean, isolated: boolean) => ({
  hasWebGpuAdapter: async () => gpu,
  crossOriginIsolated: isolated,
  hardwareConcurrency: 8,
});

describe("backend choice", () => {
  it("prefers WebGPU, then threaded WASM when isolated, then single-threaded WASM", async () => {
    expect(await chooseBackend(probe(true, true), new Set())).toBe("webgpu");
    expect(await chooseBackend(probe(false, true), new Set())).toBe("wasm-threads");
    expect(await chooseBackend(probe(false, false), new Set())).toBe("wasm");
  });

  it("skips a backend that failed earlier in the session, and survives a throwing adapter probe", async () => {
    expect(await chooseBackend(probe(true, true), new Set<AsrBackend>(["webgpu"]))).toBe("wasm-threads");
    const broken = { ...probe(true, false), hasWebGpuAdapter: () => Promise.reject(new Error("no gpu")) };
    expect(await chooseBackend(broken, new Set())).toBe("wasm");
  });

  it("falls back in order and caps threads", () => {
    expect(fallbackAfter("webgpu", true)).toBe("wasm-threads");
    expect(fallbackAfter("webgpu", false)).toBe("wasm");
    expect(fallbackAfter("wasm", true)).toBeNull();
    expect(wasmThreads("wasm-threads", 16)).toBe(4);
    expect(wasmThreads("wasm", 16)).toBe(1);
  });
});
