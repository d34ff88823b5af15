import path from "node:path";
import { fileURLToPath } from "node:url";

/** Repository root, resolved from this file so scripts and tests agree wherever they run from. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/**
 * The local model store. It is also what the app serves as the organisation's self-hosted mirror
 * (`/models/<id>/...`), so a folder imported here works for the CLI, the tests and the browser alike.
 */
export const LOCAL_MODEL_DIR = process.env.COPILOT_MODEL_DIR ?? path.join(REPO_ROOT, "public", "models");

/** Real configs and tokenizers provided beside the repository (no weights). */
export const SHARED_MODELS_DIR = process.env.COPILOT_SHARED_MODELS ?? path.join(REPO_ROOT, "..", "shared", "models");
