/**
 * The server's HTTP door to an ATS: a deadline per call, a 429 retried after the Retry-After it names
 * (when that is short enough to wait for), every request body kept for "what left this device", and
 * every failure a typed code. The vendor's URL and key never go into an error.
 */
import { CopilotError, ATS_WORDS, type AtsErrorCode } from "../errors";
import type { AtsHttp } from "./connector";

export interface AtsHttpOptions {
  fetch?: typeof fetch;
  /** Per call (ms). */
  timeoutMs?: number;
  /** The longest Retry-After waited for in the request (s); longer ones go back to the device's outbox. */
  maxWaitS?: number;
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Each request sent, with a label of its destination (never its URL). */
  forwarded?: { destination: string; body: string }[];
  label: string;
}

export class AtsError extends CopilotError {
  constructor(
    readonly atsCode: AtsErrorCode,
    readonly retryAfterS: number | null = null,
    detail?: string,
  ) {
    super({ code: atsCode, message: detail ? `${ATS_WORDS[atsCode]} ${detail}` : ATS_WORDS[atsCode] });
  }
}

/** Seconds from a Retry-After header (seconds or an HTTP date); null when absent or unreadable. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

export function codeOfStatus(status: number): AtsErrorCode | null {
  if (status < 400) return null;
  if (status === 401) return "ats_bad_key";
  if (status === 403) return "ats_forbidden";
  if (status === 404) return "ats_not_found";
  if (status === 429) return "ats_rate_limited";
  if (status === 400 || status === 409 || status === 422) return "ats_invalid";
  return "ats_unreachable";
}

export function atsHttp(options: AtsHttpOptions): AtsHttp {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)));
  const retries = options.retries ?? 2;
  return async ({ method, url, headers, body }) => {
    for (let attempt = 0; ; attempt += 1) {
      if (body !== undefined) options.forwarded?.push({ destination: options.label, body });
      let response: Response;
      try {
        response = await doFetch(url, {
          method,
          headers,
          body,
          signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
        });
      } catch {
        throw new AtsError("ats_unreachable");
      }
      const json: unknown = await response.json().catch(() => null);
      if (response.status === 429) {
        const wait = retryAfterSeconds(response.headers.get("retry-after"));
        if (attempt < retries && wait !== null && wait <= (options.maxWaitS ?? 10)) {
          await sleep(wait * 1000);
          continue;
        }
        throw new AtsError("ats_rate_limited", wait ?? 60);
      }
      const code = codeOfStatus(response.status);
      if (code) throw new AtsError(code);
      return { status: response.status, json, headers: response.headers };
    }
  };
}
