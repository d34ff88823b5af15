"use client";

import { useEffect, useRef, useState } from "react";
import { CANDIDATE, INTERVIEWER, type Segment } from "../../lib/transcript/segment";

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/** Live transcript: partial text in grey, auto-scroll that pauses while the user reads further up. */
export function TranscriptView({
  segments,
  onCorrectSpeaker,
}: {
  segments: readonly Segment[];
  onCorrectSpeaker: (id: string, speaker: string) => void;
}) {
  const box = useRef<HTMLOListElement>(null);
  const [follow, setFollow] = useState(true);
  useEffect(() => {
    const el = box.current;
    if (el && follow) el.scrollTop = el.scrollHeight;
  }, [segments, follow]);

  return (
    <div className="relative">
      <ol
        ref={box}
        aria-label="Transcript"
        aria-live="polite"
        data-testid="transcript"
        onScroll={(e) => {
          const el = e.currentTarget;
          setFollow(el.scrollHeight - el.scrollTop - el.clientHeight < 24);
        }}
        className="max-h-[50vh] min-h-32 space-y-2 overflow-y-auto rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
      >
        {segments.length === 0 ? (
          <li className="text-sm text-slate-500">The transcript appears here as people speak.</li>
        ) : null}
        {segments.map((s) => (
          <li
            key={s.id}
            data-testid={s.final ? "segment-final" : "segment-partial"}
            data-segment-id={s.id}
            className="grid grid-cols-[3.5rem_7rem_1fr] gap-2 text-sm"
          >
            <span className="tabular-nums text-slate-500 dark:text-slate-400">{clock(s.startMs)}</span>
            <button
              type="button"
              title="Correct the speaker"
              aria-label={`Speaker ${s.speaker}; change`}
              onClick={() => onCorrectSpeaker(s.id, s.speaker === INTERVIEWER ? CANDIDATE : INTERVIEWER)}
              className={`truncate rounded px-1 text-left font-medium ${s.speaker === INTERVIEWER ? "text-blue-800 dark:text-blue-300" : "text-emerald-800 dark:text-emerald-300"}`}
            >
              {s.speaker}
            </button>
            <span className={s.final ? "" : "italic text-slate-500 dark:text-slate-400"}>{s.text}</span>
          </li>
        ))}
      </ol>
      {!follow ? (
        <button
          type="button"
          onClick={() => setFollow(true)}
          className="absolute bottom-2 right-4 rounded-full bg-blue-800 px-3 py-1 text-xs text-white shadow"
        >
          Jump to live
        </button>
      ) : null}
    </div>
  );
}
