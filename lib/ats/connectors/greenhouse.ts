/**
 * Greenhouse, server side (Harvest v3, https://harvestdocs.greenhouse.io). Auth: OAuth 2 client
 * credentials (https://harvestdocs.greenhouse.io/docs/authentication): `POST {auth}/token` with HTTP
 * Basic client_id:client_secret and `grant_type=client_credentials&sub=<user id>` (the acting user),
 * then `Authorization: Bearer`. Lookup: `GET /v3/candidates?ids=<id>`. Before writing, the candidate's
 * notes (`GET /v3/notes?candidate_ids=<id>`) are searched for the push's marker, so a retry after a
 * timeout or a crash finds the note it already wrote. Errors: 401 bad key, 403 permissions, 404,
 * 422 `{message, errors[]}`, 429 with Retry-After (https://developers.greenhouse.io/harvest.html#
 * introduction, carried into v3).
 */
import type { AtsConnector, AtsContext } from "../connector";
import { markerOf } from "../debrief";
import { AtsError } from "../http";
import { GREENHOUSE_VISIBILITIES, greenhouseMapping } from "./greenhouse-map";

export interface GreenhouseCredentials {
  clientId: string;
  clientSecret: string;
  userId: string;
  visibility: (typeof GREENHOUSE_VISIBILITIES)[number];
  authUrl: string;
}

const tokens = new Map<string, { token: string; until: number }>();

async function bearer(ctx: AtsContext<GreenhouseCredentials>): Promise<string> {
  const c = ctx.credentials;
  const cacheKey = `${c.authUrl}|${c.clientId}|${c.clientSecret}|${c.userId}`;
  const cached = tokens.get(cacheKey);
  if (cached && cached.until > Date.now()) return cached.token;
  const { json } = await ctx.http({
    method: "POST",
    url: `${c.authUrl.replace(/\/+$/, "")}/token`,
    headers: {
      authorization: `Basic ${Buffer.from(`${c.clientId}:${c.clientSecret}`).toString("base64")}`,
      "content-type": "application/x-www-form-urlencoded",
    },
    body: new URLSearchParams({ grant_type: "client_credentials", sub: c.userId }).toString(),
  });
  const answer = (json ?? {}) as { access_token?: unknown; expires_in?: unknown };
  if (typeof answer.access_token !== "string") throw new AtsError("ats_bad_key");
  const lifetimeS = typeof answer.expires_in === "number" ? answer.expires_in : 3600;
  tokens.set(cacheKey, { token: answer.access_token, until: Date.now() + Math.max(0, lifetimeS - 60) * 1000 });
  return answer.access_token;
}

const profileUrl = (id: string) => `https://app.greenhouse.io/people/${id}`;

export const greenhouseConnector: AtsConnector<GreenhouseCredentials> = {
  ...greenhouseMapping,
  envVars: [
    "COPILOT_GREENHOUSE_CLIENT_ID",
    "COPILOT_GREENHOUSE_CLIENT_SECRET",
    "COPILOT_GREENHOUSE_USER_ID",
    "COPILOT_GREENHOUSE_VISIBILITY",
  ],
  defaultBaseUrl: "https://harvest.greenhouse.io",
  credentials(env) {
    const clientId = env.COPILOT_GREENHOUSE_CLIENT_ID?.trim();
    const clientSecret = env.COPILOT_GREENHOUSE_CLIENT_SECRET?.trim();
    const userId = env.COPILOT_GREENHOUSE_USER_ID?.trim();
    if (!clientId || !clientSecret || !userId || !/^\d+$/.test(userId)) return null;
    const visibility = GREENHOUSE_VISIBILITIES.find((v) => v === env.COPILOT_GREENHOUSE_VISIBILITY) ?? "public";
    const authUrl = env.COPILOT_GREENHOUSE_AUTH_URL?.trim() || "https://auth.greenhouse.io";
    return { clientId, clientSecret, userId, visibility, authUrl };
  },
  async lookup(ctx, recordId) {
    const { json } = await ctx.http({
      method: "GET",
      url: `${ctx.baseUrl}/v3/candidates?ids=${encodeURIComponent(recordId)}`,
      headers: { authorization: `Bearer ${await bearer(ctx)}` },
    });
    const found = (Array.isArray(json) ? json : []).find(
      (c): c is { id: number | string; first_name?: string; last_name?: string } =>
        typeof c === "object" && c !== null && String((c as { id?: unknown }).id) === recordId,
    );
    if (!found) throw new AtsError("ats_not_found");
    const name = [found.first_name, found.last_name].filter(Boolean).join(" ") || `Candidate ${recordId}`;
    return { id: recordId, name, url: profileUrl(recordId) };
  },
  async push(ctx, recordId, write, key) {
    const auth = { authorization: `Bearer ${await bearer(ctx)}` };
    const { json: notes } = await ctx.http({
      method: "GET",
      url: `${ctx.baseUrl}/v3/notes?candidate_ids=${encodeURIComponent(recordId)}`,
      headers: auth,
    });
    const marker = markerOf(key);
    const earlier = (Array.isArray(notes) ? notes : []).find(
      (n): n is { id: number | string; body: string } =>
        typeof n === "object" &&
        n !== null &&
        typeof (n as { body?: unknown }).body === "string" &&
        (n as { body: string }).body.includes(marker),
    );
    if (earlier) return { externalId: String(earlier.id), url: profileUrl(recordId), existing: true };
    const body = {
      ...(write.body as Record<string, unknown>),
      user_id: Number(ctx.credentials.userId),
      visibility: ctx.credentials.visibility,
    };
    const { json } = await ctx.http({
      method: "POST",
      url: `${ctx.baseUrl}${write.path}`,
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const id = (json as { id?: unknown } | null)?.id;
    if (typeof id !== "number" && typeof id !== "string")
      throw new AtsError("ats_invalid", null, "Greenhouse answered without the note's id.");
    return { externalId: String(id), url: profileUrl(recordId), existing: false };
  },
};
