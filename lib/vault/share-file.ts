/**
 * Encrypted share files: a session exported for a hiring panel, protected by a share passphrase
 * (PBKDF2-SHA256 600,000 iterations -> AES-GCM-256). Import parses and decrypts completely before anything
 * could be written: a wrong passphrase or a damaged file is a clear error and nothing else.
 */
import { CopilotError } from "../errors";
import { z } from "zod";
import { PBKDF2_ITERATIONS } from "./crypto";

export const SHARE_FORMAT = "interview-copilot-share";
const VERSION = 1;

// btoa/atob exist in browsers, workers and Node alike (Buffer does not exist in the browser).
const b64 = (bytes: Uint8Array) => {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
};
const unb64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

const ShareFileSchema = z.object({
  format: z.literal(SHARE_FORMAT),
  version: z.literal(VERSION),
  kdf: z.object({
    name: z.literal("PBKDF2"),
    hash: z.literal("SHA-256"),
    iterations: z.number().int().min(100_000),
    salt: z.string(),
  }),
  iv: z.string(),
  data: z.string(),
});

export type ShareErrorCode = "wrong_passphrase_or_damaged" | "not_a_share_file";

export class ShareImportError extends CopilotError {
  constructor(
    readonly reason: ShareErrorCode,
    message: string,
  ) {
    super({ code: "share_import_failed", message });
    this.name = "ShareImportError";
  }
}

async function shareKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, [
    "deriveKey",
  ]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

const AAD = new TextEncoder().encode(`${SHARE_FORMAT}/${VERSION}`);

export async function exportShareFile(content: unknown, passphrase: string): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await shareKey(passphrase, salt, PBKDF2_ITERATIONS);
  const data = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv: iv as BufferSource, additionalData: AAD },
    key,
    new TextEncoder().encode(JSON.stringify(content)),
  );
  return JSON.stringify({
    format: SHARE_FORMAT,
    version: VERSION,
    kdf: { name: "PBKDF2", hash: "SHA-256", iterations: PBKDF2_ITERATIONS, salt: b64(salt) },
    iv: b64(iv),
    data: b64(new Uint8Array(data)),
  });
}

export async function importShareFile(text: string, passphrase: string): Promise<unknown> {
  let parsed: z.infer<typeof ShareFileSchema>;
  try {
    parsed = ShareFileSchema.parse(JSON.parse(text));
  } catch {
    throw new ShareImportError(
      "not_a_share_file",
      "This file is not an Interview Copilot share file, or it is damaged.",
    );
  }
  const key = await shareKey(passphrase, unb64(parsed.kdf.salt), parsed.kdf.iterations);
  try {
    const plain = await crypto.subtle.decrypt(
      { name: "AES-GCM", iv: unb64(parsed.iv) as BufferSource, additionalData: AAD },
      key,
      unb64(parsed.data) as BufferSource,
    );
    return JSON.parse(new TextDecoder().decode(plain)) as unknown;
  } catch {
    // AES-GCM cannot tell a wrong passphrase from altered bytes; the message says both.
    throw new ShareImportError(
      "wrong_passphrase_or_damaged",
      "The share passphrase is wrong, or the file was altered. Nothing was imported.",
    );
  }
}
