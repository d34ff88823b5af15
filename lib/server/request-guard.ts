/**
 * The analysis route's door: who may call (same origin only: a page elsewhere, or a form posting plain
 * text to dodge CORS, is refused) and how much may be sent (the body is capped before it is parsed, and
 * a body that goes over the cap is not read further). Failures are typed route codes (lib/errors.ts).
 */
import type { RouteErrorCode } from "../errors";

/** The largest request body accepted (bytes): a 2,000-character window and its context fit many times. */
export const ANALYZE_BODY_LIMIT = 64 * 1024;

export class RouteFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: RouteErrorCode,
  ) {
    super(code);
  }
}

/**
 * Refuses a cross-site caller: the browser's Sec-Fetch-Site and Origin say where the request comes
 * from. A request with neither (a script on the server's own machine) is judged by sign-in alone.
 */
export function requireSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin") throw new RouteFailure(403, "forbidden_origin");
  const origin = request.headers.get("origin");
  if (!origin) return;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw new RouteFailure(403, "forbidden_origin");
  }
  if (originHost !== host) throw new RouteFailure(403, "forbidden_origin");
}

/** The JSON body, read at most `limit` bytes far; a bigger one is refused without reading it whole. */
export async function readBoundedJson(request: Request, limit = ANALYZE_BODY_LIMIT): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new RouteFailure(415, "unsupported_media_type");
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) throw new RouteFailure(413, "payload_too_large");
  if (!request.body) throw new RouteFailure(400, "invalid_request");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new RouteFailure(413, "payload_too_large");
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new RouteFailure(400, "invalid_request");
  }
}
