import os from "node:os";

export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (pos - lo);
}

export interface Row {
  metric: string;
  n: number;
  median: number;
  p95: number;
  unit: string;
  target?: string;
  /** true: meets target; false: misses it; undefined: no target. */
  ok?: boolean;
}

export function row(
  metric: string,
  values: number[],
  unit: string,
  target?: { text: string; max: number; on: "median" | "p95" },
): Row {
  const median = quantile(values, 0.5);
  const p95 = quantile(values, 0.95);
  const judged = target ? (target.on === "median" ? median : p95) : undefined;
  return {
    metric,
    n: values.length,
    median,
    p95,
    unit,
    target: target?.text,
    ok: judged === undefined || !target ? undefined : judged <= target.max,
  };
}

export function machine(extra: Record<string, string> = {}): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const facts = {
    cpu,
    cores: String(os.cpus().length),
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    ...extra,
  };
  return Object.entries(facts)
    .map(([k, v]) => `${k}: ${v}`)
    .join(" · ");
}

export function printTable(title: string, rows: Row[], machineLine: string): void {
  const fmt = (v: number) => (Number.isNaN(v) ? "-" : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(3));
  const cells = rows.map((r) => [
    r.metric,
    String(r.n),
    fmt(r.median),
    fmt(r.p95),
    r.unit,
    r.target ?? "",
    r.ok === undefined ? "" : r.ok ? "met" : "MISSED",
  ]);
  const header = ["metric", "n", "median", "p95", "unit", "target", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]?.length ?? 0)));
  const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(`\n## ${title}\n${machineLine}\n`);
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  cells.forEach((c) => console.log(line(c)));
}
