import { mkdtemp, mkdir, readFile, rm, writeFile, copyFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importModel, inspectModel, readManifest } from "./node-store";
import type { ModelSpec } from "./schema";
import { SHARED_MODELS_DIR } from "./paths";

const REAL_CONFIG_SHA = "1e53b74fe21af94e1c3e63adf6e6b446dd9a57ed8fb1b0e285283ad7f967cf32";
const spec: ModelSpec = {
  id: "Xenova/bert-base-NER-uncased",
  revision: "main",
  task: "token-classification",
  dtype: "q8",
  purpose: "test",
  licence: "MIT",
  kind: "optional",
  origin: "hub",
  files: [
    { path: "config.json", sha256: REAL_CONFIG_SHA },
    { path: "onnx/model_quantized.onnx", sizeBytes: 5 },
  ],
};

let tmp: string;
let source: string;
let store: string;

beforeEach(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "copilot-store-"));
  source = path.join(tmp, "provided", "Xenova", "bert-base-NER-uncased");
  store = path.join(tmp, "store");
  await mkdir(path.join(source, "onnx"), { recursive: true });
  await copyFile(path.join(SHARED_MODELS_DIR, spec.id, "config.json"), path.join(source, "config.json"));
  await writeFile(path.join(source, "onnx", "model_quantized.onnx"), "12345");
});
afterEach(() => rm(tmp, { recursive: true, force: true }));

describe("model store", () => {
  it("imports a folder whose files match the catalog and records a manifest", async () => {
    const report = await importModel(spec, source, store);
    expect(report.usable).toBe(true);
    expect(report.files.map((f) => f.status)).toEqual(["verified", "recorded"]);
    const manifest = await readManifest(path.join(store, spec.id));
    expect(manifest?.files.map((f) => f.path)).toEqual(["config.json", "onnx/model_quantized.onnx"]);
    expect(existsSync(path.join(store, ".staging"))).toBe(false);
  });

  it("refuses a folder with a tampered file and writes nothing", async () => {
    const config = await readFile(path.join(source, "config.json"), "utf8");
    await writeFile(path.join(source, "config.json"), config.replace("bert", "BERT"));
    await expect(importModel(spec, source, store)).rejects.toThrow(/config.json is corrupt; nothing was written/);
    expect(existsSync(path.join(store, spec.id))).toBe(false);
    expect(existsSync(path.join(store, ".staging"))).toBe(false);
  });

  it("refuses a folder missing a declared file, and a wrong-sized weight file", async () => {
    await rm(path.join(source, "onnx", "model_quantized.onnx"));
    await expect(importModel(spec, source, store)).rejects.toThrow(/onnx\/model_quantized.onnx is missing/);
    await writeFile(path.join(source, "onnx", "model_quantized.onnx"), "123456");
    await expect(importModel(spec, source, store)).rejects.toThrow(/onnx\/model_quantized.onnx is corrupt/);
  });

  it("reports a file changed after import as corrupt against its recorded hash", async () => {
    await importModel(spec, source, store);
    await writeFile(path.join(store, spec.id, "onnx", "model_quantized.onnx"), "54321");
    const report = await inspectModel(spec, store);
    expect(report.files[1]?.status).toBe("corrupt");
    expect(report.usable).toBe(false);
  });
});
