import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { seal, WrongPassphraseError } from "./crypto";
import { DB_NAME, declareVersion1, VaultDb } from "./db";
import { DEFAULT_RETENTION_MS, Vault, VaultLockedError, type SessionInfoInput } from "./vault";

const SENTENCE = "Marta explained the zebrafish telemetry pipeline she rebuilt in Lisbon";
const HOUR = 60 * 60 * 1000;

const session = (
  id: string,
  endedAt: number | null,
  retentionMs: number | null = DEFAULT_RETENTION_MS,
): SessionInfoInput => ({
  id,
  candidate: "Marta Ruiz-López",
  role: "Staff engineer",
  createdAt: 1_700_000_000_000,
  endedAt,
  retentionMs,
});
const segment = (id: string, startMs: number, text: string) => ({
  id,
  channel: "mic",
  speaker: "Candidate",
  startMs,
  endMs: startMs + 900,
  text,
  confidence: 0.9,
  final: true,
});

afterEach(async () => {
  await Dexie.delete(DB_NAME);
});

async function filledVault(passphrase = "correct horse battery staple") {
  const db = new VaultDb();
  const vault = new Vault(db);
  await vault.setupPassphrase(passphrase);
  await vault.saveSession(session("s1", null));
  await vault.put("segments", "s1", "seg1", 1000, segment("seg1", 1000, SENTENCE));
  await vault.put("segments", "s1", "seg2", 2000, segment("seg2", 2000, "We cut deploys to fifteen minutes."));
  await vault.put("insights", "s1", "ins1", 2000, { title: "Probe ownership" });
  await vault.put("outbound", "s1", "out1", 2500, { body: "[CANDIDATE] said…" });
  await vault.putPseudonyms("s1", { candidate: "Marta Ruiz-López", entries: [] });
  return { db, vault };
}

describe("the encrypted vault (fake-indexeddb, real WebCrypto)", () => {
  it("round-trips a session, in time order, across lock and unlock", async () => {
    const { vault } = await filledVault();
    vault.lock();
    await expect(vault.openSession("s1")).rejects.toBeInstanceOf(VaultLockedError);
    await vault.unlock("correct horse battery staple");
    const opened = await vault.openSession("s1");
    expect(opened.session.candidate).toBe("Marta Ruiz-López");
    expect(opened.children.segments.map((s) => (s as { text: string }).text)).toEqual([
      SENTENCE,
      "We cut deploys to fifteen minutes.",
    ]);
    expect(opened.children.insights).toEqual([{ title: "Probe ownership" }]);
    expect(opened.pseudonyms).toEqual({ candidate: "Marta Ruiz-López", entries: [] });
    expect(opened.unreadable).toEqual([]);
  });

  it("refuses a wrong passphrase with a clear error, changes nothing, and does not lock the data out", async () => {
    const { db, vault } = await filledVault();
    vault.lock();
    const before = JSON.stringify(await db.meta.toArray(), (_, v) => (v instanceof Uint8Array ? Array.from(v) : v));
    await expect(vault.unlock("wrong")).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(vault.unlock("wrong again")).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(JSON.stringify(await db.meta.toArray(), (_, v) => (v instanceof Uint8Array ? Array.from(v) : v))).toBe(
      before,
    );
    await vault.unlock("correct horse battery staple");
    expect((await vault.openSession("s1")).children.segments).toHaveLength(2);
  });

  it("changes the passphrase by re-wrapping the key, without re-encrypting records", async () => {
    const { db, vault } = await filledVault();
    const sealedBefore = (await db.segments.get("seg1"))?.sealed.data;
    await vault.changePassphrase("correct horse battery staple", "new passphrase 2026");
    vault.lock();
    await expect(vault.unlock("correct horse battery staple")).rejects.toBeInstanceOf(WrongPassphraseError);
    await vault.unlock("new passphrase 2026");
    expect((await db.segments.get("seg1"))?.sealed.data).toEqual(sealedBefore);
    expect((await vault.openSession("s1")).children.segments).toHaveLength(2);
  });

  it("detects a flipped ciphertext bit and a swapped record, and still opens the rest", async () => {
    const { db, vault } = await filledVault();
    const row = await db.segments.get("seg1");
    if (!row) throw new Error("missing row");
    const flipped = new Uint8Array(row.sealed.data);
    flipped[3] = (flipped[3] ?? 0) ^ 0x01;
    await db.segments.put({ ...row, sealed: { ...row.sealed, data: flipped } });
    // Swap: the insight's (valid) ciphertext copied into another row.
    const insight = await db.insights.get("ins1");
    if (!insight) throw new Error("missing insight");
    await db.insights.put({ ...insight, id: "ins2", startMs: 3000 });
    const opened = await vault.openSession("s1");
    expect(opened.unreadable.sort()).toEqual(["insights/ins2", "segments/seg1"]);
    expect(opened.children.segments).toHaveLength(1);
    expect(opened.children.insights).toEqual([{ title: "Probe ownership" }]);
  });

  it("binds each record to its session and position: a row moved to another session or time is detected", async () => {
    const { db, vault } = await filledVault();
    await vault.saveSession(session("s2", null));
    const row = await db.segments.get("seg2");
    if (!row) throw new Error("missing row");
    // The whole row, ciphertext intact, re-filed under another session; another one moved in time.
    await db.segments.put({ ...row, sessionId: "s2" });
    const note = await db.outbound.get("out1");
    if (!note) throw new Error("missing outbound row");
    await db.outbound.put({ ...note, startMs: 99 });
    // Claiming to be an older, unbound row does not help either.
    const insight = await db.insights.get("ins1");
    if (!insight) throw new Error("missing insight");
    await db.insights.put({ ...insight, aad: undefined });
    expect((await vault.openSession("s2")).unreadable).toEqual(["segments/seg2"]);
    const opened = await vault.openSession("s1");
    expect(opened.unreadable.sort()).toEqual(["insights/ins1", "outbound/out1"]);
    expect(opened.children.segments).toHaveLength(1);
    // The settings log reports the entry it cannot read instead of dropping it silently.
    expect(await vault.outboundAll()).toMatchObject({ entries: [], unreadable: ["outbound/out1"] });
  });

  it("rebinds rows written before records were bound to their session, once, at unlock", async () => {
    const { db, vault } = await filledVault();
    const key = (vault as unknown as { key: CryptoKey }).key;
    // A row as the previous version wrote it: sealed with its table and id only.
    await db.segments.put({
      id: "old1",
      sessionId: "s1",
      startMs: 500,
      sealed: await seal(key, "segments", "old1", segment("old1", 500, "An answer from last week.")),
    });
    const ring = await db.meta.get("keyring");
    if (!ring) throw new Error("missing keyring");
    await db.meta.put({ ...ring, bound: undefined });
    vault.lock();
    await vault.unlock("correct horse battery staple");
    const rebound = await db.segments.get("old1");
    expect(rebound?.aad).toBe(2);
    expect((await db.meta.get("keyring"))?.bound).toBe(true);
    const opened = await vault.openSession("s1");
    expect(opened.unreadable).toEqual([]);
    expect(opened.children.segments.map((s) => (s as { id: string }).id)).toEqual(["old1", "seg1", "seg2"]);
    // Bound now: moving it is detected like any other row.
    if (rebound) await db.segments.put({ ...rebound, startMs: 501 });
    expect((await vault.openSession("s1")).unreadable).toEqual(["segments/old1"]);
  });

  it("migrates from the first schema and keeps the data", async () => {
    // A database written by the first schema (Dexie exposes its declared tables as properties).
    const v1 = new Dexie(DB_NAME);
    declareVersion1(v1);
    const legacy = new Vault(v1 as unknown as VaultDb);
    await legacy.setupPassphrase("pw");
    await legacy.saveSession(session("s1", null));
    await legacy.put("segments", "s1", "seg1", 1000, segment("seg1", 1000, SENTENCE));
    // The first schema wrote outbound rows without startMs.
    const sealed = (await (v1 as unknown as VaultDb).segments.get("seg1"))?.sealed;
    await v1.table("outbound").put({ id: "out1", sessionId: "s1", sealed });
    v1.close();
    const current = new VaultDb();
    const vault = new Vault(current);
    await vault.unlock("pw");
    expect(current.verno).toBe(3);
    expect((await vault.openSession("s1")).children.segments).toHaveLength(1);
    expect((await current.outbound.get("out1"))?.startMs).toBe(1);
    expect(await current.segments.where("[sessionId+startMs]").between(["s1", 0], ["s1", 5000]).count()).toBe(1);
    // v3's settings table works on the migrated database.
    await vault.putSetting("planTemplates", { Backend: ["Kafka"] });
    expect(await vault.getSetting("planTemplates")).toEqual({ Backend: ["Kafka"] });
  });

  it("keeps settings sealed: templates round-trip, and the raw row holds none of their words", async () => {
    const { db, vault } = await filledVault();
    await vault.putSetting("planTemplates", { "Staff backend": ["Zebrafish telemetry pipeline"] });
    expect(await vault.getSetting("planTemplates")).toEqual({ "Staff backend": ["Zebrafish telemetry pipeline"] });
    const raw = JSON.stringify(await db.settings.toArray(), (_, v) =>
      v instanceof Uint8Array ? Buffer.from(v).toString("latin1") : v,
    ).toLowerCase();
    expect(raw).not.toContain("zebrafish");
    expect(raw).not.toContain("staff backend");
    vault.lock();
    await expect(vault.getSetting("planTemplates")).rejects.toBeInstanceOf(VaultLockedError);
  });

  it("purges everything of an expired session and nothing of a live one", async () => {
    const { db, vault } = await filledVault();
    const ended = 1_700_000_000_000;
    await vault.saveSession(session("s1", ended));
    await vault.saveSession(session("s2", null));
    await vault.put("segments", "s2", "x1", 0, segment("x1", 0, "live"));
    await vault.saveSession(session("s3", ended, null));
    vault.lock(); // expiry needs no key
    expect(await vault.purgeExpired(ended + 23 * HOUR)).toEqual([]);
    expect(await vault.purgeExpired(ended + 24 * HOUR)).toEqual(["s1"]);
    for (const t of [db.segments, db.insights, db.outbound])
      expect(await t.where("sessionId").equals("s1").count()).toBe(0);
    expect(await db.pseudonyms.get("s1")).toBeUndefined();
    expect((await db.sessions.toCollection().primaryKeys()).sort()).toEqual(["s2", "s3"]);
    expect(await db.segments.where("sessionId").equals("s2").count()).toBe(1);
    // An interrupted session never reopened still expires: 12 hours after it began counts as its end.
    expect(await vault.purgeExpired(ended + 36 * HOUR - 1)).toEqual([]);
    expect(await vault.purgeExpired(ended + 36 * HOUR)).toEqual(["s2"]);
    expect(await db.segments.where("sessionId").equals("s2").count()).toBe(0);
    expect(await db.sessions.toCollection().primaryKeys()).toEqual(["s3"]);
  });

  it("leaves none of a seeded sentence's words in the raw IndexedDB contents", async () => {
    const { db } = await filledVault();
    const raw: string[] = [];
    for (const table of db.tables) {
      for (const row of await table.toArray()) {
        raw.push(JSON.stringify(row, (_, v) => (v instanceof Uint8Array ? Buffer.from(v).toString("latin1") : v)));
      }
    }
    const dump = raw.join("\n").toLowerCase();
    for (const word of SENTENCE.toLowerCase()
      .split(" ")
      .filter((w) => w.length > 3))
      expect(dump).not.toContain(word);
    expect(dump).not.toContain("ruiz");
  });

  it("works without a passphrase on a non-extractable device key", async () => {
    const db = new VaultDb();
    const vault = new Vault(db);
    await vault.setupDeviceKey();
    await vault.saveSession(session("d1", null));
    vault.lock();
    await vault.unlock();
    expect((await vault.openSession("d1")).session.role).toBe("Staff engineer");
    const ring = await db.meta.get("keyring");
    expect(ring?.deviceKey?.extractable).toBe(false);
  });
});
