import { z } from "zod";
import { RouteErrorCodeSchema } from "../errors";
import { LanguageSchema } from "../language";

/** What the device sends for analysis: every field is scrubbed text. Parsed again at the server edge. */
export const AnalysisRequestSchema = z.strictObject({
  /**
   * "insights" (the default): live cards for the newest window. "summary": one part of the debrief's
   * summary, a chunk of a finished interview with the competencies to find evidence for.
   */
  task: z.enum(["insights", "summary"]).optional(),
  window: z.string().max(8_000),
  question: z.string().max(2_000).optional(),
  role: z.string().max(500).optional(),
  jobDescription: z.string().max(4_000).optional(),
  questionPlan: z.array(z.string().max(500)).max(50).optional(),
  /** The summary's competencies (the plan's topics, else the job description's skills). */
  competencies: z.array(z.string().max(300)).max(50).optional(),
  /** Which chunk of the interview this window is ("part 3 of 12"). */
  part: z.strictObject({ index: z.number().int().min(1).max(500), of: z.number().int().min(1).max(500) }).optional(),
  /** The interview's language: the model answers in it (absent: English). */
  language: LanguageSchema.optional(),
});
export type AnalysisRequest = z.infer<typeof AnalysisRequestSchema>;

export const InsightTypeSchema = z.enum([
  "insight",
  "question",
  "fact_check",
  "warning",
  "highlight",
  "sentiment",
  "compliance",
]);
export const ModelInsightSchema = z.object({
  type: InsightTypeSchema,
  priority: z.enum(["high", "medium", "low"]),
  title: z.string().max(200),
  content: z.string().max(1_000),
  /** The window line the insight rests on ("L3"); on the device, the segment id it resolves to. */
  segment: z.string().max(200).optional(),
});
export type ModelInsight = z.infer<typeof ModelInsightSchema>;
export const AnalysisReplySchema = z.object({ insights: z.array(ModelInsightSchema).max(20) });
export type AnalysisReply = z.infer<typeof AnalysisReplySchema>;

/**
 * The model's summary of one chunk: evidence per competency, each resting on a window line ("L3"), and
 * what is still open. The device maps the references to segments and merges the chunks.
 */
export const SummaryChunkSchema = z.object({
  overview: z.string().max(1_500),
  evidence: z
    .array(
      z.object({
        competency: z.string().max(300),
        stance: z.enum(["for", "against"]),
        point: z.string().max(500),
        segment: z.string().max(200),
      }),
    )
    .max(40),
  openQuestions: z.array(z.object({ competency: z.string().max(300), question: z.string().max(500) })).max(20),
});
export type SummaryChunk = z.infer<typeof SummaryChunkSchema>;

const ForwardedSchema = z.array(z.object({ destination: z.string(), body: z.string() })).default([]);

/** One NDJSON line of the analysis route's streamed answer. */
export const AnalysisRouteLineSchema = z.union([
  z.object({ insight: ModelInsightSchema }),
  z.object({ summary: SummaryChunkSchema }),
  z.object({ done: z.literal(true), forwarded: ForwardedSchema }),
  z.object({ error: RouteErrorCodeSchema, forwarded: ForwardedSchema }),
]);

export type AnalysisRouteLine = z.infer<typeof AnalysisRouteLineSchema>;

/** The analysis route's answer when it fails before streaming (a plain JSON body with a status code). */
export const RouteErrorBodySchema = z.object({
  error: RouteErrorCodeSchema,
  reason: z.string().nullable().optional(),
  forwarded: ForwardedSchema,
});
export type RouteErrorBody = z.infer<typeof RouteErrorBodySchema>;

/** GET /api/analyze: whether a model is configured and allowed (never the key or the URL). */
export const AnalysisServerStatusSchema = z.object({
  configured: z.boolean(),
  allowed: z.boolean(),
  reason: z.string().nullable(),
});
export type AnalysisServerStatus = z.infer<typeof AnalysisServerStatusSchema>;
