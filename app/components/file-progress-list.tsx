import type { FileProgress } from "../../lib/models/model-cache";

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function FileProgressList({ files }: { files: FileProgress[] }) {
  if (files.length === 0) return null;
  return (
    <ul className="mt-3 space-y-1 text-sm" aria-label="Model files" data-testid="model-files">
      {files.map((f) => (
        <li key={f.file} className="grid grid-cols-[1fr_auto] items-center gap-x-3">
          <span className="truncate font-mono text-xs">{f.file}</span>
          <span className="tabular-nums text-slate-600 dark:text-slate-300">
            {formatBytes(f.loaded)}
            {f.total !== null ? ` of ${formatBytes(f.total)}` : ""}
            {f.status === "cached" ? " (on device)" : ""}
            {f.integrity ? ` · ${f.integrity}` : ""}
          </span>
          <progress
            className="col-span-2 h-1.5 w-full"
            max={f.total ?? undefined}
            value={f.loaded}
            aria-label={`${f.file} download progress`}
          />
        </li>
      ))}
    </ul>
  );
}
