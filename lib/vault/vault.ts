/**
 * The encrypted vault: sessions, transcript segments, insights, notes, the outbound log and the pseudonym
 * map, sealed field by field (see crypto.ts). A wrong passphrase changes nothing; an unreadable record is
 * reported and the rest of its session opens.
 */
import {
  createDeviceKey,
  createWrappedDataKey,
  open,
  rewrapDataKey,
  seal,
  unwrapDataKey,
  UnreadableRecordError,
} from "./crypto";
import type { ChildRow, SessionRow, VaultDb } from "./db";

export const DEFAULT_RETENTION_MS = 24 * 60 * 60 * 1000;

export type ChildTable = "segments" | "insights" | "notes" | "outbound";

export interface SessionInfo {
  id: string;
  candidate: string;
  role: string;
  createdAt: number;
  endedAt: number | null;
  /** Milliseconds kept after the end; null keeps it until deleted. */
  retentionMs: number | null;
}

export interface OpenedSession {
  session: SessionInfo;
  children: Record<ChildTable, unknown[]>;
  pseudonyms: unknown | null;
  /** Records that failed authentication (tampered, moved, corrupt): reported, not fatal. */
  unreadable: string[];
}

export class VaultLockedError extends Error {
  constructor() {
    super("the vault is locked: unlock it first");
    this.name = "VaultLockedError";
  }
}

export class Vault {
  private key: CryptoKey | null = null;

  constructor(private readonly db: VaultDb) {}

  async state(): Promise<"new" | "locked" | "unlocked"> {
    if (this.key) return "unlocked";
    return (await this.db.meta.get("keyring")) ? "locked" : "new";
  }

  async setupPassphrase(passphrase: string): Promise<void> {
    if (await this.db.meta.get("keyring")) throw new Error("the vault is already set up");
    const { key, wrapped } = await createWrappedDataKey(passphrase);
    await this.db.meta.put({ key: "keyring", mode: "passphrase", wrapped });
    this.key = key;
  }

  async setupDeviceKey(): Promise<void> {
    if (await this.db.meta.get("keyring")) throw new Error("the vault is already set up");
    const deviceKey = await createDeviceKey();
    await this.db.meta.put({ key: "keyring", mode: "device", deviceKey });
    this.key = deviceKey;
  }

  /** Throws WrongPassphraseError on a wrong passphrase; nothing is written either way. */
  async unlock(passphrase?: string): Promise<void> {
    const ring = await this.db.meta.get("keyring");
    if (!ring) throw new Error("the vault is not set up yet");
    if (ring.mode === "device") {
      if (!ring.deviceKey) throw new Error("the device key is missing from this browser profile");
      this.key = ring.deviceKey;
      return;
    }
    if (!ring.wrapped || passphrase === undefined) throw new Error("this vault needs its passphrase");
    this.key = await unwrapDataKey(ring.wrapped, passphrase);
  }

  lock(): void {
    this.key = null;
  }

  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    const ring = await this.db.meta.get("keyring");
    if (!ring?.wrapped) throw new Error("this vault has no passphrase to change");
    const wrapped = await rewrapDataKey(ring.wrapped, oldPassphrase, newPassphrase);
    await this.db.meta.put({ ...ring, wrapped });
  }

  private requireKey(): CryptoKey {
    if (!this.key) throw new VaultLockedError();
    return this.key;
  }

  async saveSession(info: SessionInfo): Promise<void> {
    const key = this.requireKey();
    const expiresAt = info.endedAt !== null && info.retentionMs !== null ? info.endedAt + info.retentionMs : null;
    const row: SessionRow = {
      id: info.id,
      createdAt: info.createdAt,
      endedAt: info.endedAt,
      expiresAt,
      sealed: await seal(key, "sessions", info.id, info),
    };
    await this.db.sessions.put(row);
  }

  async put(table: ChildTable, sessionId: string, id: string, startMs: number, value: unknown): Promise<void> {
    const key = this.requireKey();
    const row: ChildRow = { id, sessionId, startMs, sealed: await seal(key, table, id, value) };
    await this.db[table].put(row);
  }

  async putPseudonyms(sessionId: string, map: unknown): Promise<void> {
    await this.db.pseudonyms.put({ sessionId, sealed: await seal(this.requireKey(), "pseudonyms", sessionId, map) });
  }

  async listSessions(): Promise<{ info: SessionInfo | null; id: string; expiresAt: number | null }[]> {
    const key = this.requireKey();
    const rows = await this.db.sessions.toArray();
    return Promise.all(
      rows.map(async (r) => ({
        id: r.id,
        expiresAt: r.expiresAt,
        info: await open<SessionInfo>(key, "sessions", r.id, r.sealed).catch(() => null),
      })),
    );
  }

  async openSession(sessionId: string): Promise<OpenedSession> {
    const key = this.requireKey();
    const row = await this.db.sessions.get(sessionId);
    if (!row) throw new Error(`no session ${sessionId}`);
    const session = await open<SessionInfo>(key, "sessions", sessionId, row.sealed);
    const unreadable: string[] = [];
    const children = { segments: [], insights: [], notes: [], outbound: [] } as Record<ChildTable, unknown[]>;
    for (const table of Object.keys(children) as ChildTable[]) {
      const rows = await this.db[table].where("sessionId").equals(sessionId).sortBy("startMs");
      for (const r of rows) {
        try {
          children[table].push(await open(key, table, r.id, r.sealed));
        } catch (error) {
          if (error instanceof UnreadableRecordError) unreadable.push(error.where);
          else throw error;
        }
      }
    }
    const p = await this.db.pseudonyms.get(sessionId);
    let pseudonyms: unknown | null = null;
    if (p) {
      try {
        pseudonyms = await open(key, "pseudonyms", sessionId, p.sealed);
      } catch (error) {
        if (error instanceof UnreadableRecordError) unreadable.push(error.where);
        else throw error;
      }
    }
    return { session, children, pseudonyms, unreadable };
  }

  /** Deletes every expired session with all it owns; works while locked (expiry is in clear). */
  async purgeExpired(now: number): Promise<string[]> {
    const expired = await this.db.sessions.where("expiresAt").belowOrEqual(now).primaryKeys();
    if (expired.length === 0) return [];
    const tables = [
      this.db.sessions,
      this.db.segments,
      this.db.insights,
      this.db.notes,
      this.db.outbound,
      this.db.pseudonyms,
    ];
    await this.db.transaction("rw", tables, async () => {
      await this.db.sessions.bulkDelete(expired);
      for (const t of [this.db.segments, this.db.insights, this.db.notes, this.db.outbound]) {
        await t.where("sessionId").anyOf(expired).delete();
      }
      await this.db.pseudonyms.bulkDelete(expired);
    });
    return expired;
  }
}

export type { ChildRow };
