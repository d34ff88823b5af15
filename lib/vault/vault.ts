/**
 * The encrypted vault: sessions, transcript segments, insights, notes, the outbound log and the pseudonym
 * map, sealed field by field (see crypto.ts). A wrong passphrase changes nothing; an unreadable record is
 * reported and the rest of its session opens.
 */
import { CopilotError } from "../errors";
import {
  createDeviceKey,
  createWrappedDataKey,
  childBinding,
  open,
  rewrapDataKey,
  seal,
  unwrapDataKey,
  UnreadableRecordError,
} from "./crypto";
import type { ChildRow, SessionRow, VaultDb } from "./db";
import {
  expiresAt as expiryOf,
  newSessionId,
  NoteSchema,
  OutboundEntrySchema,
  SessionInfoSchema,
  StoredInsightSchema,
  type SessionData,
  type SessionInfo,
} from "../session/model";
import { SegmentSchema } from "../transcript/segment";
import type { z } from "zod";

export type SessionInfoInput = z.input<typeof SessionInfoSchema>;
export type { SessionInfo };

export const DEFAULT_RETENTION_MS = 24 * 60 * 60 * 1000;

export type ChildTable = "segments" | "insights" | "notes" | "outbound";
const CHILD_TABLES: readonly ChildTable[] = ["segments", "insights", "notes", "outbound"];

/** A session's record, checked against the session and position it is stored under. */
const openChild = (key: CryptoKey, table: ChildTable, row: ChildRow) =>
  open(key, table, row.id, row.sealed, row.aad === 2 ? childBinding(row.sessionId, row.startMs) : undefined);

export interface OpenedSession {
  session: SessionInfo;
  children: Record<ChildTable, unknown[]>;
  pseudonyms: unknown | null;
  /** Records that failed authentication (tampered, moved, corrupt): reported, not fatal. */
  unreadable: string[];
}

export class VaultLockedError extends CopilotError {
  constructor() {
    super({ code: "vault_locked", message: "the vault is locked: unlock it first" });
    this.name = "VaultLockedError";
  }
}

const vaultState = (message: string) => new CopilotError({ code: "vault_state", message });

export class Vault {
  private key: CryptoKey | null = null;

  constructor(private readonly db: VaultDb) {}

  async state(): Promise<"new" | "locked" | "unlocked"> {
    if (this.key) return "unlocked";
    return (await this.db.meta.get("keyring")) ? "locked" : "new";
  }

  async setupPassphrase(passphrase: string): Promise<void> {
    if (await this.db.meta.get("keyring")) throw vaultState("the vault is already set up");
    const { key, wrapped } = await createWrappedDataKey(passphrase);
    await this.db.meta.put({ key: "keyring", mode: "passphrase", wrapped, bound: true });
    this.key = key;
  }

  async setupDeviceKey(): Promise<void> {
    if (await this.db.meta.get("keyring")) throw vaultState("the vault is already set up");
    const deviceKey = await createDeviceKey();
    await this.db.meta.put({ key: "keyring", mode: "device", deviceKey, bound: true });
    this.key = deviceKey;
  }

  /** Throws WrongPassphraseError on a wrong passphrase; nothing is written either way. */
  async unlock(passphrase?: string): Promise<void> {
    const ring = await this.db.meta.get("keyring");
    if (!ring) throw vaultState("the vault is not set up yet");
    if (ring.mode === "device") {
      if (!ring.deviceKey) throw vaultState("the device key is missing from this browser profile");
      this.key = ring.deviceKey;
    } else {
      if (!ring.wrapped || passphrase === undefined) throw vaultState("this vault needs its passphrase");
      this.key = await unwrapDataKey(ring.wrapped, passphrase);
    }
    if (!ring.bound) {
      await this.rebindOlderRows(this.key);
      await this.db.meta.put({ ...ring, bound: true });
    }
  }

  /**
   * Rows written before records were bound to their session and position are re-sealed with that
   * binding once the key is known (unreadable ones are left as they are, to be reported on open).
   */
  private async rebindOlderRows(key: CryptoKey): Promise<void> {
    for (const table of CHILD_TABLES) {
      const older = await this.db[table].filter((r) => r.aad !== 2).toArray();
      for (const r of older) {
        const value = await open(key, table, r.id, r.sealed).catch(() => undefined);
        if (value === undefined) continue;
        await this.db[table].put({
          ...r,
          sealed: await seal(key, table, r.id, value, childBinding(r.sessionId, r.startMs)),
          aad: 2,
        });
      }
    }
  }

  lock(): void {
    this.key = null;
  }

  async changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void> {
    const ring = await this.db.meta.get("keyring");
    if (!ring?.wrapped) throw vaultState("this vault has no passphrase to change");
    const wrapped = await rewrapDataKey(ring.wrapped, oldPassphrase, newPassphrase);
    await this.db.meta.put({ ...ring, wrapped });
  }

  private requireKey(): CryptoKey {
    if (!this.key) throw new VaultLockedError();
    return this.key;
  }

  async saveSession(input: SessionInfoInput): Promise<void> {
    const key = this.requireKey();
    const info = SessionInfoSchema.parse(input);
    const row: SessionRow = {
      id: info.id,
      createdAt: info.createdAt,
      endedAt: info.endedAt,
      expiresAt: expiryOf(info),
      sealed: await seal(key, "sessions", info.id, info),
    };
    await this.db.sessions.put(row);
  }

  async put(table: ChildTable, sessionId: string, id: string, startMs: number, value: unknown): Promise<void> {
    const key = this.requireKey();
    const sealed = await seal(key, table, id, value, childBinding(sessionId, startMs));
    const row: ChildRow = { id, sessionId, startMs, sealed, aad: 2 };
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
        info: await open<unknown>(key, "sessions", r.id, r.sealed)
          .then((raw) => SessionInfoSchema.parse(raw))
          .catch(() => null),
      })),
    );
  }

  async openSession(sessionId: string): Promise<OpenedSession> {
    const key = this.requireKey();
    const row = await this.db.sessions.get(sessionId);
    if (!row) throw vaultState(`no session ${sessionId}`);
    const session = SessionInfoSchema.parse(await open<unknown>(key, "sessions", sessionId, row.sealed));
    const unreadable: string[] = [];
    const children = { segments: [], insights: [], notes: [], outbound: [] } as Record<ChildTable, unknown[]>;
    for (const table of Object.keys(children) as ChildTable[]) {
      const rows = await this.db[table].where("sessionId").equals(sessionId).sortBy("startMs");
      for (const r of rows) {
        try {
          children[table].push(await openChild(key, table, r));
        } catch (error) {
          if (error instanceof UnreadableRecordError) unreadable.push(error.where);
          else throw error;
        }
      }
    }
    const pseudonymRow = await this.db.pseudonyms.get(sessionId);
    let pseudonyms: unknown | null = null;
    if (pseudonymRow) {
      try {
        pseudonyms = await open(key, "pseudonyms", sessionId, pseudonymRow.sealed);
      } catch (error) {
        if (error instanceof UnreadableRecordError) unreadable.push(error.where);
        else throw error;
      }
    }
    return { session, children, pseudonyms, unreadable };
  }

  /** A setting sealed in the vault (null when unset); an unreadable one throws UnreadableRecordError. */
  async getSetting<T>(key: string): Promise<T | null> {
    const dataKey = this.requireKey();
    const row = await this.db.settings.get(key);
    return row ? open<T>(dataKey, "settings", key, row.sealed) : null;
  }

  async putSetting(key: string, value: unknown): Promise<void> {
    await this.db.settings.put({ key, sealed: await seal(this.requireKey(), "settings", key, value) });
  }

  /**
   * Every outbound-log entry still kept, newest first (settings: "what left this device"); entries
   * that fail authentication are reported in `unreadable`, as openSession does, and the rest open.
   */
  async outboundAll(): Promise<{ entries: { sessionId: string; entry: unknown }[]; unreadable: string[] }> {
    const key = this.requireKey();
    const rows = await this.db.outbound.orderBy("startMs").reverse().toArray();
    const entries: { sessionId: string; entry: unknown }[] = [];
    const unreadable: string[] = [];
    for (const r of rows) {
      try {
        entries.push({ sessionId: r.sessionId, entry: await openChild(key, "outbound", r) });
      } catch (error) {
        if (!(error instanceof UnreadableRecordError)) throw error;
        unreadable.push(error.where);
      }
    }
    return { entries, unreadable };
  }

  /** Deletes every expired session with all it owns; works while locked (expiry is in clear). */
  async purgeExpired(now: number): Promise<string[]> {
    const expired = await this.db.sessions.where("expiresAt").belowOrEqual(now).primaryKeys();
    await this.deleteSessions(expired);
    return expired;
  }

  /** Deletes sessions with their segments, insights, notes, outbound entries and pseudonym maps. */
  async deleteSessions(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const children = [this.db.segments, this.db.insights, this.db.notes, this.db.outbound];
    await this.db.transaction("rw", [this.db.sessions, this.db.pseudonyms, ...children], async () => {
      await this.db.sessions.bulkDelete(ids);
      for (const t of children) await t.where("sessionId").anyOf(ids).delete();
      await this.db.pseudonyms.bulkDelete(ids);
    });
  }

  /**
   * A whole session, each record checked against its schema: a record that fails authentication or the
   * schema is reported in `unreadable` and the rest opens.
   */
  async openSessionData(
    sessionId: string,
  ): Promise<{ data: SessionData; unreadable: string[]; pseudonyms: unknown | null }> {
    const opened = await this.openSession(sessionId);
    const unreadable = [...opened.unreadable];
    const parse = <T>(table: string, schema: z.ZodType<T>, rows: unknown[]): T[] =>
      rows.flatMap((raw, n) => {
        const parsed = schema.safeParse(raw);
        if (parsed.success) return [parsed.data];
        unreadable.push(`${table} record ${n + 1} of session ${sessionId} (unexpected content)`);
        return [];
      });
    const data: SessionData = {
      info: opened.session,
      segments: parse("segments", SegmentSchema, opened.children.segments),
      insights: parse("insights", StoredInsightSchema, opened.children.insights),
      notes: parse("notes", NoteSchema, opened.children.notes),
      outbound: parse("outbound", OutboundEntrySchema, opened.children.outbound),
      plan: [],
    };
    return { data, unreadable, pseudonyms: opened.pseudonyms };
  }

  /**
   * Writes an imported session (a share file) in one transaction; a new id if this vault has its id.
   * This device's retention applies, not the sender's: a share file cannot make its copy live longer
   * (or forever) here.
   */
  async importSessionData(data: SessionData, localRetentionMs: number | null): Promise<string> {
    const key = this.requireKey();
    const id = (await this.db.sessions.get(data.info.id)) ? newSessionId() : data.info.id;
    const info = { ...data.info, id, retentionMs: localRetentionMs };
    const sealedRows = async (
      table: "segments" | "insights" | "notes",
      items: { id: string; at: number; v: unknown }[],
    ) =>
      Promise.all(
        items.map(async (x): Promise<ChildRow> => ({
          id: `${id}:${x.id}`,
          sessionId: id,
          startMs: x.at,
          sealed: await seal(key, table, `${id}:${x.id}`, x.v, childBinding(id, x.at)),
          aad: 2,
        })),
      );
    const segments = await sealedRows(
      "segments",
      data.segments.map((v) => ({ id: v.id, at: v.startMs, v })),
    );
    const insights = await sealedRows(
      "insights",
      data.insights.map((v) => ({ id: v.id, at: v.atMs, v })),
    );
    const notes = await sealedRows(
      "notes",
      data.notes.map((v) => ({ id: v.id, at: v.atMs, v })),
    );
    const sessionRow: SessionRow = {
      id,
      createdAt: info.createdAt,
      endedAt: info.endedAt,
      expiresAt: expiryOf(info),
      sealed: await seal(key, "sessions", id, info),
    };
    await this.db.transaction("rw", [this.db.sessions, this.db.segments, this.db.insights, this.db.notes], async () => {
      await this.db.sessions.put(sessionRow);
      await this.db.segments.bulkPut(segments);
      await this.db.insights.bulkPut(insights);
      await this.db.notes.bulkPut(notes);
    });
    return id;
  }
}

export type { ChildRow };
