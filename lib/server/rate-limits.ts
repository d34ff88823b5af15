/**
 * Per-caller limits on the analysis route, through rate-limiter-flexible: requests per minute, and a
 * daily budget of model tokens (estimated before the call: the prompt's size plus the output cap). In
 * memory by default; in Redis when REDIS_URL is set, so several server instances share one limit.
 * A refusal says when to retry.
 */
import { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export const DEFAULT_REQUESTS_PER_MINUTE = 40;
export const DEFAULT_DAILY_TOKENS = 500_000;
const DAY_S = 24 * 60 * 60;

export interface LimitVerdict {
  allowed: boolean;
  /** Seconds until the caller may try again (when refused). */
  retryAfterS: number;
  code: "rate_limited" | "token_budget_exhausted" | null;
}

export interface Limits {
  /** Charges one request and `tokens` of the day's budget to `caller`. */
  charge(caller: string, tokens: number): Promise<LimitVerdict>;
}

const positive = (raw: string | undefined, fallback: number) => {
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : fallback;
};

function refusal(error: unknown, code: LimitVerdict["code"]): LimitVerdict {
  // rate-limiter-flexible rejects with a RateLimiterRes when a limit is reached, an Error when the store fails.
  if (!(error instanceof RateLimiterRes)) throw error;
  return { allowed: false, retryAfterS: Math.max(1, Math.ceil(error.msBeforeNext / 1000)), code };
}

export function createLimits(env: Record<string, string | undefined> = process.env): Limits {
  const perMinute = positive(env.COPILOT_RATE_PER_MINUTE, DEFAULT_REQUESTS_PER_MINUTE);
  const dailyTokens = positive(env.COPILOT_DAILY_TOKENS, DEFAULT_DAILY_TOKENS);
  let requests: RateLimiterAbstract;
  let tokens: RateLimiterAbstract;
  if (env.REDIS_URL) {
    const storeClient = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1, connectTimeout: 2_000 });
    storeClient.on("error", (error: Error) => console.warn(`rate limits: Redis error (${error.message})`));
    requests = new RateLimiterRedis({ storeClient, keyPrefix: "copilot-rpm", points: perMinute, duration: 60 });
    tokens = new RateLimiterRedis({ storeClient, keyPrefix: "copilot-tpd", points: dailyTokens, duration: DAY_S });
  } else {
    requests = new RateLimiterMemory({ keyPrefix: "copilot-rpm", points: perMinute, duration: 60 });
    tokens = new RateLimiterMemory({ keyPrefix: "copilot-tpd", points: dailyTokens, duration: DAY_S });
  }
  return {
    async charge(caller, cost) {
      try {
        await requests.consume(caller, 1);
      } catch (error) {
        return refusal(error, "rate_limited");
      }
      try {
        await tokens.consume(caller, Math.max(1, Math.ceil(cost)));
      } catch (error) {
        return refusal(error, "token_budget_exhausted");
      }
      return { allowed: true, retryAfterS: 0, code: null };
    },
  };
}
