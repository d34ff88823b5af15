import { z } from "zod";
import type { ModelSpec } from "./schema";
import { MANIFEST_FILE } from "./schema";
import { fileUrl, HUB_BASE_URL, type ModelSource } from "./sources";

export const SourceSettingSchema = z.object({
  /** auto: the app's own model folder when it holds the model, else the hub. */
  mode: z.enum(["auto", "self-hosted", "hub"]),
  /** Hub or mirror base URL (same layout as the Hugging Face hub). */
  hubUrl: z.url(),
});
export type SourceSetting = z.infer<typeof SourceSettingSchema>;

export const DEFAULT_SOURCE_SETTING: SourceSetting = { mode: "auto", hubUrl: HUB_BASE_URL };

export function parseSourceSetting(raw: string | null): SourceSetting {
  if (!raw) return DEFAULT_SOURCE_SETTING;
  try {
    return SourceSettingSchema.parse(JSON.parse(raw));
  } catch {
    return DEFAULT_SOURCE_SETTING;
  }
}

export async function resolveSource(
  setting: SourceSetting,
  spec: ModelSpec,
  origin: string,
  fetcher: typeof fetch,
): Promise<ModelSource> {
  const selfHosted: ModelSource = { kind: "self-hosted", baseUrl: `${origin}/models` };
  const hub: ModelSource = { kind: "hub", baseUrl: setting.hubUrl };
  if (setting.mode === "self-hosted") return selfHosted;
  if (setting.mode === "hub") return hub;
  try {
    const response = await fetcher(fileUrl(selfHosted, spec, MANIFEST_FILE), { method: "HEAD" });
    return response.ok ? selfHosted : hub;
  } catch {
    return selfHosted;
  }
}
