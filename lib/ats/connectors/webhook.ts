/**
 * The generic connector: posts the debrief document to the organisation's webhook, signed the
 * Standard Webhooks way (https://www.standardwebhooks.com/, spec: github.com/standard-webhooks/
 * standard-webhooks/blob/main/spec/standard-webhooks.md): headers `webhook-id` (the push's
 * idempotency key, so the receiver can drop a repeat), `webhook-timestamp` (Unix seconds) and
 * `webhook-signature: v1,<base64 HMAC-SHA256 over "id.timestamp.body">`, with the secret's bytes (a
 * `whsec_` secret is base64 after the prefix). Server side only: the secret is read from the
 * environment here.
 */
import { createHmac } from "node:crypto";
import type { AtsConnector } from "../connector";
import { AtsError } from "../http";
import { webhookMapping } from "./webhook-map";

export interface WebhookCredentials {
  url: string;
  secret: Buffer;
}

/** The secret's key bytes: base64 after a `whsec_` prefix, else the string's own bytes. */
export function webhookKey(secret: string): Buffer {
  return secret.startsWith("whsec_") ? Buffer.from(secret.slice(6), "base64") : Buffer.from(secret, "utf8");
}

export function webhookSignature(key: Buffer, id: string, timestampS: number, body: string): string {
  return `v1,${createHmac("sha256", key).update(`${id}.${timestampS}.${body}`).digest("base64")}`;
}

export const webhookConnector: AtsConnector<WebhookCredentials> = {
  ...webhookMapping,
  envVars: ["COPILOT_WEBHOOK_URL", "COPILOT_WEBHOOK_SECRET"],
  defaultBaseUrl: "",
  credentials(env) {
    const url = env.COPILOT_WEBHOOK_URL?.trim();
    const secret = env.COPILOT_WEBHOOK_SECRET?.trim();
    if (!url || !secret || secret.length < 16) return null;
    return { url, secret: webhookKey(secret) };
  },
  async lookup(_ctx, recordId) {
    return { id: recordId, name: recordId, url: null };
  },
  async push(ctx, _recordId, write, key) {
    const body = JSON.stringify(write.body);
    const timestamp = Math.floor(Date.now() / 1000);
    const { json } = await ctx.http({
      method: "POST",
      url: ctx.credentials.url,
      headers: {
        "content-type": "application/json",
        "webhook-id": key,
        "webhook-timestamp": String(timestamp),
        "webhook-signature": webhookSignature(ctx.credentials.secret, key, timestamp, body),
      },
      body,
    });
    const answer = (json ?? {}) as { id?: unknown; url?: unknown; duplicate?: unknown };
    if (answer.id !== undefined && typeof answer.id !== "string" && typeof answer.id !== "number")
      throw new AtsError("ats_invalid", null, "The webhook answered with an unreadable id.");
    return {
      externalId: answer.id !== undefined ? String(answer.id) : key,
      url: typeof answer.url === "string" && /^https?:\/\//.test(answer.url) ? answer.url : null,
      existing: answer.duplicate === true,
    };
  },
};
