/**
 * What the ATS routes share: who may call (the same door as every route), a per-caller limit on
 * pushes, and failures as typed JSON bodies that never carry a vendor URL or key.
 */
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { RouteErrorCode } from "../errors";
import { RouteFailure } from "../server/request-guard";
import { AtsError } from "./http";

/** Pushes and lookups per caller per minute: far above an interviewer's, far below a script's flood. */
export const ATS_CALLS_PER_MINUTE = 30;
/** The largest push body: a debrief with a two-hour transcript fits. */
export const ATS_BODY_LIMIT = 2 * 1024 * 1024;

const limiter = new RateLimiterMemory({ points: ATS_CALLS_PER_MINUTE, duration: 60, keyPrefix: "ats" });

export async function chargeAtsCall(caller: string): Promise<void> {
  try {
    await limiter.consume(caller);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new RouteFailure(429, "rate_limited");
    throw error;
  }
}

export function atsFailure(error: unknown, forwarded: { destination: string; body: string }[] = []): Response {
  const headers = { "cache-control": "no-store" };
  if (error instanceof RouteFailure)
    return Response.json({ error: error.code, forwarded }, { status: error.status, headers });
  if (error instanceof AtsError) {
    const status: Record<string, number> = {
      ats_not_configured: 503,
      ats_not_enabled: 403,
      ats_bad_key: 502,
      ats_forbidden: 502,
      ats_not_found: 404,
      ats_invalid: 422,
      ats_rate_limited: 429,
      ats_unreachable: 504,
    };
    const code: RouteErrorCode = error.atsCode;
    return Response.json(
      { error: code, retryAfterS: error.retryAfterS, forwarded },
      {
        status: status[code] ?? 502,
        headers: error.retryAfterS ? { ...headers, "retry-after": String(error.retryAfterS) } : headers,
      },
    );
  }
  // Not ours: logged by class only (a vendor's message could hold anything), answered as unreachable.
  console.warn(`ats push failed: ${error instanceof Error ? error.name : typeof error}`);
  return Response.json({ error: "ats_unreachable", forwarded }, { status: 502, headers });
}
