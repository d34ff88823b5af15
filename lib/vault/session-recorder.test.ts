import "fake-indexeddb/auto";
import Dexie from "dexie";
import { afterEach, describe, expect, it } from "vitest";
import { DB_NAME, VaultDb } from "./db";
import { SessionRecorder } from "./session-recorder";
import { Vault } from "./vault";
import type { SessionData } from "../session/model";

const info = {
  id: "s1",
  candidate: "Marta Ruiz-López",
  role: "Staff engineer",
  createdAt: 1_700_000_000_000,
  endedAt: null,
  retentionMs: 86_400_000,
};
const segment = (n: number) => ({
  id: `mic-${n}`,
  channel: "mic" as const,
  speaker: "Candidate",
  startMs: n * 1000,
  endMs: n * 1000 + 900,
  text: `Sentence number ${n} about Kubernetes.`,
  confidence: 0.9,
  final: true,
});

afterEach(async () => {
  await Dexie.delete(DB_NAME);
});

async function unlockedVault() {
  const vault = new Vault(new VaultDb());
  await vault.setupPassphrase("a long enough passphrase");
  return vault;
}

const quotaError = () => Object.assign(new Error("The quota has been exceeded."), { name: "QuotaExceededError" });

describe("the session recorder (write queue)", () => {
  it("persists each final segment well within a second, and a reopened vault has them all", async () => {
    const vault = await unlockedVault();
    const recorder = new SessionRecorder(vault, "s1");
    recorder.write({ table: "session", id: "s1", value: info });
    const started = Date.now();
    for (let n = 0; n < 5; n++)
      recorder.write({ table: "segments", id: `mic-${n}`, startMs: n * 1000, value: segment(n) });
    await expect.poll(() => recorder.get().pending, { timeout: 1000, interval: 10 }).toBe(0);
    expect(Date.now() - started).toBeLessThan(1000);
    recorder.dispose();

    const reopened = new Vault(new VaultDb());
    await reopened.unlock("a long enough passphrase");
    const { data, unreadable } = await reopened.openSessionData("s1");
    expect(unreadable).toEqual([]);
    expect(data.segments.map((s) => s.id)).toEqual(["mic-0", "mic-1", "mic-2", "mic-3", "mic-4"]);
    expect(data.info.candidate).toBe("Marta Ruiz-López");
  });

  it("a newer write of the same record replaces the waiting one (speaker corrected)", async () => {
    const vault = await unlockedVault();
    const recorder = new SessionRecorder(vault, "s1");
    recorder.write({ table: "session", id: "s1", value: info });
    recorder.write({ table: "segments", id: "mic-0", startMs: 0, value: segment(0) });
    recorder.write({ table: "segments", id: "mic-0", startMs: 0, value: { ...segment(0), speaker: "Interviewer" } });
    await recorder.flush();
    const { data } = await vault.openSessionData("s1");
    expect(data.segments).toHaveLength(1);
    expect(data.segments[0]?.speaker).toBe("Interviewer");
  });

  it("a full disk is reported at once, keeps the writes in memory for export, and they land when space returns", async () => {
    const vault = await unlockedVault();
    let full = true;
    const flaky: Pick<Vault, "put" | "putPseudonyms" | "saveSession"> = {
      saveSession: (i) => vault.saveSession(i),
      putPseudonyms: (s, m) => vault.putPseudonyms(s, m),
      put: async (...args) => {
        if (full) throw quotaError();
        return vault.put(...args);
      },
    };
    const recorder = new SessionRecorder(flaky, "s1", { delayMs: 0, backoffMs: () => 20 });
    recorder.write({ table: "session", id: "s1", value: info });
    recorder.write({ table: "segments", id: "mic-0", startMs: 0, value: segment(0) });
    recorder.write({ table: "segments", id: "mic-1", startMs: 1000, value: segment(1) });
    await expect.poll(() => recorder.get().storageFull, { timeout: 1000, interval: 5 }).toBe(true);
    expect(recorder.unsaved().map((w) => w.id)).toEqual(["mic-0", "mic-1"]);
    expect(recorder.get().error).toBeNull();

    full = false;
    await expect.poll(() => recorder.get().pending, { timeout: 2000, interval: 10 }).toBe(0);
    expect(recorder.get().storageFull).toBe(false);
    expect(recorder.unsaved()).toEqual([]);
    const { data } = await vault.openSessionData("s1");
    expect(data.segments.map((s) => s.id)).toEqual(["mic-0", "mic-1"]);
    recorder.dispose();
  });

  it("other write failures are retried with backoff and reported", async () => {
    const vault = await unlockedVault();
    let failures = 2;
    const flaky: Pick<Vault, "put" | "putPseudonyms" | "saveSession"> = {
      saveSession: async (i) => {
        if (failures-- > 0) throw new Error("transaction aborted");
        return vault.saveSession(i);
      },
      putPseudonyms: (s, m) => vault.putPseudonyms(s, m),
      put: (...args) => vault.put(...args),
    };
    const recorder = new SessionRecorder(flaky, "s1", { delayMs: 0, backoffMs: () => 10 });
    recorder.write({ table: "session", id: "s1", value: info });
    await expect.poll(() => recorder.get().error, { timeout: 1000, interval: 2 }).toBe("transaction aborted");
    await expect.poll(() => recorder.get().saved, { timeout: 1000, interval: 10 }).toBe(1);
    expect(recorder.get().error).toBeNull();
    recorder.dispose();
  });
});

describe("whole sessions in the vault", () => {
  it("imports a shared session in one go, under a fresh id when the id is taken, and deletes it with all it owns", async () => {
    const vault = await unlockedVault();
    const data: SessionData = {
      // The sender kept it forever; this device's policy keeps sessions an hour.
      info: {
        ...info,
        retentionMs: null,
        consent: null,
        plannedMinutes: null,
        scorecard: null,
        modelSummary: null,
        ats: null,
        language: "en",
        detectLanguage: false,
        jobDescription: "",
        questionPlan: ["Kubernetes"],
        analysisMode: "model",
        sample: false,
      },
      segments: [segment(0), segment(1)],
      insights: [
        {
          id: "mic-1-l0",
          type: "insight",
          priority: "medium",
          title: "Skills mentioned",
          content: "Kubernetes",
          source: "local",
          segmentId: "mic-1",
          atMs: 1000,
          flags: { pinned: true, dismissed: false, asked: false },
        },
      ],
      notes: [{ id: "n1", kind: "note", atMs: 500, text: "Strong start" }],
      outbound: [],
      plan: [],
    };
    expect(await vault.importSessionData(data, 3_600_000)).toBe("s1");
    const second = await vault.importSessionData(data, 3_600_000);
    expect(second).not.toBe("s1");
    const { data: back } = await vault.openSessionData(second);
    expect(back.segments.map((s) => s.text)).toEqual(data.segments.map((s) => s.text));
    expect(back.insights[0]?.flags.pinned).toBe(true);
    expect(back.notes[0]?.text).toBe("Strong start");
    expect(back.info.retentionMs).toBe(3_600_000);

    await vault.deleteSessions(["s1"]);
    expect((await vault.listSessions()).map((s) => s.id)).toEqual([second]);
  });
});
