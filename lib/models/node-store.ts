/** Node side of the model store: hashing, manifests, inspection and import of model folders. */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { MANIFEST_FILE, ModelManifestSchema, type ModelManifest, type ModelSpec } from "./schema";
import { judgeFile, type FileIntegrity } from "./verify";

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(dir, rel)));
    else if (entry.isFile() && rel !== MANIFEST_FILE) out.push(rel);
  }
  return out.sort();
}

export async function writeManifest(
  dir: string,
  id: string,
  source: string,
  revision = "generated",
): Promise<ModelManifest> {
  const files = [];
  for (const rel of await listFiles(dir)) {
    const full = path.join(dir, rel);
    files.push({ path: rel, size: (await stat(full)).size, sha256: await sha256File(full) });
  }
  const manifest: ModelManifest = { id, revision, source, createdAt: new Date().toISOString(), files };
  await writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export async function readManifest(dir: string): Promise<ModelManifest | null> {
  try {
    return ModelManifestSchema.parse(JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), "utf8")));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new Error(`${path.join(dir, MANIFEST_FILE)} is unreadable: ${(error as Error).message}`);
  }
}

export interface FileReport {
  path: string;
  status: FileIntegrity;
  size: number | null;
}

export interface ModelReport {
  spec: ModelSpec;
  dir: string;
  files: FileReport[];
  /** Every declared file present and none contradicting a known hash. */
  usable: boolean;
  bytes: number;
}

export async function inspectModel(spec: ModelSpec, root: string): Promise<ModelReport> {
  const dir = path.join(root, spec.id);
  const manifest = await readManifest(dir).catch(() => null);
  const files: FileReport[] = [];
  for (const declared of spec.files) {
    const full = path.join(dir, declared.path);
    const facts = await stat(full).then(
      async (s) => ({ size: s.size, sha256: await sha256File(full) }),
      () => null,
    );
    const recorded = manifest?.files.find((f) => f.path === declared.path);
    files.push({ path: declared.path, status: judgeFile(declared, facts, recorded), size: facts?.size ?? null });
  }
  const usable = files.every((f) => f.status !== "missing" && f.status !== "corrupt");
  return { spec, dir, files, usable, bytes: files.reduce((s, f) => s + (f.size ?? 0), 0) };
}

/**
 * Copies an organisation-provided model folder into the store. Every declared file must be there and
 * match its declared hash; the copy goes to a staging folder first so a failed import leaves nothing.
 */
export async function importModel(spec: ModelSpec, sourceDir: string, root: string): Promise<ModelReport> {
  const stagingRoot = path.join(root, ".staging");
  try {
    return await importVia(spec, sourceDir, root, stagingRoot);
  } finally {
    await rm(stagingRoot, { recursive: true, force: true });
  }
}

async function importVia(spec: ModelSpec, sourceDir: string, root: string, stagingRoot: string): Promise<ModelReport> {
  const staging = path.join(stagingRoot, spec.id);
  await mkdir(path.dirname(staging), { recursive: true });
  await cp(sourceDir, staging, { recursive: true });
  const report = await inspectModel(spec, stagingRoot);
  const bad = report.files.filter((f) => f.status === "missing" || f.status === "corrupt");
  if (bad.length > 0) {
    throw new Error(
      `cannot import ${spec.id} from ${sourceDir}: ${bad.map((f) => `${f.path} is ${f.status}`).join(", ")}; nothing was written`,
    );
  }
  await writeManifest(staging, spec.id, `import:${path.resolve(sourceDir)}`, spec.revision);
  const target = path.join(root, spec.id);
  await rm(target, { recursive: true, force: true });
  await mkdir(path.dirname(target), { recursive: true });
  await rename(staging, target);
  return inspectModel(spec, root);
}
