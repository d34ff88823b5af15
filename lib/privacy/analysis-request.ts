import { z } from "zod";
import { RouteErrorCodeSchema } from "../errors";

/** What the device sends for analysis: every field is scrubbed text. Parsed again at the server edge. */
export const AnalysisRequestSchema = z.strictObject({
  window: z.string().max(8_000),
  question: z.string().max(2_000).optional(),
  role: z.string().max(500).optional(),
  jobDescription: z.string().max(4_000).optional(),
  questionPlan: z.array(z.string().max(500)).max(50).optional(),
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

const ForwardedSchema = z.array(z.object({ destination: z.string(), body: z.string() })).default([]);

/** One NDJSON line of the analysis route's streamed answer. */
export const AnalysisRouteLineSchema = z.union([
  z.object({ insight: ModelInsightSchema }),
  z.object({ done: z.literal(true), forwarded: ForwardedSchema }),
  z.object({ error: RouteErrorCodeSchema, forwarded: ForwardedSchema }),
]);

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
