/**
 * The organisation's compliance policy as stored and validated: apart from the topics' patterns, so the
 * settings and the policy schema do not compile every language's regular expressions on the main thread
 * (decision 119).
 */
import { z } from "zod";

/** Organisation policy: turn the guardrail off, or add topics of its own (patterns as strings). */
export const CompliancePolicySchema = z
  .object({
    enabled: z.boolean().default(true),
    extraTopics: z
      .array(
        z
          .object({
            id: z.string().min(1).max(60),
            label: z.string().min(1).max(120),
            patterns: z.array(z.string().min(1).max(300)).min(1).max(20),
            instead: z.string().min(1).max(500),
          })
          .strict(),
      )
      .max(50)
      .default([]),
  })
  .strict()
  .default({ enabled: true, extraTopics: [] });
export type CompliancePolicy = z.infer<typeof CompliancePolicySchema>;
