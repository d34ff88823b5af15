/**
 * The organisation policy as the server reads it: the same JSON file the deployment serves to the app
 * (`public/policy.json`, or COPILOT_POLICY_FILE). An unreadable or invalid file denies cloud analysis:
 * a broken policy must not widen what leaves the device.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_ORG_POLICY, parsePolicy, type OrganisationPolicy } from "./policy";

export async function serverPolicy(env: Record<string, string | undefined> = process.env): Promise<OrganisationPolicy> {
  const file = env.COPILOT_POLICY_FILE ?? path.join(process.cwd(), "public", "policy.json");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && env.COPILOT_POLICY_FILE === undefined)
      return DEFAULT_ORG_POLICY;
    return { ...DEFAULT_ORG_POLICY, cloudAnalysis: false };
  }
  try {
    return parsePolicy(text);
  } catch {
    return { ...DEFAULT_ORG_POLICY, cloudAnalysis: false };
  }
}
