import { btn } from "./ui";

/** The hidden input's keyboard focus, shown on the label that looks like a button. */
const FOCUS_RING = "focus-within:ring-2 focus-within:ring-blue-600 focus-within:ring-offset-2";

/**
 * A file picker that looks like a button: the label names the input (so it is found by its label) and the
 * native "No file chosen" text never shows. The input is cleared after each pick, so the same file can be
 * picked again after an error.
 */
export function FileButton({ label, accept, onFile }: { label: string; accept: string; onFile: (file: File) => void }) {
  return (
    <label className={`${btn.secondary} ${FOCUS_RING} inline-block cursor-pointer`}>
      {label}
      <input
        type="file"
        className="sr-only"
        accept={accept}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) onFile(file);
        }}
      />
    </label>
  );
}
