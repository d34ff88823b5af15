/**
 * A push's idempotency key, derived from the session and the content (the connector, the record and
 * the debrief as previewed): the same push retried has the same key, an edited debrief a new one.
 * SHA-256 through WebCrypto, so the device and the server compute it alike.
 */
import type { AtsConnectorId, AtsDebrief } from "./debrief";

/** JSON with keys in order, so the key does not depend on how an object was built. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "null";
}

export async function pushKey(connector: AtsConnectorId, recordId: string, debrief: AtsDebrief): Promise<string> {
  const text = canonical({ connector, recordId, debrief });
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
  return `ic-${hex.slice(0, 32)}`;
}
