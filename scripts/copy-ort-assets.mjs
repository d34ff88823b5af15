// Serves ONNX Runtime's WASM from our own origin (no CDN), from the copy transformers.js itself depends
// on: its version differs from the top-level onnxruntime-web and the two must match.
import { copyFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const transformersDir = path.dirname(path.dirname(require.resolve("@huggingface/transformers")));
// Resolve as transformers.js does: its nested copy when npm kept one, else the hoisted one.
const ortEntry = createRequire(path.join(transformersDir, "package.json")).resolve("onnxruntime-web");
const nested = path.dirname(ortEntry);
const target = path.join(process.cwd(), "public", "ort");
await mkdir(target, { recursive: true });
for (const file of ["ort-wasm-simd-threaded.asyncify.mjs", "ort-wasm-simd-threaded.asyncify.wasm"]) {
  await copyFile(path.join(nested, file), path.join(target, file));
}
console.log(`copied ONNX Runtime WASM to ${path.relative(process.cwd(), target)}`);

// Silero VAD ships inside @ricky0123/vad-web; the app serves it from its own origin.
const vadDir = path.join(path.dirname(path.dirname(require.resolve("@ricky0123/vad-web"))), "dist");
const vadTarget = path.join(process.cwd(), "public", "vad");
await mkdir(vadTarget, { recursive: true });
await copyFile(path.join(vadDir, "silero_vad_v5.onnx"), path.join(vadTarget, "silero_vad_v5.onnx"));
console.log(`copied Silero VAD to ${path.relative(process.cwd(), vadTarget)}`);
