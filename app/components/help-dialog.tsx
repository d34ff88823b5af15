import { Modal } from "./dialog";

export const SHORTCUTS: [string, string][] = [
  ["R", "Start recording"],
  ["P", "Pause or resume"],
  ["Shift + X", "Stop recording"],
  ["S", "Switch speaker (one microphone)"],
  ["M", "Mark this moment"],
  ["N", "Write a note"],
  ["1 – 4", "Insights, Questions, Fact Check, Sentiment"],
  ["?", "Show these shortcuts"],
];

export function HelpDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Modal open={open} onOpenChange={onOpenChange} title="Keyboard shortcuts" testId="help-dialog">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {SHORTCUTS.map(([key, what]) => (
          <div key={key} className="contents">
            <dt>
              <kbd className="rounded border border-slate-400 px-1.5 font-mono text-xs">{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-300">Shortcuts are off while you type in a field.</p>
    </Modal>
  );
}
