import { analyzeWithLlm, MalformedModelOutput } from "../../../lib/analysis/analyze-with-llm";
import { llmConfig } from "../../../lib/analysis/server-config";
import { AnalysisRequestSchema } from "../../../lib/privacy/analysis-request";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  return Response.json({ configured: llmConfig() !== null });
}

export async function POST(request: Request): Promise<Response> {
  const config = llmConfig();
  if (!config) return Response.json({ error: "not_configured" }, { status: 503 });
  const parsed = AnalysisRequestSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: "invalid_request" }, { status: 400 });
  try {
    return Response.json(await analyzeWithLlm(parsed.data, config));
  } catch (error) {
    if (error instanceof MalformedModelOutput)
      return Response.json({ error: "malformed_model_output" }, { status: 502 });
    const status = (error as { status?: number }).status;
    return Response.json({ error: "model_unreachable", status: status ?? null }, { status: 504 });
  }
}
