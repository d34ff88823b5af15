/**
 * npm run models:fetch [model-id ...]
 * Downloads the declared files of the production models (or those named) from the hub, or a mirror in
 * $COPILOT_HUB_URL, into the local model store. Files with a declared sha256 must match it; weight files
 * are checked against the sha256 the hub publishes for them (its LFS object id). Nothing half-written
 * is kept: a model is staged and moved in only when every file checked out.
 */
import { createHash } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { MODEL_CATALOG } from "../models/catalog";
import { writeManifest } from "../lib/models/node-store";
import { LOCAL_MODEL_DIR } from "../lib/models/paths";
import type { ModelSpec } from "../lib/models/schema";
import { fileUrl, HUB_BASE_URL } from "../lib/models/sources";

const hubUrl = process.env.COPILOT_HUB_URL ?? HUB_BASE_URL;
const TreeSchema = z.array(
  z.object({ path: z.string(), size: z.number(), lfs: z.object({ oid: z.string() }).optional() }),
);

async function publishedHashes(spec: ModelSpec): Promise<Map<string, string>> {
  const folders = new Set(spec.files.map((f) => path.posix.dirname(f.path)).filter((d) => d !== "."));
  const hashes = new Map<string, string>();
  for (const folder of folders) {
    const url = `${hubUrl}/api/models/${spec.id}/tree/${encodeURIComponent(spec.revision)}/${folder}`;
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    for (const entry of TreeSchema.parse(await response.json())) if (entry.lfs) hashes.set(entry.path, entry.lfs.oid);
  }
  return hashes;
}

async function fetchModel(spec: ModelSpec): Promise<void> {
  const staging = path.join(LOCAL_MODEL_DIR, ".staging", spec.id);
  await rm(staging, { recursive: true, force: true });
  const published = await publishedHashes(spec);
  for (const file of spec.files) {
    const url = fileUrl({ kind: "hub", baseUrl: hubUrl }, spec, file.path);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const expected = file.sha256 ?? published.get(file.path);
    if (expected && expected !== sha256)
      throw new Error(`${spec.id}/${file.path}: sha256 ${sha256} differs from ${expected}`);
    if (file.sizeBytes !== undefined && file.sizeBytes !== bytes.byteLength) {
      throw new Error(`${spec.id}/${file.path}: ${bytes.byteLength} bytes, expected ${file.sizeBytes}`);
    }
    await mkdir(path.dirname(path.join(staging, file.path)), { recursive: true });
    await writeFile(path.join(staging, file.path), bytes);
    console.log(
      `  ${file.path}: ${(bytes.byteLength / 1e6).toFixed(1)} MB ${expected ? "verified" : "unverified (no published hash)"}`,
    );
  }
  await writeManifest(staging, spec.id, `hub:${hubUrl}`, spec.revision);
  const target = path.join(LOCAL_MODEL_DIR, spec.id);
  await rm(target, { recursive: true, force: true });
  await mkdir(path.dirname(target), { recursive: true });
  await rename(staging, target);
}

const wanted = process.argv.slice(2);
const specs = MODEL_CATALOG.filter(
  (m) => m.origin === "hub" && (wanted.length ? wanted.includes(m.id) : m.kind === "production"),
);
if (specs.length === 0) {
  console.error(`models:fetch: no hub model matches ${wanted.join(", ")}`);
  process.exit(2);
}
let failed = 0;
for (const spec of specs) {
  console.log(`${spec.id} from ${hubUrl}`);
  try {
    await fetchModel(spec);
  } catch (error) {
    failed += 1;
    const cause = (error as Error & { cause?: Error }).cause?.message;
    console.error(`  failed: ${(error as Error).message}${cause ? ` (${cause})` : ""}`);
    console.error(
      "  If this machine cannot reach the hub, download the folder elsewhere and run npm run models:import <dir>.",
    );
  }
}
process.exit(failed > 0 ? 1 : 0);
