/**
 * Never lose a final segment: every final segment, insight, note and outbound entry of a live session
 * is queued and written to the vault within a fraction of a second, and retried with backoff when a
 * write fails. When storage is full the queue keeps everything in memory, says so at once, and
 * `unsaved()` hands it over for export; writing resumes when space comes back.
 */
import { ObservableState } from "../observable-state";
import type { SessionInfoInput, Vault } from "./vault";
import type { ChildTable } from "./vault";

export interface RecorderState {
  /** Writes waiting (in memory only). */
  pending: number;
  saved: number;
  storageFull: boolean;
  /** The last write failure other than a full disk, for the status line. */
  error: string | null;
}

export type RecorderWrite =
  | { table: ChildTable; id: string; startMs: number; value: unknown }
  | { table: "session"; id: string; value: SessionInfoInput }
  | { table: "pseudonyms"; id: string; value: unknown };

export interface RecorderOptions {
  /** How long a write waits for others to join it (well under the 1 s promise). */
  delayMs?: number;
  /** Backoff after the n-th consecutive failure. */
  backoffMs?: (failures: number) => number;
}

export function isQuotaError(error: unknown): boolean {
  for (
    let cause = error as { name?: string; inner?: unknown } | undefined;
    cause;
    cause = cause.inner as typeof cause
  ) {
    if (cause.name === "QuotaExceededError") return true;
  }
  return false;
}

const defaultBackoff = (n: number) => Math.min(5_000, 250 * 2 ** (n - 1)) * (0.75 + Math.random() * 0.5);

export class SessionRecorder extends ObservableState<RecorderState> {
  private readonly queue = new Map<string, RecorderWrite>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private flushing: Promise<void> | null = null;
  private failures = 0;
  private disposed = false;
  private readonly delayMs: number;
  private readonly backoff: (n: number) => number;

  constructor(
    private readonly vault: Pick<Vault, "put" | "putPseudonyms" | "saveSession">,
    private readonly sessionId: string,
    options: RecorderOptions = {},
  ) {
    super({ pending: 0, saved: 0, storageFull: false, error: null });
    this.delayMs = options.delayMs ?? 50;
    this.backoff = options.backoffMs ?? defaultBackoff;
  }

  /** Queues a write; a newer write of the same record replaces one still waiting. */
  write(entry: RecorderWrite): void {
    if (this.disposed) return;
    this.queue.delete(`${entry.table}:${entry.id}`);
    this.queue.set(`${entry.table}:${entry.id}`, entry);
    this.set({ pending: this.queue.size });
    if (this.failures === 0) this.schedule(this.delayMs);
  }

  /** What is not in the vault yet, oldest first (for "export the unsaved part"). */
  unsaved(): RecorderWrite[] {
    return [...this.queue.values()];
  }

  private schedule(ms: number): void {
    if (this.timer !== null || this.disposed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, ms);
  }

  /** Writes everything queued; resolves when the queue is empty or a write failed (a retry is scheduled). */
  flush(): Promise<void> {
    this.flushing ??= this.drain().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async drain(): Promise<void> {
    while (this.queue.size > 0) {
      const [key, entry] = this.queue.entries().next().value as [string, RecorderWrite];
      try {
        await this.store(entry);
      } catch (error) {
        this.failures += 1;
        const full = isQuotaError(error);
        this.set({ storageFull: full, error: full ? null : ((error as Error).message ?? String(error)) });
        this.schedule(this.backoff(this.failures));
        return;
      }
      // A newer version queued meanwhile stays queued.
      if (this.queue.get(key) === entry) this.queue.delete(key);
      this.failures = 0;
      this.set({ pending: this.queue.size, saved: this.state.saved + 1, storageFull: false, error: null });
    }
  }

  private async store(entry: RecorderWrite): Promise<void> {
    if (entry.table === "session") return this.vault.saveSession(entry.value);
    if (entry.table === "pseudonyms") return this.vault.putPseudonyms(this.sessionId, entry.value);
    // Record ids are scoped by session: segment ids repeat across sessions.
    return this.vault.put(entry.table, this.sessionId, `${this.sessionId}:${entry.id}`, entry.startMs, entry.value);
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
