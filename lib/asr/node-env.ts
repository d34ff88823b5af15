/** Points transformers.js at the local model store in Node: no network, ever. */
import { env } from "@huggingface/transformers";

export function pointTransformersAtStore(root: string): void {
  env.localModelPath = root.endsWith("/") ? root : `${root}/`;
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  env.useFSCache = false;
}
