/**
 * One live session's interviewer-side state, outside React: the insights shown, the interviewer's
 * flags on them and the notes. The analysis controller writes insights here, components read it, and
 * the persistence layer subscribes to it (as tldraw's store is listened to), so nothing diffs copies.
 */
import { sortInsights, type Insight } from "../analysis/insight";
import { ObservableState } from "../observable-state";
import { NO_FLAGS, type InsightFlags, type Note, type SessionData } from "./model";

export type FlagAction = "pin" | "dismiss" | "asked";

export interface LiveSessionState {
  /** High priority first. */
  insights: Insight[];
  flags: Record<string, InsightFlags>;
  notes: Note[];
}

export class SessionStore extends ObservableState<LiveSessionState> {
  private noteCount = 0;

  constructor(restored?: Pick<SessionData, "insights" | "notes">) {
    super({
      insights: sortInsights(restored?.insights.map(({ flags: _flags, ...insight }) => insight) ?? []),
      flags: Object.fromEntries(restored?.insights.map((i) => [i.id, i.flags]) ?? []),
      notes: restored?.notes ?? [],
    });
    this.noteCount = this.state.notes.length;
  }

  get insights(): Insight[] {
    return this.state.insights;
  }

  setInsights(insights: Insight[]): void {
    if (insights !== this.state.insights) this.set({ insights });
  }

  flag(id: string, action: FlagAction): void {
    const current = this.state.flags[id] ?? NO_FLAGS;
    const next =
      action === "pin"
        ? { ...current, pinned: !current.pinned }
        : action === "asked"
          ? { ...current, asked: !current.asked }
          : { ...current, dismissed: true };
    this.set({ flags: { ...this.state.flags, [id]: next } });
  }

  addNote(kind: Note["kind"], atMs: number, text = ""): Note {
    this.noteCount += 1;
    const note: Note = { id: `n${Date.now().toString(36)}${this.noteCount}`, kind, atMs, text };
    this.set({ notes: [...this.state.notes, note] });
    return note;
  }
}
