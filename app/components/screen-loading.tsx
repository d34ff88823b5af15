import { muted } from "./ui";

/** Shown while a screen's code loads: announced politely, like the other waits in the app. */
export function ScreenLoading({ label }: { label: string }) {
  return (
    <p role="status" className={`text-sm ${muted}`}>
      {label}
    </p>
  );
}
