import { z } from "zod";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "sha256 must be 64 lowercase hex digits");

export const ModelFileSchema = z.object({
  path: z.string().min(1),
  /** Exact size in bytes where known; absent where the publisher gives none we could check. */
  sizeBytes: z.number().int().positive().optional(),
  sha256: sha256.optional(),
});
export type ModelFile = z.infer<typeof ModelFileSchema>;

export const ModelSpecSchema = z.object({
  id: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "model id must be owner/name"),
  revision: z.string().min(1),
  task: z.enum([
    "automatic-speech-recognition",
    "token-classification",
    "text-classification",
    "voice-activity-detection",
  ]),
  /** transformers.js dtype, which picks the ONNX file suffix (fp32: none, q8: _quantized). */
  dtype: z.enum(["fp32", "fp16", "q8", "q4"]),
  purpose: z.string(),
  licence: z.string(),
  kind: z.enum(["production", "optional", "test"]),
  /** Where the bytes come from: the hub (or the organisation's mirror), or an npm package we ship. */
  origin: z.enum(["hub", "npm", "generated"]),
  files: z.array(ModelFileSchema).min(1),
  /** Speech models only: transcribes many languages, told which (or detecting it); absent = English only. */
  multilingual: z.boolean().optional(),
});
export type ModelSpec = z.infer<typeof ModelSpecSchema>;

/** `copilot-manifest.json`, written beside a model by models:fetch, models:import and the generator. */
export const ModelManifestSchema = z.object({
  id: z.string(),
  revision: z.string(),
  source: z.string(),
  createdAt: z.string(),
  files: z.array(z.object({ path: z.string(), size: z.number().int().nonnegative(), sha256 })),
});
export type ModelManifest = z.infer<typeof ModelManifestSchema>;

export const MANIFEST_FILE = "copilot-manifest.json";
