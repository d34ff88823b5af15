import type { ModelSpec } from "./schema";

/**
 * Where model files come from. `self-hosted` is the app's own origin (`/models/<id>/<file>`), which an
 * air-gapped organisation fills with `npm run models:import`; `hub` is the Hugging Face hub or any
 * mirror with the same URL layout.
 */
export type ModelSource = { kind: "self-hosted"; baseUrl: string } | { kind: "hub"; baseUrl: string };

export const HUB_BASE_URL = "https://huggingface.co";

export function fileUrl(source: ModelSource, spec: ModelSpec, file: string): string {
  const base = source.baseUrl.replace(/\/+$/, "");
  return source.kind === "hub"
    ? `${base}/${spec.id}/resolve/${encodeURIComponent(spec.revision)}/${file}`
    : `${base}/${spec.id}/${file}`;
}

export function describeSource(source: ModelSource): string {
  return source.kind === "hub" ? `the model hub (${source.baseUrl})` : `this app's model folder (${source.baseUrl})`;
}

/**
 * Cache keys live under a reserved origin that is never fetched: transformers.js is pointed at it
 * (remoteHost), so every file it asks for is answered from our verified cache or not at all.
 */
export const CACHE_ORIGIN = "https://model-cache.invalid";
export const MODEL_CACHE_NAME = "copilot-models-v1";

/**
 * Keyed by model id and file only: transformers.js does not pass the revision to every file it loads.
 * The revision is stored with each entry instead, and an entry of another revision counts as absent.
 */
export function cacheKey(spec: ModelSpec, file: string): string {
  return `${CACHE_ORIGIN}/${spec.id}/${file}`;
}
