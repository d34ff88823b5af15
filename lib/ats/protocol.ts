/** The ATS routes' requests and answers, parsed at both edges (schemas, never casts). */
import { z } from "zod";
import { AtsErrorCodeSchema, RouteErrorCodeSchema } from "../errors";
import { AtsConnectorIdSchema, AtsDebriefSchema } from "./debrief";

export const ATS_PUSH_ROUTE = "/api/ats/push";
export const ATS_STATUS_ROUTE = "/api/ats";
export const ATS_LOOKUP_ROUTE = "/api/ats/lookup";

export const AtsPushRequestSchema = z.strictObject({
  connector: AtsConnectorIdSchema,
  /** The id or link the interviewer gave. */
  record: z.string().min(1).max(500),
  debrief: AtsDebriefSchema,
  /** Derived from the connector, record and debrief (lib/ats/idempotency.ts); checked by the server. */
  key: z.string().regex(/^ic-[0-9a-f]{32}$/),
});
export type AtsPushRequest = z.infer<typeof AtsPushRequestSchema>;

export const AtsLookupRequestSchema = z.strictObject({
  connector: AtsConnectorIdSchema,
  record: z.string().min(1).max(500),
});

const ForwardedSchema = z.array(z.object({ destination: z.string(), body: z.string() })).default([]);

export const AtsResultSchema = z.object({
  externalId: z.string(),
  url: z.string().nullable(),
  existing: z.boolean(),
});

export const AtsPushAnswerSchema = z.union([
  z.object({ ok: z.literal(true), result: AtsResultSchema, forwarded: ForwardedSchema }),
  z.object({
    error: RouteErrorCodeSchema,
    /** Seconds to wait before trying again (429). */
    retryAfterS: z.number().nullable().optional(),
    forwarded: ForwardedSchema,
  }),
]);
export type AtsPushAnswer = z.infer<typeof AtsPushAnswerSchema>;

export const AtsLookupAnswerSchema = z.union([
  z.object({ ok: z.literal(true), id: z.string(), name: z.string(), url: z.string().nullable() }),
  z.object({ error: RouteErrorCodeSchema }),
]);

export const AtsStatusSchema = z.object({
  connectors: z.array(
    z.object({
      id: AtsConnectorIdSchema,
      label: z.string(),
      configured: z.boolean(),
      enabled: z.boolean(),
      recordHint: z.string(),
    }),
  ),
  transcriptAllowed: z.boolean(),
});
export type AtsStatus = z.infer<typeof AtsStatusSchema>;

/** The codes that mean "try again later" (the outbox retries them with backoff); the rest need a person. */
export const TRANSIENT_ATS_CODES: ReadonlySet<string> = new Set([
  AtsErrorCodeSchema.enum.ats_rate_limited,
  AtsErrorCodeSchema.enum.ats_unreachable,
]);
