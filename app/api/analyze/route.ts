import { analyzeWithLlm, MalformedModelOutput, type Forwarded } from "../../../lib/analysis/analyze-with-llm";
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
export async function GET(): Promise<Response> {
  const config = llmConfig();
  const verdict = analysisAllowed(await serverPolicy(), config?.baseURL);
  const status: AnalysisServerStatus = {
    configured: config !== null,
    allowed: verdict.allowed,
    reason: verdict.allowed ? null : verdict.reason,
  };
  return Response.json(status);
}

/** A failure before the first byte: a typed body (lib/errors.ts) with its status code. */
function failure(status: number, error: RouteErrorCode, extra: Partial<RouteErrorBody> = {}): Response {
  const body: RouteErrorBody = { error, forwarded: [], ...extra };
  return Response.json(body, { status });
}

/**
 * Streams NDJSON: one `{"insight": …}` line per insight as the model produces it, then
 * `{"done": true, "forwarded": […]}` or `{"error": code, "forwarded": […]}`. Failures before the first
 * byte (no key, bad request, model unreachable after retries) are plain JSON with a status code.
 */
export async function POST(request: Request): Promise<Response> {
  const config = llmConfig();
  if (!config) return failure(503, "not_configured");
  // The policy is enforced here as well as in the app: nothing goes to a model the organisation forbids.
  const verdict = analysisAllowed(await serverPolicy(), config.baseURL);
  if (!verdict.allowed) return failure(403, "not_allowed", { reason: verdict.reason });
  const parsed = AnalysisRequestSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return failure(400, "invalid_request");
  const forwarded: Forwarded[] = [];
  const encoder = new TextEncoder();
  // The response starts with the first line; a failure before it gets a status code instead.
  let firstLine: () => void = () => {};
  const started = new Promise<void>((resolve) => (firstLine = resolve));
  let emitted = false;
  let failedEarly: unknown = null;
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const line = (value: unknown) => {
        emitted = true;
        controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
        firstLine();
      };
      try {
        await analyzeWithLlm(parsed.data, config, (insight) => line({ insight }), forwarded);
        line({ done: true, forwarded });
      } catch (error) {
        const code: RouteErrorCode =
          error instanceof MalformedModelOutput ? "malformed_model_output" : "model_unreachable";
        if (emitted) line({ error: code, forwarded });
        else failedEarly = error;
      } finally {
        firstLine();
        controller.close();
      }
    },
  });
  await started;
  if (failedEarly) {
    const malformed = failedEarly instanceof MalformedModelOutput;
    return failure(malformed ? 502 : 504, malformed ? "malformed_model_output" : "model_unreachable", { forwarded });
  }
  return new Response(body, { headers: { "content-type": "application/x-ndjson", "cache-control": "no-store" } });
}
