import { MODEL_CATALOG } from "../models/catalog";
import { commandArgs } from "./args";
import { inspectModel, type ModelReport } from "../lib/models/node-store";
import { LOCAL_MODEL_DIR } from "../lib/models/paths";

function formatMb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

export function summarize(report: ModelReport): string {
  const counts = new Map<string, number>();
  for (const f of report.files) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} ${status}`).join(", ");
}

const USAGE = `copilot models [--json]
  Lists the models the app declares, what is present in the local model store, sizes and integrity.
  --json   one JSON object per model
`;

export async function modelsCommand(args: string[]): Promise<number> {
  const parsed = commandArgs("models", USAGE, args, { json: { type: "boolean" } });
  if (typeof parsed === "number") return parsed;
  if (parsed.positionals.length > 0) {
    process.stderr.write(`copilot models: unexpected argument "${parsed.positionals[0]}"\n\n${USAGE}`);
    return 2;
  }
  const json = parsed.values.json === true;
  const reports = await Promise.all(
    MODEL_CATALOG.filter((m) => m.origin !== "npm").map((spec) => inspectModel(spec, LOCAL_MODEL_DIR)),
  );
  if (json) {
    for (const r of reports) {
      process.stdout.write(
        `${JSON.stringify({ id: r.spec.id, kind: r.spec.kind, task: r.spec.task, usable: r.usable, bytes: r.bytes, files: r.files })}\n`,
      );
    }
    return 0;
  }
  process.stdout.write(`Model store: ${LOCAL_MODEL_DIR}\n\n`);
  const rows = reports.map((r) => [
    r.spec.id,
    r.spec.kind,
    r.usable ? "present" : r.files.some((f) => f.status !== "missing") ? "incomplete" : "absent",
    r.bytes > 0 ? formatMb(r.bytes) : "-",
    summarize(r),
  ]);
  const header = ["model", "kind", "state", "size", "files"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)));
  for (const row of [header, ...rows]) {
    process.stdout.write(
      `${row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join("  ")
        .trimEnd()}\n`,
    );
  }
  process.stdout.write(
    "\nverified: matches the catalog's sha256 · recorded: matches the hash recorded at fetch/import/generation · unverified: nothing to compare with\n",
  );
  return 0;
}
