"use client";

import { forwardRef, useState, type FormEvent } from "react";
import { formatClock } from "../../lib/session/clock";
import type { Note } from "../../lib/session/model";
import { btn, field } from "./ui";

/** Notes and marked moments during the interview (kept encrypted with the session). */
export const NotesBar = forwardRef<
  HTMLInputElement,
  { notes: readonly Note[]; onAdd: (text: string) => void; onMark: () => void }
>(function NotesBar({ notes, onAdd, onMark }, inputRef) {
  // The draft is local to this component: typing re-renders only the bar, not the transcript or cards.
  const [draft, setDraft] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) return;
    onAdd(draft.trim());
    setDraft("");
  };
  return (
    <div className="flex flex-col gap-2">
      <form className="flex gap-2" onSubmit={submit}>
        <label className="sr-only" htmlFor="note-input">
          Add a note
        </label>
        <input
          id="note-input"
          ref={inputRef}
          className={`${field} flex-1`}
          placeholder="Add a note (N), Enter to save"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          data-testid="note-input"
        />
        <button type="submit" className={btn.secondary}>
          Add note
        </button>
        <button type="button" className={btn.secondary} onClick={onMark} aria-keyshortcuts="M">
          Mark moment (M)
        </button>
      </form>
      {notes.length > 0 ? (
        <ul className="max-h-28 overflow-auto text-xs" aria-label="Notes and marked moments" data-testid="notes-list">
          {notes.map((n) => (
            <li key={n.id}>
              <span className="tabular-nums text-slate-600 dark:text-slate-300">{formatClock(n.atMs)}</span>{" "}
              {n.kind === "mark" ? "★ Marked moment" : n.text}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
});
