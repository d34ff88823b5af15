"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState } from "react";
import { formatClock } from "../../lib/session/clock";
import { CANDIDATE, INTERVIEWER, type Segment } from "../../lib/transcript/segment";

/**
 * The transcript: partial text in grey, auto-scroll that pauses while the user reads further up, and
 * only the rows in view rendered (virtualized), so two hours of speech stay smooth.
 */
export function TranscriptView({
  segments,
  onCorrectSpeaker,
  jumpTo,
  className = "h-[55vh]",
}: {
  segments: readonly Segment[];
  onCorrectSpeaker?: (id: string, speaker: string) => void;
  /** Scroll to and highlight this segment (n changes on each request). */
  jumpTo?: { id: string; n: number } | null;
  className?: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const [follow, setFollow] = useState(true);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtual = useVirtualizer({
    count: segments.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 44,
    overscan: 8,
    getItemKey: (i) => segments[i]?.id ?? i,
  });

  useEffect(() => {
    if (follow && segments.length > 0) virtual.scrollToIndex(segments.length - 1, { align: "end" });
  }, [segments, follow, virtual]);

  useEffect(() => {
    if (!jumpTo) return;
    const index = segments.findIndex((s) => s.id === jumpTo.id);
    if (index < 0) return;
    setFollow(false);
    virtual.scrollToIndex(index, { align: "center" });
    // Only a new jump request scrolls; later segments do not pull the view back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [jumpTo]);

  return (
    <div className="relative">
      <div
        ref={scroller}
        role="log"
        aria-label="Transcript"
        data-testid="transcript"
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          setFollow(el.scrollHeight - el.scrollTop - el.clientHeight < 48);
        }}
        className={`${className} overflow-y-auto rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900`}
      >
        {segments.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-300">The transcript appears here as people speak.</p>
        ) : null}
        <div style={{ height: virtual.getTotalSize(), position: "relative" }}>
          {virtual.getVirtualItems().map((item) => {
            const s = segments[item.index];
            if (!s) return null;
            const highlighted = jumpTo?.id === s.id;
            return (
              <div
                key={item.key}
                ref={virtual.measureElement}
                data-index={item.index}
                data-testid={s.final ? "segment-final" : "segment-partial"}
                data-segment-id={s.id}
                data-language={s.language}
                lang={s.language}
                style={{
                  position: "absolute",
                  top: 0,
                  left: 0,
                  width: "100%",
                  transform: `translateY(${item.start}px)`,
                }}
                className={`grid grid-cols-[3.5rem_7rem_1fr] items-baseline gap-2 py-1 text-sm ${highlighted ? "rounded bg-amber-100 dark:bg-amber-900" : ""}`}
              >
                <span className="tabular-nums text-slate-600 dark:text-slate-300">{formatClock(s.startMs)}</span>
                {onCorrectSpeaker ? (
                  <button
                    type="button"
                    title="Correct the speaker"
                    onClick={() => onCorrectSpeaker(s.id, s.speaker === INTERVIEWER ? CANDIDATE : INTERVIEWER)}
                    className={`truncate rounded px-1 text-left font-medium ${s.speaker === INTERVIEWER ? "text-blue-800 dark:text-blue-300" : "text-emerald-800 dark:text-emerald-300"}`}
                  >
                    {s.speaker}
                  </button>
                ) : (
                  <span className="truncate font-medium">{s.speaker}</span>
                )}
                {s.final ? (
                  <span>{s.text}</span>
                ) : (
                  // A partial: the words two passes agreed on in normal weight, the still unstable tail grey.
                  <span>
                    <span data-testid="partial-stable">{s.text.slice(0, s.stableChars ?? 0)}</span>
                    <span className="italic text-slate-600 dark:text-slate-300" data-testid="partial-tail">
                      {s.text.slice(s.stableChars ?? 0)}
                    </span>
                  </span>
                )}
              </div>
            );
          })}
        </div>
      </div>
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
