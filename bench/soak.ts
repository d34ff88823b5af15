/**
 * npm run soak — a two-hour interview through the live pipeline at accelerated speed, on the production
 * build, in Debian's Chromium: the sample player (?sampleMinutes=120, lib/session/long-interview.ts) feeds
 * the transcript store, the privacy worker (scrubber and local analyzer), the vault and the UI, as a live
 * session does. Every simulated minute, after a forced garbage collection, it samples the JS heap in use of
 * the page and of each dedicated worker (privacy, asr, vad: attached over CDP), the live DOM nodes, and the
 * transcript rows on screen. Prints a table and the growth from minute 15 to minute 120 (acceptance: < 10 %);
 * writes every sample to .tmp/bench-results/soak.json (.tmp/ is git-ignored; SOAK_OUT overrides the path).
 *
 * Builds nothing: it needs a production build that has the ?sampleMinutes wiring (npm run build), like
 * npm run bench, and stops with a message if there is none.
 *
 * Knobs: SOAK_MINUTES (120), SOAK_SPEED (24: two hours in about five minutes, if the pipeline keeps up;
 * the sample player's waits are not held back by its 100 ms tick, lib/session/sample-player.ts).
 * SOAK_SNAPSHOTS=1 also writes heap snapshots of the page and the privacy worker at minute 15 and at the end
 * next to the JSON, to compare in DevTools (Memory, Comparison) when something grows.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, createWriteStream } from "node:fs";
import path from "node:path";
import type { CDPSession, Page } from "@playwright/test";
import { longInterview } from "../lib/session/long-interview";
import { launchChromium } from "./browser";
import { withServer } from "./server";
import { machine } from "./stats";

const PORT = 3207;
const MINUTES = Number(process.env.SOAK_MINUTES ?? 120);
const SPEED = Number(process.env.SOAK_SPEED ?? 24);
const OUT = process.env.SOAK_OUT ?? ".tmp/bench-results/soak.json";
const SNAPSHOTS = process.env.SOAK_SNAPSHOTS === "1";
const SHOWN = [...new Set([1, 5, 15, 30, 45, 60, 75, 90, 105, 120, MINUTES])].filter((m) => m <= MINUTES);
const FROM = Math.min(15, MINUTES);
const WORKERS = ["privacy", "asr", "vad"] as const;
const LIMIT_PCT = 10;
const MB = 2 ** 20;

interface Sample {
  minute: number;
  /** Real seconds since the sample started playing. */
  realS: number;
  /** Simulated time of the newest final segment on screen. */
  simMs: number;
  pageHeapUsed: number;
  pageHeapTotal: number;
  workers: Record<string, { used: number; total: number } | null>;
  domNodes: number;
  jsEventListeners: number;
  /** Transcript rows rendered (the list is virtualized) and the transcript's length. */
  rowsOnScreen: number;
  segments: number;
  /** The copilot panel's per-tab counts. */
  counts: Record<string, number>;
  /** Milliseconds the sampling itself took (GC included). */
  sampleMs: number;
}

/**
 * Dedicated workers over CDP. Playwright's CDPSession cannot address a child session, so this uses the
 * non-flattened protocol: the page's own CDP session auto-attaches to its workers and talks to each one
 * through Target.sendMessageToTarget / Target.receivedMessageFromTarget.
 */
class WorkerTargets {
  readonly byName = new Map<string, string>();
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Map<string, ((params: unknown) => void)[]>();

  constructor(private readonly cdp: CDPSession) {
    cdp.on("Target.attachedToTarget", ({ sessionId, targetInfo }) => {
      if (targetInfo.type !== "worker") return;
      // A dedicated worker's title is the name it was created with ({ name: "privacy" }).
      const name = WORKERS.find((w) => targetInfo.title === w || targetInfo.url.includes(`${w}.worker`));
      this.byName.set(name ?? targetInfo.title ?? targetInfo.url, sessionId);
    });
    cdp.on("Target.detachedFromTarget", ({ sessionId }) => {
      for (const [name, id] of this.byName) if (id === sessionId) this.byName.delete(name);
    });
    cdp.on("Target.receivedMessageFromTarget", ({ message }) => {
      const data = JSON.parse(message) as {
        id?: number;
        result?: unknown;
        error?: { message: string };
        method?: string;
        params?: unknown;
      };
      if (data.id !== undefined) {
        const waiter = this.waiting.get(data.id);
        this.waiting.delete(data.id);
        if (data.error) waiter?.reject(new Error(data.error.message));
        else waiter?.resolve(data.result);
      } else if (data.method) for (const l of this.listeners.get(data.method) ?? []) l(data.params);
    });
  }

  async start(): Promise<void> {
    await this.cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  }

  send<T>(name: string, method: string, params: object = {}): Promise<T> {
    const sessionId = this.byName.get(name);
    if (!sessionId) return Promise.reject(new Error(`no worker named ${name}`));
    const id = this.next++;
    const reply = new Promise<T>((resolve, reject) =>
      this.waiting.set(id, { resolve: resolve as (v: unknown) => void, reject }),
    );
    void this.cdp
      .send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method, params }) })
      .catch((e: Error) => this.waiting.get(id)?.reject(e));
    return reply;
  }

  on(method: string, listener: (params: unknown) => void): () => void {
    const list = this.listeners.get(method) ?? [];
    list.push(listener);
    this.listeners.set(method, list);
    return () => list.splice(list.indexOf(listener), 1);
  }
}

type HeapUsage = { usedSize: number; totalSize: number };

async function workerHeap(workers: WorkerTargets, name: string): Promise<{ used: number; total: number } | null> {
  if (!workers.byName.has(name)) return null;
  try {
    await workers.send(name, "HeapProfiler.collectGarbage");
    const heap = await workers.send<HeapUsage>(name, "Runtime.getHeapUsage");
    return { used: heap.usedSize, total: heap.totalSize };
  } catch {
    return null;
  }
}

/** Reads the transcript on screen: rows rendered, the transcript's length and the newest final line. */
const PROGRESS = `(() => {
  const rows = [...document.querySelectorAll("[data-testid=segment-final],[data-testid=segment-partial]")];
  let segments = 0, newestFinal = -1, ordered = true, lastIndex = -1, lastLine = -1;
  const sorted = rows
    .map((r) => ({ index: Number(r.getAttribute("data-index")), line: Number((r.getAttribute("data-segment-id") ?? "").split("-sample-")[1]), final: r.getAttribute("data-testid") === "segment-final" }))
    .sort((a, b) => a.index - b.index);
  for (const r of sorted) {
    segments = Math.max(segments, r.index + 1);
    if (r.final) newestFinal = Math.max(newestFinal, r.line);
    if (r.index <= lastIndex || r.line <= lastLine) ordered = false;
    lastIndex = r.index; lastLine = r.line;
  }
  // A partial row may only be the newest row: finals arrive in order.
  const partialBehind = sorted.some((r, i) => !r.final && i < sorted.length - 1);
  const counts = {};
  for (const el of document.querySelectorAll("[data-testid^=count-]")) counts[el.getAttribute("data-testid").slice(6)] = Number(el.textContent) || 0;
  return { rowsOnScreen: rows.length, segments, newestFinal, ordered: ordered && !partialBehind, counts,
    status: document.querySelector("[data-testid=live-status]")?.textContent ?? "" };
})()`;

interface Progress {
  rowsOnScreen: number;
  segments: number;
  newestFinal: number;
  ordered: boolean;
  counts: Record<string, number>;
  status: string;
}

async function snapshotTo(file: string, cdp: CDPSession | null, workers: WorkerTargets | null, name?: string) {
  const out = createWriteStream(file);
  if (cdp) {
    const onChunk = ({ chunk }: { chunk: string }) => out.write(chunk);
    cdp.on("HeapProfiler.addHeapSnapshotChunk", onChunk);
    await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
    cdp.off("HeapProfiler.addHeapSnapshotChunk", onChunk);
  } else if (workers && name) {
    const off = workers.on("HeapProfiler.addHeapSnapshotChunk", (p) => out.write((p as { chunk: string }).chunk));
    await workers.send(name, "HeapProfiler.enable");
    await workers.send(name, "HeapProfiler.takeHeapSnapshot", { reportProgress: false });
    off();
  }
  await new Promise<void>((resolve) => out.end(resolve));
}

function hasWiring(): boolean {
  const dir = ".next/static/chunks";
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.join(d, e.name)) : e.name.endsWith(".js") ? [path.join(d, e.name)] : [],
    );
  try {
    return walk(dir).some((f) => readFileSync(f, "utf8").includes("sampleMinutes"));
  } catch {
    return false;
  }
}

async function soak(baseUrl: string) {
  const lines = longInterview(MINUTES);
  const lineEnd = lines.map((l) => l.startMs + l.durationMs);
  const outDir = path.dirname(OUT);
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    const page: Page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    const cdp = await page.context().newCDPSession(page);
    const workers = new WorkerTargets(cdp);
    await workers.start();
    await cdp.send("Performance.enable");
    await page.goto(`${baseUrl}/?sampleMinutes=${MINUTES}&sampleSpeed=${SPEED}`);
    // The vault gate, as bench/browser.ts's openApp does (without ?metrics=1: its timing arrays would grow).
    await page.getByRole("button", { name: "Use this device's key instead" }).click();
    await page.getByRole("button", { name: "New interview" }).waitFor();
    await page.getByRole("button", { name: "Try a sample interview" }).click();
    await page.getByTestId("segment-final").first().waitFor({ timeout: 60_000 });
    const started = Date.now();

    const samples: Sample[] = [];
    let outOfOrder = 0;
    const take = async (minute: number, p: Progress): Promise<Sample> => {
      const t0 = Date.now();
      await cdp.send("HeapProfiler.collectGarbage");
      const heap = (await cdp.send("Runtime.getHeapUsage")) as HeapUsage;
      const { metrics } = await cdp.send("Performance.getMetrics");
      const metric = (n: string) => metrics.find((m) => m.name === n)?.value ?? NaN;
      const w: Sample["workers"] = {};
      for (const name of new Set([...WORKERS, ...workers.byName.keys()])) w[name] = await workerHeap(workers, name);
      const s: Sample = {
        minute,
        realS: (t0 - started) / 1000,
        simMs: p.newestFinal >= 0 ? (lineEnd[p.newestFinal] ?? 0) : 0,
        pageHeapUsed: heap.usedSize,
        pageHeapTotal: heap.totalSize,
        workers: w,
        domNodes: metric("Nodes"),
        jsEventListeners: metric("JSEventListeners"),
        rowsOnScreen: p.rowsOnScreen,
        segments: p.segments,
        counts: p.counts,
        sampleMs: Date.now() - t0,
      };
      samples.push(s);
      const fmt = (b: number | undefined) => (b === undefined ? "-" : (b / MB).toFixed(1));
      console.error(
        `  min ${String(minute).padStart(3)} at ${s.realS.toFixed(0)} s: page ${fmt(s.pageHeapUsed)} MB, ` +
          Object.entries(w)
            .map(([n, v]) => `${n} ${fmt(v?.used)}`)
            .join(", ") +
          `, ${s.domNodes} nodes, ${s.segments} segments (sampled in ${s.sampleMs} ms)`,
      );
      return s;
    };

    let minute = 1;
    let p = (await page.evaluate(PROGRESS)) as Progress;
    const deadline = Date.now() + 40 * 60_000;
    while (minute <= MINUTES) {
      p = (await page.evaluate(PROGRESS)) as Progress;
      if (!p.ordered) outOfOrder += 1;
      const sim = p.newestFinal >= 0 ? (lineEnd[p.newestFinal] ?? 0) : 0;
      const done = p.newestFinal === lines.length - 1;
      if (sim >= minute * 60_000 || done) {
        await take(minute, p);
        if (SNAPSHOTS && (minute === FROM || minute === MINUTES)) {
          await snapshotTo(path.join(outDir, `soak-page-${minute}.heapsnapshot`), cdp, null);
          if (workers.byName.has("privacy"))
            await snapshotTo(path.join(outDir, `soak-privacy-${minute}.heapsnapshot`), null, workers, "privacy");
        }
        // A minute that passed while sampling is sampled now, with the same progress.
        minute += 1;
        while (minute <= MINUTES && sim >= minute * 60_000) await take(minute++, p);
        continue;
      }
      if (Date.now() > deadline) throw new Error(`the sample stalled at line ${p.newestFinal} of ${lines.length}`);
      await page.waitForTimeout(250);
    }
    const playedS = (Date.now() - started) / 1000;
    // The player reports Stopped after the last line; then the analysis drains.
    await page.getByTestId("live-status").filter({ hasText: "Stopped" }).waitFor({ timeout: 120_000 });
    let last = JSON.stringify(p.counts);
    for (let quiet = 0; quiet < 3;) {
      await page.waitForTimeout(1000);
      p = (await page.evaluate(PROGRESS)) as Progress;
      const now = JSON.stringify(p.counts);
      quiet = now === last ? quiet + 1 : 0;
      last = now;
    }
    const drained = await take(MINUTES + 1, p);
    const finalsOk = p.newestFinal === lines.length - 1 && p.segments === lines.length;
    const lastText = (await page.getByTestId("segment-final").last().textContent()) ?? "";
    return {
      version: browser.version(),
      lines: lines.length,
      playedS,
      samples,
      drained,
      outOfOrder,
      finalsOk,
      lastLineShown: lastText.includes(lines.at(-1)?.text ?? "\u0000"),
      errors,
    };
  } finally {
    await browser.close();
  }
}

function growth(from: number | undefined, to: number | undefined): number {
  return from && to ? ((to - from) / from) * 100 : NaN;
}

if (!hasWiring())
  throw new Error(
    "no production build with the ?sampleMinutes wiring in app/components/live-view.tsx: run npm run build first",
  );
console.error(`soak: ${MINUTES} simulated minutes at ${SPEED}× (progress on stderr)`);
const result = await withServer(PORT, soak);
const at = (m: number) => result.samples.find((s) => s.minute === m);
const workerNames = [...new Set(result.samples.flatMap((s) => Object.keys(s.workers)))];
const mb = (b: number | undefined | null) => (b === undefined || b === null ? "-" : (b / MB).toFixed(1));

const header = [
  "sim. minute",
  "real s",
  "page MB",
  ...workerNames.map((w) => `${w} MB`),
  "DOM nodes",
  "segments",
  "rows on screen",
];
const rows = [...SHOWN.map(at), result.drained]
  .filter((s): s is Sample => s !== undefined)
  .map((s) => [
    s.minute > MINUTES ? "end (drained)" : String(s.minute),
    s.realS.toFixed(0),
    mb(s.pageHeapUsed),
    ...workerNames.map((w) => mb(s.workers[w]?.used)),
    String(s.domNodes),
    String(s.segments),
    String(s.rowsOnScreen),
  ]);
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
const line = (c: string[]) => `| ${c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(" | ")} |`;
console.log(
  `\n## bench/soak: ${MINUTES} simulated minutes at ${SPEED}× (${result.lines} lines, played in ${result.playedS.toFixed(0)} s, ` +
    `effectively ${((MINUTES * 60) / result.playedS).toFixed(1)}×)\n${machine({ chromium: result.version })}\n`,
);
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
rows.forEach((r) => console.log(line(r)));

const a = at(FROM);
const b = at(MINUTES);
const growths: [string, number][] = [
  ["page", growth(a?.pageHeapUsed, b?.pageHeapUsed)],
  ...workerNames.map((w): [string, number] => [`${w} worker`, growth(a?.workers[w]?.used, b?.workers[w]?.used)]),
];
console.log(`\nJS heap growth from minute ${FROM} to minute ${MINUTES} (after a forced GC; target < ${LIMIT_PCT} %):`);
for (const [name, g] of growths)
  console.log(
    `- ${name}: ${Number.isNaN(g) ? "not measured (not started: the sample plays without a microphone)" : `${g >= 0 ? "+" : ""}${g.toFixed(1)} % ${g < LIMIT_PCT ? "met" : "MISSED"}`}`,
  );
// One pair of points is noisy (about ±0.3 MB between neighbouring minutes): the least-squares trend over
// the same span says whether the heap climbs steadily.
const trend = (pick: (s: Sample) => number | undefined) => {
  const pts = result.samples
    .filter((s) => s.minute >= FROM && s.minute <= MINUTES)
    .map((s) => [s.minute, pick(s)] as const)
    .filter((p): p is readonly [number, number] => p[1] !== undefined);
  if (pts.length < 2) return NaN;
  const mx = pts.reduce((t, p) => t + p[0], 0) / pts.length;
  const my = pts.reduce((t, p) => t + p[1], 0) / pts.length;
  const slope = pts.reduce((t, p) => t + (p[0] - mx) * (p[1] - my), 0) / pts.reduce((t, p) => t + (p[0] - mx) ** 2, 0);
  return (slope * 60) / MB;
};
const trends = [
  `page ${trend((s) => s.pageHeapUsed).toFixed(2)}`,
  ...workerNames.filter((w) => at(FROM)?.workers[w]).map((w) => `${w} ${trend((s) => s.workers[w]?.used).toFixed(2)}`),
];
console.log(`- trend (least squares, minutes ${FROM}–${MINUTES}), MB per simulated hour: ${trends.join(", ")}`);
console.log(
  `- DOM nodes: ${growth(a?.domNodes, b?.domNodes).toFixed(1)} %; pipeline: ${result.finalsOk ? "every line arrived as a final, in order" : "FINALS MISSING"}` +
    `${result.outOfOrder ? `, ${result.outOfOrder} out-of-order views` : ""}${result.lastLineShown ? "" : ", last line not shown"}` +
    `${result.errors.length ? `; page errors: ${result.errors.join(" | ")}` : ""}`,
);
writeFileSync(
  OUT,
  JSON.stringify(
    { machine: machine({ chromium: result.version }), minutes: MINUTES, speed: SPEED, ...result },
    null,
    2,
  ),
);
console.log(`\nRaw samples: ${OUT}`);
const missed = growths.some(([, g]) => g >= LIMIT_PCT) || !result.finalsOk;
process.exitCode = missed ? 1 : 0;
