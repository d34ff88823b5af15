/**
 * The organisation's policy, served by the deployment as JSON and validated here: retention, whether
 * cloud analysis is allowed and to which endpoint, and which categories are scrubbed.
 */
import { CopilotError } from "../errors";
import { z } from "zod";
import { CompliancePolicySchema } from "../analysis/rules/compliance-policy";
import { ConsentPolicySchema } from "../session/consent";
import { ATS_CONNECTORS, AtsConnectorIdSchema } from "../ats/debrief";
import { CategorySchema, DEFAULT_SCRUBBED } from "../privacy/categories";

export const PolicySchema = z.object({
  /** Hours a session is kept after it ends; null keeps sessions until deleted. */
  retentionHours: z
    .number()
    .positive()
    .max(24 * 365)
    .nullable()
    .default(24),
  cloudAnalysis: z.boolean().default(true),
  /** Origins the analysis route may call; empty means the server's configured endpoint only. */
  allowedAnalysisEndpoints: z.array(z.url()).default([]),
  scrub: z.array(CategorySchema).default([...DEFAULT_SCRUBBED]),
  /** Minutes without input after which the vault locks itself (never during a recording). */
  autoLockMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  /** The compliance guardrail on the interviewer's questions: on unless turned off; extra topics allowed. */
  compliance: CompliancePolicySchema,
  /** The candidate's consent: whether recording waits for it, and the notice read out. */
  consent: ConsentPolicySchema,
  /**
   * Pushing approved debriefs to the ATS: which connectors may be used (each also needs its
   * credentials on the server) and whether the transcript may go with the debrief (off by default).
   */
  ats: z
    .strictObject({
      connectors: z.array(AtsConnectorIdSchema).default([...ATS_CONNECTORS]),
      includeTranscript: z.boolean().default(false),
    })
    .default({ connectors: [...ATS_CONNECTORS], includeTranscript: false }),
});
export type OrganisationPolicy = z.infer<typeof PolicySchema>;

export const DEFAULT_ORG_POLICY: OrganisationPolicy = PolicySchema.parse({});

export class PolicyError extends CopilotError {
  constructor(readonly problems: string[]) {
    super({ code: "policy_invalid", message: `the organisation policy is invalid: ${problems.join("; ")}` });
    this.name = "PolicyError";
  }
}

export function parsePolicy(json: string): OrganisationPolicy {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new PolicyError([`not JSON (${(error as Error).message})`]);
  }
  const parsed = PolicySchema.safeParse(raw);
  if (!parsed.success)
    throw new PolicyError(parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`));
  return parsed.data;
}

export function retentionMs(policy: OrganisationPolicy): number | null {
  return policy.retentionHours === null ? null : policy.retentionHours * 60 * 60 * 1000;
}

export const OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1";

/**
 * Whether this policy lets transcript windows (scrubbed) go to the given model endpoint. An allowed
 * entry matches the endpoint itself or any path below it.
 */
export function analysisAllowed(
  policy: OrganisationPolicy,
  endpoint: string | undefined,
): { allowed: true } | { allowed: false; reason: string } {
  if (!policy.cloudAnalysis)
    return { allowed: false, reason: "The organisation's policy does not allow cloud analysis." };
  if (policy.allowedAnalysisEndpoints.length === 0) return { allowed: true };
  const target = (endpoint ?? OPENAI_DEFAULT_BASE_URL).replace(/\/+$/, "");
  const ok = policy.allowedAnalysisEndpoints.some((a) => {
    const allowed = a.replace(/\/+$/, "");
    return target === allowed || target.startsWith(`${allowed}/`);
  });
  return ok
    ? { allowed: true }
    : { allowed: false, reason: "The configured analysis endpoint is not one the organisation's policy allows." };
}
