/**
 * Cookies the browser holds but cannot read or forge: the signed-in session and the short-lived
 * sign-in transaction (state, nonce, PKCE verifier), each an encrypted JWT (jose, A256GCM) under a key
 * derived from COPILOT_SESSION_SECRET and the cookie's purpose.
 */
import { EncryptJWT, jwtDecrypt, type JWTPayload } from "jose";

export const SESSION_COOKIE = "copilot_session";
export const TRANSACTION_COOKIE = "copilot_signin";
/** A working day: a signed-in interviewer is not asked again mid-interview. */
export const SESSION_SECONDS = 12 * 60 * 60;
export const TRANSACTION_SECONDS = 10 * 60;

async function keyFor(secret: string, purpose: string): Promise<Uint8Array> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${purpose}\0${secret}`));
  return new Uint8Array(digest);
}

export async function seal(payload: JWTPayload, secret: string, purpose: string, seconds: number): Promise<string> {
  return new EncryptJWT(payload)
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt()
    .setExpirationTime(`${seconds}s`)
    .setAudience(purpose)
    .encrypt(await keyFor(secret, purpose));
}

/** The payload, or null for a missing, tampered, expired or other-purpose cookie. */
export async function unseal(token: string | undefined, secret: string, purpose: string): Promise<JWTPayload | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtDecrypt(token, await keyFor(secret, purpose), { audience: purpose });
    return payload;
  } catch {
    return null;
  }
}

/** A Set-Cookie value: HttpOnly, Secure, SameSite=Lax (the identity provider's redirect back is cross-site). */
export function cookieHeader(name: string, value: string, maxAgeS: number, path = "/"): string {
  return `${name}=${value}; Path=${path}; Max-Age=${maxAgeS}; HttpOnly; Secure; SameSite=Lax`;
}

export const clearCookieHeader = (name: string, path = "/") => cookieHeader(name, "", 0, path);

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}
