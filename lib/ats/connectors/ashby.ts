/**
 * Ashby, server side (https://developers.ashbyhq.com). Every call is a POST to `/<category>.<method>`
 * with HTTP Basic (the API key as user name, empty password). Lookup: `candidate.info` {id}. Before
 * writing, `candidate.listNotes` {candidateId} is searched for the push's marker. Errors: 401 no key,
 * 403 bad key or missing permission, and most others as HTTP 200 with `{success: false, errorInfo:
 * {code, message}}` (older answers: `errors: [...]`) (https://developers.ashbyhq.com/reference/responses),
 * so `success` decides, not the status.
 */
import type { AtsConnector, AtsContext } from "../connector";
import { markerOf } from "../debrief";
import { AtsError } from "../http";
import { ashbyMapping } from "./ashby-map";

export interface AshbyCredentials {
  apiKey: string;
}

/** An Ashby business error (HTTP 200, success false) as one of our codes. */
export function ashbyFailure(json: unknown): AtsError | null {
  const answer = (json ?? {}) as { success?: unknown; errorInfo?: { code?: unknown }; errors?: unknown };
  if (answer.success === true) return null;
  const code = String(answer.errorInfo?.code ?? (Array.isArray(answer.errors) ? answer.errors[0] : "") ?? "");
  if (/not_found/.test(code)) return new AtsError("ats_not_found");
  if (/permission|forbidden|unauthori[sz]ed/.test(code)) return new AtsError("ats_forbidden");
  if (/rate/.test(code)) return new AtsError("ats_rate_limited", 60);
  return new AtsError("ats_invalid", null, code ? `Ashby said: ${code.slice(0, 80)}.` : undefined);
}

async function call(ctx: AtsContext<AshbyCredentials>, method: string, body: unknown): Promise<unknown> {
  const { json } = await ctx.http({
    method: "POST",
    url: `${ctx.baseUrl}/${method}`,
    headers: {
      authorization: `Basic ${Buffer.from(`${ctx.credentials.apiKey}:`).toString("base64")}`,
      "content-type": "application/json",
      accept: "application/json; version=1",
    },
    body: JSON.stringify(body),
  });
  const failure = ashbyFailure(json);
  if (failure) throw failure;
  return (json as { results?: unknown }).results;
}

const candidateUrl = (id: string) => `https://app.ashbyhq.com/candidates/${id}`;

export const ashbyConnector: AtsConnector<AshbyCredentials> = {
  ...ashbyMapping,
  envVars: ["COPILOT_ASHBY_API_KEY"],
  defaultBaseUrl: "https://api.ashbyhq.com",
  credentials(env) {
    const apiKey = env.COPILOT_ASHBY_API_KEY?.trim();
    return apiKey ? { apiKey } : null;
  },
  async lookup(ctx, recordId) {
    const results = (await call(ctx, "candidate.info", { id: recordId })) as { name?: unknown } | undefined;
    return {
      id: recordId,
      name: typeof results?.name === "string" ? results.name : `Candidate ${recordId}`,
      url: candidateUrl(recordId),
    };
  },
  async push(ctx, recordId, write, key) {
    const notes = await call(ctx, "candidate.listNotes", { candidateId: recordId, limit: 100 });
    const marker = markerOf(key);
    const earlier = (Array.isArray(notes) ? notes : []).find(
      (n) =>
        typeof (n as { content?: unknown })?.content === "string" &&
        (n as { content: string }).content.includes(marker),
    );
    if (earlier)
      return { externalId: String((earlier as { id?: unknown }).id), url: candidateUrl(recordId), existing: true };
    const created = (await call(ctx, write.path.replace(/^\//, ""), write.body)) as { id?: unknown } | undefined;
    if (typeof created?.id !== "string")
      throw new AtsError("ats_invalid", null, "Ashby answered without the note's id.");
    return { externalId: created.id, url: candidateUrl(recordId), existing: false };
  },
};
