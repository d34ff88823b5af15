/** Silero VAD in Node (CLI, tests, benchmarks): onnxruntime-node and the model file from the npm package. */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import * as ort from "onnxruntime-node";
import { SileroVad, type OrtLike } from "./silero";

export function sileroModelPath(): string {
  const require = createRequire(import.meta.url);
  const pkgDir = path.dirname(path.dirname(require.resolve("@ricky0123/vad-web")));
  return path.join(pkgDir, "dist", "silero_vad_v5.onnx");
}

export async function createNodeVad(): Promise<SileroVad> {
  const model = new Uint8Array(await readFile(sileroModelPath()));
  return SileroVad.create(ort as unknown as OrtLike, model, { intraOpNumThreads: 1 });
}
