/**
 * The transcript as the UI shows it: segments ordered by start time, partials replaced by their finals,
 * retracted partials removed, speakers correctable. Immutable snapshots for React.
 */
import type { SegmentUpdate } from "../transcription/utterance-transcriber";
import type { Segment } from "./segment";

export interface TranscriptSnapshot {
  segments: readonly Segment[];
  finalCount: number;
}

export class TranscriptStore {
  private byId = new Map<string, Segment>();
  private snapshot: TranscriptSnapshot = { segments: [], finalCount: 0 };
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (): TranscriptSnapshot => this.snapshot;

  apply(update: SegmentUpdate): void {
    if (update.kind === "retract") {
      if (!this.byId.delete(update.id)) return;
    } else {
      const existing = this.byId.get(update.segment.id);
      // A late partial never overwrites its final.
      if (existing?.final && !update.segment.final) return;
      this.byId.set(update.segment.id, update.segment);
    }
    this.publish();
  }

  /** Replaces everything (an imported transcript, a reopened session). */
  load(segments: Segment[]): void {
    this.byId = new Map(segments.map((s) => [s.id, s]));
    this.publish();
  }

  setSpeaker(id: string, speaker: string): void {
    const segment = this.byId.get(id);
    if (!segment || segment.speaker === speaker) return;
    this.byId.set(id, { ...segment, speaker });
    this.publish();
  }

  private publish(): void {
    const segments = [...this.byId.values()].sort((a, b) => a.startMs - b.startMs || a.id.localeCompare(b.id));
    this.snapshot = { segments, finalCount: segments.filter((s) => s.final).length };
    this.listeners.forEach((l) => l());
  }
}
