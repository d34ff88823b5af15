/**
 * Lever, server side (https://hire.lever.co/developer/documentation). Auth: HTTP Basic with the API
 * key as user name and an empty password; writes attributed with `?perform_as=<user id>` when set.
 * Lookup: `GET /opportunities/:id` (`data.name`, `data.urls.show`). Before writing, the opportunity's
 * notes (`GET /opportunities/:id/notes`, `data[].text` and `data[].fields[].value`) are searched for
 * the push's marker. The new note's id is read from `data.noteId` or `data.id` (both appear in
 * published examples). Errors: 401, 403, 404, 400/422 validation, 429 (about 10 requests a second).
 */
import type { AtsConnector } from "../connector";
import { markerOf } from "../debrief";
import { AtsError } from "../http";
import { leverMapping } from "./lever-map";

export interface LeverCredentials {
  apiKey: string;
  performAs: string | null;
}

const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString("base64")}`;
const showUrl = (id: string) => `https://hire.lever.co/candidates/${id}`;

function noteTexts(note: unknown): string[] {
  if (!note || typeof note !== "object") return [];
  const n = note as { text?: unknown; fields?: unknown };
  const fields = Array.isArray(n.fields) ? n.fields : [];
  return [n.text, ...fields.map((f) => (f as { value?: unknown } | null)?.value)].filter(
    (t): t is string => typeof t === "string",
  );
}

export const leverConnector: AtsConnector<LeverCredentials> = {
  ...leverMapping,
  envVars: ["COPILOT_LEVER_API_KEY", "COPILOT_LEVER_PERFORM_AS"],
  defaultBaseUrl: "https://api.lever.co/v1",
  credentials(env) {
    const apiKey = env.COPILOT_LEVER_API_KEY?.trim();
    if (!apiKey) return null;
    return { apiKey, performAs: env.COPILOT_LEVER_PERFORM_AS?.trim() || null };
  },
  async lookup(ctx, recordId) {
    const { json } = await ctx.http({
      method: "GET",
      url: `${ctx.baseUrl}/opportunities/${encodeURIComponent(recordId)}`,
      headers: { authorization: basic(ctx.credentials.apiKey) },
    });
    const data = (json as { data?: { name?: unknown; urls?: { show?: unknown } } } | null)?.data;
    if (!data) throw new AtsError("ats_not_found");
    return {
      id: recordId,
      name: typeof data.name === "string" ? data.name : `Opportunity ${recordId}`,
      url: typeof data.urls?.show === "string" ? data.urls.show : showUrl(recordId),
    };
  },
  async push(ctx, recordId, write, key) {
    const auth = { authorization: basic(ctx.credentials.apiKey) };
    const { json: listed } = await ctx.http({
      method: "GET",
      url: `${ctx.baseUrl}/opportunities/${encodeURIComponent(recordId)}/notes?limit=100`,
      headers: auth,
    });
    const notes = (listed as { data?: unknown } | null)?.data;
    const marker = markerOf(key);
    const earlier = (Array.isArray(notes) ? notes : []).find((n) => noteTexts(n).some((t) => t.includes(marker)));
    if (earlier)
      return { externalId: String((earlier as { id?: unknown }).id), url: showUrl(recordId), existing: true };
    const query = ctx.credentials.performAs ? `?perform_as=${encodeURIComponent(ctx.credentials.performAs)}` : "";
    const { json } = await ctx.http({
      method: "POST",
      url: `${ctx.baseUrl}${write.path}${query}`,
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify(write.body),
    });
    const data = (json as { data?: { noteId?: unknown; id?: unknown } } | null)?.data;
    const id = data?.noteId ?? data?.id;
    if (typeof id !== "string" && typeof id !== "number")
      throw new AtsError("ats_invalid", null, "Lever answered without the note's id.");
    return { externalId: String(id), url: showUrl(recordId), existing: false };
  },
};
