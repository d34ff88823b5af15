/**
 * The outbox runner: sends each session's due ATS pushes through the organisation's server, one at a
 * time, writes every request to the session's outbound log in the vault, and saves the outcome in the
 * session's encrypted record. It runs when the vault opens, when the browser comes back online, on a
 * timer for the next retry, and when the interviewer pushes; a push survives a reload because it
 * lives in the vault, and is sent once because its idempotency key goes with it.
 */
import { afterAttempt, duePushes, type SessionAts } from "../../lib/ats/outbox";
import { AtsPushClient } from "../../lib/ats/push-client";
import type { OutboundRecord } from "../../lib/privacy/analysis-client";
import type { SessionInfo } from "../../lib/session/model";
import { SerialQueue } from "../../lib/serial-queue";

export interface OutboxVault {
  listSessions(): Promise<{ info: SessionInfo | null; id: string }[]>;
  saveSession(info: SessionInfo): Promise<void>;
  put(table: "outbound", sessionId: string, id: string, startMs: number, value: unknown): Promise<void>;
}

export interface AtsOutboxDeps {
  vault: OutboxVault;
  fetch: typeof fetch;
  now?: () => number;
  isOnline?: () => boolean;
}

export type OutboxListener = (sessionId: string, ats: SessionAts, outbound: OutboundRecord[]) => void;

export class AtsOutbox {
  private readonly queue = new SerialQueue((error) =>
    console.warn(`ats outbox: ${error instanceof Error ? error.message : String(error)}`),
  );
  private readonly listeners = new Set<OutboxListener>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private disposed = false;

  constructor(private readonly deps: AtsOutboxDeps) {}

  private now = () => (this.deps.now ?? Date.now)();

  subscribe(listener: OutboxListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Sends what is due now (after any run in progress). */
  kick(): Promise<void> {
    return this.queue.run(() => this.drain());
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private async drain(): Promise<void> {
    if (this.disposed || this.deps.isOnline?.() === false) return;
    for (const { id, info } of await this.deps.vault.listSessions()) {
      if (!info?.ats) continue;
      for (const push of duePushes(info.ats, this.now())) {
        const outbound: OutboundRecord[] = [];
        const client = new AtsPushClient({
          fetch: this.deps.fetch,
          record: async (entry) => {
            outbound.push(entry);
            const at = Date.parse(entry.at) || this.now();
            await this.deps.vault.put(
              "outbound",
              id,
              `${id}:ats-${push.key}-${push.attempts}-${outbound.length}`,
              at,
              entry,
            );
          },
        });
        const outcome = await client.push({
          connector: push.connector,
          record: push.record,
          debrief: push.debrief,
          key: push.key,
        });
        // The newest record of the session (the interviewer may have edited it meanwhile).
        const fresh = (await this.deps.vault.listSessions()).find((s) => s.id === id)?.info;
        if (!fresh?.ats) continue;
        const ats = afterAttempt(fresh.ats, push.key, outcome, this.now());
        await this.deps.vault.saveSession({ ...fresh, ats });
        this.listeners.forEach((l) => l(id, ats, outbound));
      }
    }
    await this.schedule();
  }

  /** The next retry, on a timer. */
  private async schedule(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const next = (await this.deps.vault.listSessions())
      .flatMap((s) => s.info?.ats?.pushes ?? [])
      .filter((p) => p.status === "pending")
      .reduce((min, p) => Math.min(min, p.nextAttemptAt), Infinity);
    if (!Number.isFinite(next) || this.disposed) return;
    this.timer = setTimeout(() => void this.kick(), Math.max(1_000, next - this.now()));
  }
}
