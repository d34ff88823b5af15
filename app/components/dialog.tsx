"use client";

import dynamic from "next/dynamic";
import { useState } from "react";
import type { ModalProps } from "./dialog-content";

// Radix's dialog (focus trap, scroll lock, portal: 43 KB) loads when a dialog first opens: the home
// screen holds several, all closed at start (decision 121).
const RadixModal = dynamic(() => import("./dialog-content").then((m) => m.RadixModal), { ssr: false });

/**
 * A modal dialog: nothing until it first opens, then Radix's, kept mounted so that closing it returns
 * focus and a reopen is immediate.
 */
export function Modal(props: ModalProps) {
  const [opened, setOpened] = useState(props.open);
  // Adjusting state while rendering (React's documented pattern): the dialog mounts in the same render.
  if (props.open && !opened) setOpened(true);
  return opened ? <RadixModal {...props} /> : null;
}
