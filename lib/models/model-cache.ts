/**
 * Browser/worker model delivery: download each declared file once, with byte progress, check it against
 * the catalog's sha256 (or the hash recorded in the source's manifest), and keep it in Cache Storage so
 * later runs work offline. Nothing unverifiable-and-contradicted is ever stored.
 */
import { CopilotError } from "../errors";
import { MANIFEST_FILE, ModelManifestSchema, type ModelManifest, type ModelSpec } from "./schema";
import { cacheKey, describeSource, fileUrl, type ModelSource } from "./sources";
import { judgeFile, toHex, type FileIntegrity } from "./verify";

export interface FileProgress {
  file: string;
  loaded: number;
  /** Total bytes when known (from the catalog, the manifest or Content-Length). */
  total: number | null;
  status: "cached" | "downloading" | "done";
  integrity?: FileIntegrity;
}

export interface CacheDeps {
  cache: Cache;
  fetch: typeof fetch;
  isOnline: () => boolean;
}

const SHA_HEADER = "x-copilot-sha256";
const INTEGRITY_HEADER = "x-copilot-integrity";
const REVISION_HEADER = "x-copilot-revision";

async function readManifest(deps: CacheDeps, source: ModelSource, spec: ModelSpec): Promise<ModelManifest | null> {
  if (source.kind !== "self-hosted") return null;
  try {
    const response = await deps.fetch(fileUrl(source, spec, MANIFEST_FILE));
    if (!response.ok) return null;
    return ModelManifestSchema.parse(await response.json());
  } catch {
    // No manifest (or offline): files are still checked against the catalog where it has hashes.
    return null;
  }
}

async function readWithProgress(
  response: Response,
  onBytes: (loaded: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    onBytes(loaded);
  }
  const out = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function missing(spec: ModelSpec, source: ModelSource, file: string, url: string, deps: CacheDeps, why: string) {
  const offline = !deps.isOnline();
  return new CopilotError({
    code: offline ? "model_offline" : "model_missing",
    file,
    url,
    message: offline
      ? `${spec.id}: ${file} is not on this device and the network is off. Connect once to download it, or ask your administrator to import the model.`
      : `${spec.id}: ${file} could not be downloaded from ${describeSource(source)} (${why}).`,
  });
}

/** Ensures every declared file of `spec` is in the cache; returns the integrity of each. */
export async function ensureModelCached(
  spec: ModelSpec,
  source: ModelSource,
  deps: CacheDeps,
  onProgress: (p: FileProgress) => void,
): Promise<Record<string, FileIntegrity>> {
  const result: Record<string, FileIntegrity> = {};
  const pending = [];
  for (const declared of spec.files) {
    const hit = await deps.cache.match(cacheKey(spec, declared.path));
    if (hit && hit.headers.get(REVISION_HEADER) === spec.revision) {
      const size = Number(hit.headers.get("content-length") ?? 0);
      result[declared.path] = (hit.headers.get(INTEGRITY_HEADER) as FileIntegrity | null) ?? "unverified";
      onProgress({
        file: declared.path,
        loaded: size,
        total: size,
        status: "cached",
        integrity: result[declared.path],
      });
    } else {
      pending.push(declared);
    }
  }
  if (pending.length === 0) return result;

  const manifest = await readManifest(deps, source, spec);
  for (const declared of pending) {
    const url = fileUrl(source, spec, declared.path);
    const recorded = manifest?.files.find((f) => f.path === declared.path);
    let response: Response;
    try {
      response = await deps.fetch(url);
    } catch (error) {
      throw missing(spec, source, declared.path, url, deps, (error as Error).message);
    }
    if (!response.ok) throw missing(spec, source, declared.path, url, deps, `HTTP ${response.status}`);
    const lengthHeader = Number(response.headers.get("content-length") ?? NaN);
    const total = declared.sizeBytes ?? recorded?.size ?? (Number.isFinite(lengthHeader) ? lengthHeader : null);
    onProgress({ file: declared.path, loaded: 0, total, status: "downloading" });
    const bytes = await readWithProgress(response, (loaded) =>
      onProgress({ file: declared.path, loaded, total, status: "downloading" }),
    );
    const sha256 = toHex(await crypto.subtle.digest("SHA-256", bytes));
    const integrity = judgeFile(declared, { size: bytes.byteLength, sha256 }, recorded);
    if (integrity === "corrupt") {
      throw new CopilotError({
        code: "model_corrupt",
        file: declared.path,
        url,
        message: `${spec.id}: ${declared.path} from ${describeSource(source)} does not match its expected size or sha256; it was not kept. Re-import the model or check the mirror.`,
      });
    }
    await deps.cache.put(
      cacheKey(spec, declared.path),
      new Response(bytes, {
        headers: {
          "content-length": String(bytes.byteLength),
          [SHA_HEADER]: sha256,
          [INTEGRITY_HEADER]: integrity,
          [REVISION_HEADER]: spec.revision,
        },
      }),
    );
    result[declared.path] = integrity;
    onProgress({ file: declared.path, loaded: bytes.byteLength, total: bytes.byteLength, status: "done", integrity });
  }
  return result;
}

/**
 * Why a model the organisation may provide could not be used, in words; null when it is simply not
 * provided (the mirror answers 404): that is a deployment's choice, not a fault.
 */
export function providedModelProblem(error: unknown): string | null {
  if (error instanceof CopilotError && error.code === "model_missing") return null;
  return error instanceof Error ? error.message : String(error);
}

/** Which declared files are already on this device (for the settings screen). */
export async function cachedFiles(spec: ModelSpec, cache: Cache): Promise<string[]> {
  const present = [];
  for (const f of spec.files) if (await cache.match(cacheKey(spec, f.path))) present.push(f.path);
  return present;
}

export async function evictModel(spec: ModelSpec, cache: Cache): Promise<void> {
  for (const f of spec.files) await cache.delete(cacheKey(spec, f.path));
}
