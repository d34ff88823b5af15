"use client";

import { useCallback, useEffect, useState } from "react";

interface DocumentPictureInPicture {
  requestWindow(options: { width: number; height: number }): Promise<Window>;
}

export type PopoutKind = "picture-in-picture" | "window";

/** Copies the page's styles into the floating window, so the panel looks the same there. */
function copyStyles(from: Document, to: Document): void {
  for (const node of from.querySelectorAll('link[rel="stylesheet"], style')) to.head.append(node.cloneNode(true));
  to.documentElement.className = from.documentElement.className;
  to.body.className = "bg-slate-50 p-2 text-slate-900 dark:bg-slate-950 dark:text-slate-100";
}

/**
 * A floating window for the copilot panel: Document Picture-in-Picture (stays on top of the meeting, in
 * Chromium), else a small separate window. The caller renders into `target` with a portal, so both
 * windows show the same React state.
 */
export function usePopout() {
  const [win, setWin] = useState<Window | null>(null);
  const [kind, setKind] = useState<PopoutKind | null>(null);
  const [error, setError] = useState<string | null>(null);

  const open = useCallback(async () => {
    setError(null);
    let opened: Window | null = null;
    let how: PopoutKind = "picture-in-picture";
    const pip = (window as unknown as { documentPictureInPicture?: DocumentPictureInPicture }).documentPictureInPicture;
    if (pip) {
      try {
        opened = await pip.requestWindow({ width: 440, height: 680 });
      } catch {
        opened = null;
      }
    }
    if (!opened) {
      how = "window";
      opened = window.open("", "copilot-panel", "popup,width=440,height=680");
    }
    if (!opened) {
      setError("The browser blocked the pop-out window. Allow pop-ups for this site and try again.");
      return;
    }
    opened.document.title = "Interview Copilot: panel";
    copyStyles(document, opened.document);
    const target = opened;
    target.addEventListener("pagehide", () => {
      setWin((w) => (w === target ? null : w));
    });
    setKind(how);
    setWin(target);
  }, []);

  const close = useCallback(() => {
    win?.close();
    setWin(null);
  }, [win]);

  // The floating window closes with the session.
  useEffect(() => () => win?.close(), [win]);

  return { target: win?.document.body ?? null, kind, error, open, close };
}
