/**
 * The candidate's consent to being transcribed: the notice the interviewer reads out (the
 * organisation's own text, or ours), when the candidate agreed, and when they withdrew. The policy can
 * require consent before recording starts; a withdrawn consent stops recording for good.
 */
import { z } from "zod";

export const ConsentSchema = z.object({
  /** When the interviewer recorded that the candidate was told and agreed (ms since the epoch). */
  at: z.number(),
  /** The words the candidate was told, as they were then. */
  notice: z.string().max(4_000),
  /** Whether the notice said scrubbed excerpts go to the organisation's model. */
  modelAnalysis: z.boolean(),
  withdrawnAt: z.number().nullable().default(null),
});
export type Consent = z.infer<typeof ConsentSchema>;

export const ConsentPolicySchema = z
  .object({
    /** Recording cannot start until consent is recorded. */
    required: z.boolean().default(false),
    /** The organisation's own notice; it replaces the built-in one. */
    notice: z.string().trim().min(1).max(2_000).nullable().default(null),
    /** The model notice's own words, added when model analysis is on; null uses the built-in one. */
    modelNotice: z.string().trim().min(1).max(2_000).nullable().default(null),
  })
  .default({ required: false, notice: null, modelNotice: null });
export type ConsentPolicy = z.infer<typeof ConsentPolicySchema>;

export const DEFAULT_TRANSCRIPTION_NOTICE =
  "This interview is transcribed on my device to help me take notes. The audio is not recorded or sent anywhere, and the transcript stays encrypted on this device.";
export const DEFAULT_MODEL_NOTICE =
  "Short excerpts of the transcript, with names, contact details and other personal data removed, are sent to our organisation's language model for suggested follow-up questions.";

/** What the interviewer tells the candidate, for this interview's analysis mode. */
export function consentNotice(policy: ConsentPolicy, modelAnalysis: boolean): string {
  const base = policy.notice ?? DEFAULT_TRANSCRIPTION_NOTICE;
  return modelAnalysis ? `${base} ${policy.modelNotice ?? DEFAULT_MODEL_NOTICE}` : base;
}

export function recordConsent(policy: ConsentPolicy, modelAnalysis: boolean, now = Date.now()): Consent {
  return { at: now, notice: consentNotice(policy, modelAnalysis), modelAnalysis, withdrawnAt: null };
}

export const withdrawConsent = (consent: Consent, now = Date.now()): Consent =>
  consent.withdrawnAt === null ? { ...consent, withdrawnAt: now } : consent;

export type RecordingGate = { allowed: true } | { allowed: false; reason: string };

/** Whether recording may start now, and in words why not. */
export function recordingGate(policy: ConsentPolicy, consent: Consent | null): RecordingGate {
  if (consent?.withdrawnAt != null)
    return { allowed: false, reason: "The candidate withdrew consent: this interview is no longer recorded." };
  if (policy.required && !consent)
    return {
      allowed: false,
      reason: "Your organisation requires the candidate's consent before recording: record it first.",
    };
  return { allowed: true };
}

/** One line for the review and the exports. */
export function consentSummary(consent: Consent | null, format: (ms: number) => string): string {
  if (!consent) return "No consent recorded";
  const told = consent.modelAnalysis
    ? "transcribed on the interviewer's device; scrubbed excerpts to the organisation's model"
    : "transcribed on the interviewer's device";
  const withdrawn = consent.withdrawnAt !== null ? `; withdrawn ${format(consent.withdrawnAt)}` : "";
  return `Consent recorded ${format(consent.at)} (told: ${told})${withdrawn}`;
}
