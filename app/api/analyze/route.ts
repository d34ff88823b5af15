import {
  analyzeWithLlm,
  MalformedModelOutput,
  ModelTimeout,
  type Forwarded,
} from "../../../lib/analysis/analyze-with-llm";
import { summarizeWithLlm } from "../../../lib/analysis/summarize-with-llm";
import { authenticate, type Caller } from "../../../lib/server/auth/authenticate";
import { createLimits, type Limits } from "../../../lib/server/rate-limits";
import { readBoundedJson, RouteFailure } from "../../../lib/server/request-guard";
import { llmConfig } from "../../../lib/analysis/server-config";
import type { RouteErrorCode } from "../../../lib/errors";
import {
  AnalysisRequestSchema,
  type AnalysisServerStatus,
  type RouteErrorBody,
} from "../../../lib/privacy/analysis-request";
import { analysisAllowed } from "../../../lib/vault/policy";
import { serverPolicy } from "../../../lib/vault/server-policy";

export const dynamic = "force-dynamic";

/** Whether a model is configured and the organisation's policy allows it (never the key or the URL). */
export async function GET(request: Request): Promise<Response> {
  try {
    await authenticate(request);
  } catch (error) {
    if (error instanceof RouteFailure) return failure(error.status, error.code);
    throw error;
  }
  const config = llmConfig();
  const verdict = analysisAllowed(await serverPolicy(), config?.baseURL);
  const status: AnalysisServerStatus = {
    configured: config !== null,
    allowed: verdict.allowed,
    reason: verdict.allowed ? null : verdict.reason,
  };
  return Response.json(status);
}

function failureCode(error: unknown): RouteErrorCode {
  if (error instanceof MalformedModelOutput) return "malformed_model_output";
  if (error instanceof ModelTimeout) return "model_timeout";
  return "model_unreachable";
}

/** A failure before the first byte: a typed body (lib/errors.ts) with its status code. */
function failure(
  status: number,
  error: RouteErrorCode,
  extra: Partial<RouteErrorBody> = {},
  headers: Record<string, string> = {},
): Response {
  const body: RouteErrorBody = { error, forwarded: [], ...extra };
  return Response.json(body, { status, headers });
}

/** One set of limiters per configuration (tests change it; a deployment does not). */
const limiters = new Map<string, Limits>();
function limits(env: Record<string, string | undefined> = process.env): Limits {
  const key = [env.REDIS_URL, env.COPILOT_RATE_PER_MINUTE, env.COPILOT_DAILY_TOKENS].join("|");
  let found = limiters.get(key);
  if (!found) {
    found = createLimits(env);
    limiters.set(key, found);
  }
  return found;
}

/**
 * Streams NDJSON: one `{"insight": …}` line per insight as the model produces it (a summary request:
 * one `{"summary": …}` line with the chunk's evidence), then
 * `{"done": true, "forwarded": […]}` or `{"error": code, "forwarded": […]}`. Failures before the first
 * byte (no key, bad request, model unreachable after retries) are plain JSON with a status code.
 */
export async function POST(request: Request): Promise<Response> {
  // Who is calling comes first: a caller who may not use the route learns nothing about it.
  let caller: Caller;
  let raw: unknown;
  try {
    caller = await authenticate(request);
    raw = await readBoundedJson(request);
  } catch (error) {
    if (error instanceof RouteFailure) return failure(error.status, error.code);
    throw error;
  }
  const config = llmConfig();
  if (!config) return failure(503, "not_configured");
  // The policy is enforced here as well as in the app: nothing goes to a model the organisation forbids.
  const verdict = analysisAllowed(await serverPolicy(), config.baseURL);
  if (!verdict.allowed) return failure(403, "not_allowed", { reason: verdict.reason });
  const parsed = AnalysisRequestSchema.safeParse(raw);
  if (!parsed.success) return failure(400, "invalid_request");
  // Charged before the model is called: one request, and the tokens it may cost at most.
  const estimate = Math.ceil(JSON.stringify(parsed.data).length / 4) + config.maxOutputTokens;
  let charged;
  try {
    charged = await limits().charge(caller.id, estimate);
  } catch (error) {
    // The shared limit store is down: fail closed (no limit means anyone can spend the key).
    console.warn(`rate limits unavailable: ${error instanceof Error ? error.message : String(error)}`);
    return failure(503, "model_unreachable");
  }
  if (!charged.allowed && charged.code) {
    return failure(429, charged.code, {}, { "retry-after": String(charged.retryAfterS) });
  }
  const forwarded: Forwarded[] = [];
  const encoder = new TextEncoder();
  // The response starts with the first line; a failure before it gets a status code instead.
  let firstLine: () => void = () => {};
  const started = new Promise<void>((resolve) => (firstLine = resolve));
  let emitted = false;
  let failedEarly: unknown = null;
  // The browser went away (its request aborted, or it stopped reading the answer): the model call stops.
  const callerGone = new AbortController();
  request.signal.addEventListener("abort", () => callerGone.abort());
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const line = (value: unknown) => {
        emitted = true;
        if (!callerGone.signal.aborted) controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        firstLine();
      };
      try {
        if (parsed.data.task === "summary") {
          line({ summary: await summarizeWithLlm(parsed.data, config, forwarded, callerGone.signal) });
        } else {
          await analyzeWithLlm(parsed.data, config, (insight) => line({ insight }), forwarded, callerGone.signal);
        }
        line({ done: true, forwarded });
      } catch (error) {
        const code = failureCode(error);
        // Logged without transcript text: the error's class and code only.
        console.warn(`analysis failed: ${code} (${error instanceof Error ? error.name : typeof error})`);
        if (emitted) line({ error: code, forwarded });
        else failedEarly = error;
      } finally {
        firstLine();
        if (!callerGone.signal.aborted) controller.close();
      }
    },
    cancel() {
      callerGone.abort();
    },
  });
  await started;
  if (failedEarly) {
    const code = failureCode(failedEarly);
    return failure(code === "malformed_model_output" ? 502 : 504, code, { forwarded });
  }
  return new Response(body, { headers: { "content-type": "application/x-ndjson", "cache-control": "no-store" } });
}
