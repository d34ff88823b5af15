/**
 * The vault's IndexedDB schema (Dexie), versioned. Only what must be indexed is stored in clear: ids,
 * session ids, timestamps and expiry. Everything that can hold personal data is in `sealed`.
 */
import Dexie, { type Table } from "dexie";
import type { Sealed, WrappedKey } from "./crypto";

export const DB_NAME = "interview-copilot-vault";

export interface KeyringRow {
  key: "keyring";
  mode: "passphrase" | "device";
  wrapped?: WrappedKey;
  /** Device mode: a non-extractable CryptoKey, stored by structured clone; it cannot be exported. */
  deviceKey?: CryptoKey;
  /** Every session record is bound to its session and position (older vaults are rebound at unlock). */
  bound?: true;
}

export interface SessionRow {
  id: string;
  createdAt: number;
  endedAt: number | null;
  /** null: kept until deleted (an organisation policy may allow that). */
  expiresAt: number | null;
  sealed: Sealed;
}

export interface ChildRow {
  id: string;
  sessionId: string;
  startMs: number;
  sealed: Sealed;
  /** 2: sealed bound to its session and position (childBinding); absent: an older row, bound to its id only. */
  aad?: 2;
}

/** An app setting that can hold personal data (e.g. question-plan templates), sealed like the rest. */
export interface SettingRow {
  key: string;
  sealed: Sealed;
}

export interface PseudonymRow {
  sessionId: string;
  sealed: Sealed;
}

export class VaultDb extends Dexie {
  meta!: Table<KeyringRow, string>;
  sessions!: Table<SessionRow, string>;
  segments!: Table<ChildRow, string>;
  insights!: Table<ChildRow, string>;
  notes!: Table<ChildRow, string>;
  outbound!: Table<ChildRow, string>;
  pseudonyms!: Table<PseudonymRow, string>;
  settings!: Table<SettingRow, string>;

  constructor(options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange; name?: string } = {}) {
    const { name = DB_NAME, ...dexieOptions } = options;
    super(name, dexieOptions);
    declareVersion1(this);
    // v2: segments read in time order per session; outbound entries by time.
    this.version(2)
      .stores({ segments: "id, sessionId, [sessionId+startMs]", outbound: "id, sessionId, startMs" })
      .upgrade(async (tx) => {
        // v1 rows may lack startMs on outbound entries; order them as written.
        let n = 0;
        await tx
          .table("outbound")
          .toCollection()
          .modify((row: Partial<ChildRow>) => {
            row.startMs ??= n += 1;
          });
      });
    // v3: settings that can hold personal data, encrypted (question-plan templates).
    this.version(3).stores({ settings: "key" });
  }
}

/** The first schema, kept so migrations from it stay tested. */
export function declareVersion1(db: Dexie): void {
  db.version(1).stores({
    meta: "key",
    sessions: "id, expiresAt",
    segments: "id, sessionId",
    insights: "id, sessionId",
    notes: "id, sessionId",
    outbound: "id, sessionId",
    pseudonyms: "sessionId",
  });
}
