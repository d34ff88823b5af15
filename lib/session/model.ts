/**
 * What one interview session is made of, as stored in the vault, shared between devices and exported:
 * its setup, transcript, insights with the interviewer's marks on them, notes and marked moments, and
 * the outbound log. Schemas at the edges: everything read back (a share file, a vault record) is parsed.
 */
import { z } from "zod";
import { InsightSchema } from "../analysis/insight";
import { ConsentSchema } from "./consent";
import { ModelSummarySchema } from "../analytics/model-summary";
import { ScorecardSchema } from "./scorecard";
import { SessionAtsSchema } from "../ats/outbox";
import { SegmentSchema } from "../transcript/segment";
import { LanguageSchema } from "../language";

export const AnalysisModeSchema = z.enum(["local", "model"]);
export type AnalysisMode = z.infer<typeof AnalysisModeSchema>;

export const SessionInfoSchema = z.object({
  id: z.string().min(1),
  candidate: z.string(),
  role: z.string(),
  jobDescription: z.string().default(""),
  questionPlan: z.array(z.string()).default([]),
  analysisMode: AnalysisModeSchema.default("model"),
  /** The built-in sample interview (played back, not recorded). */
  sample: z.boolean().default(false),
  createdAt: z.number(),
  endedAt: z.number().nullable(),
  /** Milliseconds kept after the end; null keeps it until deleted. */
  retentionMs: z.number().nullable(),
  /** The candidate's consent to transcription, when the interviewer recorded it. */
  consent: ConsentSchema.nullable().default(null),
  /** The interview's planned length (setup), for the time-is-short nudge. */
  plannedMinutes: z.number().int().min(5).max(480).nullable().default(null),
  /** The interviewer's ratings and recommendation (the debrief). */
  scorecard: ScorecardSchema.nullable().default(null),
  /** The debrief's summary by the language model, when the interviewer asked for one. */
  modelSummary: ModelSummarySchema.nullable().default(null),
  /** The ATS record the session is linked to, and its pushes (the outbox). */
  ats: SessionAtsSchema.nullable().default(null),
  /** The interview's language: transcription, scrubbing, local insights and the model's answers follow it. */
  language: LanguageSchema.default("en"),
  /** Transcription detects the language of each utterance (multilingual models); `language` is the first guess. */
  detectLanguage: z.boolean().default(false),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** The interviewer's own marks on a card. */
export const InsightFlagsSchema = z.object({
  pinned: z.boolean().default(false),
  dismissed: z.boolean().default(false),
  asked: z.boolean().default(false),
});
export type InsightFlags = z.infer<typeof InsightFlagsSchema>;
export const NO_FLAGS: InsightFlags = { pinned: false, dismissed: false, asked: false };

export const StoredInsightSchema = InsightSchema.extend({ flags: InsightFlagsSchema.default(NO_FLAGS) });
export type StoredInsight = z.infer<typeof StoredInsightSchema>;

/** A note typed during the interview, or a marked moment (a note without text). */
export const NoteSchema = z.object({
  id: z.string(),
  kind: z.enum(["note", "mark"]),
  atMs: z.number().nonnegative(),
  text: z.string().max(5_000),
});
export type Note = z.infer<typeof NoteSchema>;

export const OutboundEntrySchema = z.object({ at: z.string(), destination: z.string(), body: z.string() });

export const PlanItemSchema = z.object({ item: z.string(), covered: z.boolean() });
export type PlanItem = z.infer<typeof PlanItemSchema>;

/** A whole session: what a share file carries and what the JSON export writes. */
export const SessionDataSchema = z.object({
  info: SessionInfoSchema,
  segments: z.array(SegmentSchema),
  insights: z.array(StoredInsightSchema),
  notes: z.array(NoteSchema),
  outbound: z.array(OutboundEntrySchema).default([]),
  plan: z.array(PlanItemSchema).default([]),
});
export type SessionData = z.infer<typeof SessionDataSchema>;

/**
 * An interrupted session that is never reopened must expire too: without an end, it counts as ended
 * this long after it began (longer than any interview).
 */
export const MAX_INTERVIEW_MS = 12 * 60 * 60 * 1000;

export function expiresAt(info: Pick<SessionInfo, "createdAt" | "endedAt" | "retentionMs">): number | null {
  if (info.retentionMs === null) return null;
  return (info.endedAt ?? info.createdAt + MAX_INTERVIEW_MS) + info.retentionMs;
}

export function newSessionId(now = Date.now()): string {
  const random = (crypto.getRandomValues(new Uint32Array(1))[0] ?? 0).toString(36);
  return `s${now.toString(36)}${random}`;
}
