/**
 * Vault cryptography (WebCrypto only). A random AES-GCM-256 data key encrypts every field that can hold
 * personal data, with a fresh 96-bit IV per write and the record's table and id (and, for a session's
 * records, its session and position) as additional authenticated data, so a record moved to another
 * row, table or session fails to decrypt. The data key is
 * wrapped (AES-KW) by a key derived from the passphrase with PBKDF2-SHA256, so changing the passphrase
 * re-wraps one key and re-encrypts nothing.
 */
import { CopilotError } from "../errors";
export const PBKDF2_ITERATIONS = 600_000;
const IV_BYTES = 12;
const SALT_BYTES = 16;

export class WrongPassphraseError extends CopilotError {
  constructor() {
    super({ code: "wrong_passphrase", message: "wrong passphrase" });
    this.name = "WrongPassphraseError";
  }
}

export class UnreadableRecordError extends CopilotError {
  constructor(readonly where: string) {
    super({ code: "record_unreadable", message: `${where} is unreadable: it was altered, moved or is corrupt` });
    this.name = "UnreadableRecordError";
  }
}

export interface Sealed {
  iv: Uint8Array;
  data: Uint8Array;
}

export interface WrappedKey {
  salt: Uint8Array;
  iterations: number;
  wrapped: Uint8Array;
}

const subtle = () => globalThis.crypto.subtle;
const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));
const utf8 = new TextEncoder();

async function passphraseKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey("raw", utf8.encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  return subtle().deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt: salt as BufferSource, iterations },
    material,
    { name: "AES-KW", length: 256 },
    false,
    ["wrapKey", "unwrapKey"],
  );
}

/** A new data key, wrapped by the passphrase; the returned CryptoKey is non-extractable. */
export async function createWrappedDataKey(passphrase: string): Promise<{ key: CryptoKey; wrapped: WrappedKey }> {
  const extractable = await subtle().generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt", "decrypt"]);
  const wrapped = await wrapDataKey(extractable, passphrase);
  const key = await unwrapDataKey(wrapped, passphrase);
  return { key, wrapped };
}

async function wrapDataKey(dataKey: CryptoKey, passphrase: string): Promise<WrappedKey> {
  const salt = random(SALT_BYTES);
  const kek = await passphraseKey(passphrase, salt, PBKDF2_ITERATIONS);
  const wrapped = new Uint8Array(await subtle().wrapKey("raw", dataKey, kek, "AES-KW"));
  return { salt, iterations: PBKDF2_ITERATIONS, wrapped };
}

/** Unwraps the data key; a wrong passphrase fails AES-KW's integrity check. */
export async function unwrapDataKey(wrapped: WrappedKey, passphrase: string, extractable = false): Promise<CryptoKey> {
  const kek = await passphraseKey(passphrase, wrapped.salt, wrapped.iterations);
  try {
    return await subtle().unwrapKey("raw", wrapped.wrapped as BufferSource, kek, "AES-KW", "AES-GCM", extractable, [
      "encrypt",
      "decrypt",
    ]);
  } catch {
    throw new WrongPassphraseError();
  }
}

/** Re-wraps the same data key under a new passphrase: no record is re-encrypted. */
export async function rewrapDataKey(
  wrapped: WrappedKey,
  oldPassphrase: string,
  newPassphrase: string,
): Promise<WrappedKey> {
  const extractable = await unwrapDataKey(wrapped, oldPassphrase, true);
  return wrapDataKey(extractable, newPassphrase);
}

/** For people who choose no passphrase: a non-extractable key that never leaves this browser profile. */
export function createDeviceKey(): Promise<CryptoKey> {
  return subtle().generateKey({ name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]) as Promise<CryptoKey>;
}

/** `binding`: what else the record is bound to (a session's records: its session id and position). */
const aadFor = (table: string, id: string, binding?: string) =>
  utf8.encode(binding === undefined ? `${table}\u0000${id}` : `${table}\u0000${id}\u0000${binding}`);

/** The binding of a session's record (segment, insight, note, outbound entry) to its session and position. */
export const childBinding = (sessionId: string, startMs: number) => `${sessionId}\u0000${startMs}`;

export async function seal(
  key: CryptoKey,
  table: string,
  id: string,
  value: unknown,
  binding?: string,
): Promise<Sealed> {
  const iv = random(IV_BYTES);
  const data = await subtle().encrypt(
    { name: "AES-GCM", iv: iv as BufferSource, additionalData: aadFor(table, id, binding) },
    key,
    utf8.encode(JSON.stringify(value)),
  );
  return { iv, data: new Uint8Array(data) };
}

export async function open<T>(key: CryptoKey, table: string, id: string, sealed: Sealed, binding?: string): Promise<T> {
  try {
    const plain = await subtle().decrypt(
      { name: "AES-GCM", iv: sealed.iv as BufferSource, additionalData: aadFor(table, id, binding) },
      key,
      sealed.data as BufferSource,
    );
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  } catch {
    throw new UnreadableRecordError(`${table}/${id}`);
  }
}
