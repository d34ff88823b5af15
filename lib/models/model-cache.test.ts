import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CopilotError } from "../errors";
import { ensureModelCached, providedModelProblem, type FileProgress } from "./model-cache";
import type { ModelSpec } from "./schema";
import { cacheKey } from "./sources";

/** Test double for the Cache Storage API (Node has none): real Request/Response semantics. */
class MemoryCache {
  readonly entries = new Map<string, Response>();
  async match(key: RequestInfo | URL) {
    const hit = this.entries.get(String(key));
    return hit?.clone();
  }
  async put(key: RequestInfo | URL, response: Response) {
    this.entries.set(String(key), response.clone());
  }
  async delete(key: RequestInfo | URL) {
    return this.entries.delete(String(key));
  }
}

const weights = new Uint8Array(300_000).map((_, i) => (i * 31) % 251);
const config = new TextEncoder().encode('{"model_type":"whisper"}');
const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

const spec: ModelSpec = {
  id: "acme/tiny",
  revision: "main",
  task: "automatic-speech-recognition",
  dtype: "fp32",
  purpose: "test",
  licence: "MIT",
  kind: "test",
  origin: "hub",
  files: [{ path: "config.json", sha256: sha(config) }, { path: "onnx/model.onnx" }],
};
const source = { kind: "self-hosted" as const, baseUrl: "https://app.example/models" };

function server(files: Record<string, Uint8Array>, manifestHashes = true) {
  const requests: string[] = [];
  const fetcher = async (input: RequestInfo | URL) => {
    const url = String(input);
    requests.push(url);
    if (url.endsWith("copilot-manifest.json")) {
      const listed = Object.entries(files).map(([p, b]) => ({
        path: p,
        size: b.byteLength,
        sha256: manifestHashes ? sha(b) : "0".repeat(64),
      }));
      return Response.json({ id: spec.id, revision: "main", source: "test", createdAt: "2026-01-01", files: listed });
    }
    const file = Object.entries(files).find(([p]) => url.endsWith(`/${p}`));
    if (!file) return new Response("not found", { status: 404 });
    // A stream in several chunks, so progress is reported more than once.
    const bytes = file[1];
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.byteLength; i += 65_536) controller.enqueue(bytes.slice(i, i + 65_536));
        controller.close();
      },
    });
    return new Response(body, { headers: { "content-length": String(bytes.byteLength) } });
  };
  return { fetcher: fetcher as typeof fetch, requests };
}

describe("ensureModelCached", () => {
  it("downloads with per-file byte progress, verifies, caches, and serves the second run from cache", async () => {
    const cache = new MemoryCache();
    const { fetcher, requests } = server({ "config.json": config, "onnx/model.onnx": weights });
    const progress: FileProgress[] = [];
    const deps = { cache: cache as unknown as Cache, fetch: fetcher, isOnline: () => true };
    const integrity = await ensureModelCached(spec, source, deps, (p) => progress.push(p));
    expect(integrity).toEqual({ "config.json": "verified", "onnx/model.onnx": "recorded" });
    const weightEvents = progress.filter((p) => p.file === "onnx/model.onnx" && p.status === "downloading");
    expect(weightEvents.length).toBeGreaterThan(3);
    expect(weightEvents.every((p) => p.total === weights.byteLength)).toBe(true);
    const cached = await cache.match(cacheKey(spec, "onnx/model.onnx"));
    expect(new Uint8Array(await (cached as Response).arrayBuffer())).toEqual(weights);

    const before = requests.length;
    const second: FileProgress[] = [];
    await ensureModelCached(spec, source, { ...deps, isOnline: () => false }, (p) => second.push(p));
    expect(requests.length).toBe(before);
    expect(second.map((p) => p.status)).toEqual(["cached", "cached"]);
  });

  it("rejects bytes that contradict the catalog's sha256 and stores nothing of them", async () => {
    const cache = new MemoryCache();
    const tampered = new TextEncoder().encode('{"model_type":"evil"}');
    const { fetcher } = server({ "config.json": tampered, "onnx/model.onnx": weights });
    const deps = { cache: cache as unknown as Cache, fetch: fetcher, isOnline: () => true };
    const failure = await ensureModelCached(spec, source, deps, () => {}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CopilotError);
    expect((failure as CopilotError).code).toBe("model_corrupt");
    expect((failure as CopilotError).file).toBe("config.json");
    expect(cache.entries.size).toBe(0);
  });

  it("rejects weights that contradict the mirror's recorded hash", async () => {
    const cache = new MemoryCache();
    const { fetcher } = server({ "config.json": config, "onnx/model.onnx": weights }, false);
    const deps = { cache: cache as unknown as Cache, fetch: fetcher, isOnline: () => true };
    await expect(ensureModelCached(spec, source, deps, () => {})).rejects.toMatchObject({
      code: "model_corrupt",
      file: "onnx/model.onnx",
    });
  });

  it("names the missing file, and says offline when the network is off", async () => {
    const { fetcher } = server({ "config.json": config });
    const online = { cache: new MemoryCache() as unknown as Cache, fetch: fetcher, isOnline: () => true };
    await expect(ensureModelCached(spec, source, online, () => {})).rejects.toMatchObject({
      code: "model_missing",
      file: "onnx/model.onnx",
    });
    const offlineFetch = (async () => {
      throw new TypeError("Failed to fetch");
    }) as typeof fetch;
    const offline = { cache: new MemoryCache() as unknown as Cache, fetch: offlineFetch, isOnline: () => false };
    await expect(ensureModelCached(spec, source, offline, () => {})).rejects.toMatchObject({
      code: "model_offline",
      file: "config.json",
    });
  });

  it("tells a model the organisation did not provide from one that is provided but unusable", async () => {
    const absent = server({});
    const notProvided = await ensureModelCached(
      spec,
      source,
      { cache: new MemoryCache() as unknown as Cache, fetch: absent.fetcher, isOnline: () => true },
      () => {},
    ).catch((e: unknown) => e);
    expect(providedModelProblem(notProvided)).toBeNull();

    const tampered = server({ "config.json": new TextEncoder().encode("{}"), "onnx/model.onnx": weights });
    const corrupt = await ensureModelCached(
      spec,
      source,
      { cache: new MemoryCache() as unknown as Cache, fetch: tampered.fetcher, isOnline: () => true },
      () => {},
    ).catch((e: unknown) => e);
    expect(providedModelProblem(corrupt)).toMatch(/config\.json .* does not match its expected size or sha256/);
    expect(providedModelProblem(new Error("Protobuf parsing failed"))).toBe("Protobuf parsing failed");
  });
});
