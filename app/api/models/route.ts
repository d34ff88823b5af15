/**
 * Which of the declared models the organisation's mirror (this server's model folder) holds, so the
 * Settings screen can say so without probing files that are not there (each 404 is a console error in
 * the browser). Ids only: no paths, sizes or anything else about the server.
 */
import { stat } from "node:fs/promises";
import path from "node:path";
import { MODEL_CATALOG } from "../../../models/catalog";
import { authenticate } from "../../../lib/server/auth/authenticate";
import { failureResponse } from "../../../lib/server/route-failure";

export const dynamic = "force-dynamic";

const modelDir = () => process.env.COPILOT_MODEL_DIR ?? path.join(process.cwd(), "public", "models");

export async function GET(request: Request): Promise<Response> {
  return failureResponse(async () => {
    await authenticate(request);
    return providedModels();
  });
}

async function providedModels(): Promise<Response> {
  const provided: string[] = [];
  for (const spec of MODEL_CATALOG) {
    const weights = spec.files[spec.files.length - 1];
    if (!weights || spec.origin === "npm") continue;
    const found = await stat(path.join(modelDir(), spec.id, weights.path)).then(
      (s) => s.isFile(),
      () => false,
    );
    if (found) provided.push(spec.id);
  }
  return Response.json({ provided }, { headers: { "cache-control": "no-store" } });
}
