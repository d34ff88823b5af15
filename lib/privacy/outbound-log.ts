/**
 * What left the device, in order, as the one door out records it. Readers ask for what is new since
 * the last entry they saw (a long interview must not copy the whole log on every request), and only
 * the newest entries are held in memory: older ones are already in the vault.
 */
import type { OutboundRecord } from "./analysis-client";

/** Entries held in memory; the vault keeps every entry. */
export const OUTBOUND_MEMORY_LIMIT = 500;

export interface OutboundSince {
  /** Entries after the one asked for, oldest first (at most OUTBOUND_MEMORY_LIMIT). */
  entries: OutboundRecord[];
  /** Sequence number of the newest entry: pass it next time. */
  next: number;
  /** Entries the reader missed because they had already left memory. */
  missed: number;
}

export class OutboundLog {
  private readonly held: OutboundRecord[] = [];
  /** How many entries were ever recorded (the sequence number of the newest). */
  private total = 0;

  constructor(private readonly limit = OUTBOUND_MEMORY_LIMIT) {}

  record(entry: OutboundRecord): void {
    this.held.push(entry);
    this.total += 1;
    if (this.held.length > this.limit) this.held.splice(0, this.held.length - this.limit);
  }

  /** Entries recorded after sequence number `seen` (0: from the start). */
  since(seen: number): OutboundSince {
    const first = this.total - this.held.length;
    const from = Math.max(seen, first);
    return {
      entries: this.held.slice(from - first),
      next: this.total,
      missed: from - Math.min(Math.max(seen, 0), from),
    };
  }

  get size(): number {
    return this.total;
  }
}
