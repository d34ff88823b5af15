import path from "node:path";
import { REPO_ROOT } from "./models/paths";

/** ../shared/audio beside the repository: real and synthesized speech with reference transcripts. */
export const SHARED_AUDIO_DIR = process.env.COPILOT_SHARED_AUDIO ?? path.join(REPO_ROOT, "..", "shared", "audio");
