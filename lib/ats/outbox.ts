/**
 * The ATS outbox, on the device: each approved push, as previewed, waits in the session's encrypted
 * record until the organisation's server confirms it, and is retried with backoff while the network
 * or the server is away. Pure: the runner (app/session) reads and writes the vault around it.
 */
import { z } from "zod";
import { AtsErrorCodeSchema } from "../errors";
import { AtsConnectorIdSchema, AtsDebriefSchema } from "./debrief";

export const AtsPushSchema = z.object({
  key: z.string(),
  connector: AtsConnectorIdSchema,
  /** The id or link as the interviewer gave it, and the id read from it. */
  record: z.string(),
  recordId: z.string(),
  debrief: AtsDebriefSchema,
  /** Exactly what the interviewer saw. */
  preview: z.string(),
  createdAt: z.number(),
  status: z.enum(["pending", "sent", "failed"]),
  attempts: z.number().int().nonnegative(),
  nextAttemptAt: z.number(),
  result: z.object({ externalId: z.string(), url: z.string().nullable() }).nullable(),
  error: z.object({ code: z.union([AtsErrorCodeSchema, z.string()]), message: z.string() }).nullable(),
});
export type AtsPush = z.infer<typeof AtsPushSchema>;

export const SessionAtsSchema = z.object({
  /** The ATS record the session is linked to (setup or debrief), as given. */
  record: z.string().max(500).default(""),
  pushes: z.array(AtsPushSchema).max(50).default([]),
});
export type SessionAts = z.infer<typeof SessionAtsSchema>;

/** Waits after the 1st, 2nd, … failed attempt; the last repeats. */
export const BACKOFF_MS = [5_000, 30_000, 2 * 60_000, 10 * 60_000, 60 * 60_000] as const;

export function backoffMs(attempts: number): number {
  return BACKOFF_MS[Math.min(Math.max(attempts - 1, 0), BACKOFF_MS.length - 1)] ?? 60 * 60_000;
}

/** A new push, due now. A push with the same key already there is kept as it is (once is once). */
export function enqueue(
  ats: SessionAts,
  push: Omit<AtsPush, "status" | "attempts" | "nextAttemptAt" | "result" | "error">,
  now: number,
): SessionAts {
  if (ats.pushes.some((p) => p.key === push.key && p.status !== "failed")) return ats;
  const fresh: AtsPush = { ...push, status: "pending", attempts: 0, nextAttemptAt: now, result: null, error: null };
  return { ...ats, pushes: [...ats.pushes.filter((p) => p.key !== push.key), fresh] };
}

export const duePushes = (ats: SessionAts, now: number) =>
  ats.pushes.filter((p) => p.status === "pending" && p.nextAttemptAt <= now);

export type AttemptOutcome =
  | { kind: "sent"; externalId: string; url: string | null }
  /** Worth trying again later: offline, rate limited, the server or the ATS away. */
  | { kind: "later"; code: string; message: string; retryAfterS?: number | null }
  /** Needs a person: bad key, not found, permissions, not configured, refused content. */
  | { kind: "failed"; code: string; message: string };

export function afterAttempt(ats: SessionAts, key: string, outcome: AttemptOutcome, now: number): SessionAts {
  return {
    ...ats,
    pushes: ats.pushes.map((p): AtsPush => {
      if (p.key !== key) return p;
      const attempts = p.attempts + 1;
      if (outcome.kind === "sent")
        return {
          ...p,
          attempts,
          status: "sent",
          result: { externalId: outcome.externalId, url: outcome.url },
          error: null,
        };
      const error = { code: outcome.code, message: outcome.message };
      if (outcome.kind === "failed") return { ...p, attempts, status: "failed", error };
      const wait = Math.max(backoffMs(attempts), (outcome.retryAfterS ?? 0) * 1000);
      return { ...p, attempts, status: "pending", nextAttemptAt: now + wait, error };
    }),
  };
}

/** A failed push tried again on the interviewer's word: due now. */
export function retryNow(ats: SessionAts, key: string, now: number): SessionAts {
  return {
    ...ats,
    pushes: ats.pushes.map((p) =>
      p.key === key && p.status === "failed" ? { ...p, status: "pending", nextAttemptAt: now } : p,
    ),
  };
}

/** The one line the session list shows. */
export function outboxSummary(
  ats: SessionAts | null,
): { state: "pending" | "sent" | "failed"; text: string; url: string | null } | null {
  const last = ats?.pushes.at(-1);
  if (!last) return null;
  if (last.status === "sent")
    return {
      state: "sent",
      text: `Sent to ${last.connector} (id ${last.result?.externalId ?? "?"})`,
      url: last.result?.url ?? null,
    };
  if (last.status === "failed")
    return { state: "failed", text: `Not sent to ${last.connector}: ${last.error?.message ?? "failed"}`, url: null };
  return {
    state: "pending",
    text: `Waiting to send to ${last.connector}${last.error ? ` (${last.error.message})` : ""}`,
    url: null,
  };
}
