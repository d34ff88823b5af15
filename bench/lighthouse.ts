/**
 * bench/lighthouse — Lighthouse 12 (mobile preset, simulated throttling) on a running production server:
 *
 *   npx next start -p 3310 &
 *   npx tsx bench/lighthouse.ts --url http://127.0.0.1:3310/ [--runs 3] [--unlocked] [--save DIR]
 *
 * Builds and starts nothing. Each run gets a fresh Chromium profile, so it sees a first visit: the vault
 * set-up screen. --unlocked first sets the vault up with the device key (and drops the service worker it
 * registers), then audits the home screen behind it (interviews on this device, settings). --save DIR
 * keeps each run's report (JSON) there. --cpu-slowdown N replaces the mobile preset's 4× CPU slowdown, to
 * see the scores a slower host would get (Lighthouse scales the tasks it traced here; its benchmark index
 * in the table says how fast this host was).
 *
 * Lighthouse is not one of the app's dependencies: install it beside the project (Lighthouse 13 needs
 * Node 22) with `npm i -D -E lighthouse@12.2.3`, or point LIGHTHOUSE_DIR at a folder where it is
 * installed. chrome-launcher and puppeteer-core come from Lighthouse's own dependencies.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { CHROMIUM_ARGS } from "../playwright.config";
import { machine, printTable, quantile, row, type Row } from "./stats";

const CHROMIUM_FLAGS = ["--headless=new", ...CHROMIUM_ARGS];

interface LhResult {
  lhr: {
    lighthouseVersion: string;
    runtimeError?: { code: string; message: string };
    environment: { benchmarkIndex: number; hostUserAgent: string };
    categories: Record<string, { score: number | null }>;
    audits: Record<
      string,
      {
        numericValue?: number;
        details?: {
          overallSavingsBytes?: number;
          items?: { severity?: string; directive?: string; description?: string }[];
        };
      }
    >;
  };
}
type Lighthouse = (url: string, flags: Record<string, unknown>, config?: unknown) => Promise<LhResult | undefined>;
interface Launched {
  port: number;
  kill: () => void;
}
interface ChromeLauncher {
  launch: (o: { chromePath: string; chromeFlags: string[] }) => Promise<Launched>;
}
interface PuppeteerPage {
  goto: (url: string) => Promise<unknown>;
  createCDPSession: () => Promise<{ send: (method: string) => Promise<unknown> }>;
  waitForFunction: (fn: string, o?: { timeout?: number }) => Promise<unknown>;
  evaluate: (fn: string) => Promise<unknown>;
}
interface Puppeteer {
  connect: (o: { browserURL: string }) => Promise<{
    newPage: () => Promise<PuppeteerPage & { close: () => Promise<void> }>;
    disconnect: () => Promise<void>;
  }>;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Lighthouse from the project, or from LIGHTHOUSE_DIR; its own chrome-launcher and puppeteer-core. */
async function loadTools(): Promise<{ lighthouse: Lighthouse; launcher: ChromeLauncher; puppeteer: Puppeteer }> {
  const base = process.env.LIGHTHOUSE_DIR ? path.resolve(process.env.LIGHTHOUSE_DIR, "package.json") : import.meta.url;
  let entry: string;
  try {
    entry = createRequire(base).resolve("lighthouse");
  } catch {
    throw new Error("lighthouse is not installed: npm i -D -E lighthouse@12.2.3 (or set LIGHTHOUSE_DIR)");
  }
  const fromLighthouse = createRequire(entry);
  const load = async (file: string) => (await import(pathToFileURL(file).href)) as { default: unknown };
  return {
    lighthouse: (await load(entry)).default as Lighthouse,
    launcher: (await load(fromLighthouse.resolve("chrome-launcher"))) as unknown as ChromeLauncher,
    puppeteer: (await load(fromLighthouse.resolve("puppeteer-core"))).default as Puppeteer,
  };
}

/**
 * Sets the vault up with the device key, then unregisters the service worker and empties the caches, so
 * the audit loads every script from the network as a first visit would (IndexedDB, the vault, stays).
 */
async function unlockVault(puppeteer: Puppeteer, port: number, url: string): Promise<void> {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  const page = await browser.newPage();
  await page.goto(url);
  const clickDeviceKey = `(() => {
    const b = [...document.querySelectorAll("button")].find((e) => e.textContent?.includes("device's key"));
    if (b) b.click();
    return [...document.querySelectorAll("button")].some((e) => e.textContent === "New interview");
  })()`;
  await page.waitForFunction(clickDeviceKey, { timeout: 60_000 });
  await page.evaluate(
    `navigator.serviceWorker.getRegistrations().then((rs) => Promise.all(rs.map((r) => r.unregister())))
      .then(() => caches.keys()).then((ks) => Promise.all(ks.map((k) => caches.delete(k))))`,
  );
  await (await page.createCDPSession()).send("Network.clearBrowserCache");
  await page.close();
  await browser.disconnect();
}

const url = arg("url") ?? "http://127.0.0.1:3310/";
const runs = Number(arg("runs") ?? 3);
const unlocked = process.argv.includes("--unlocked");
const save = arg("save");
const cpuSlowdown = arg("cpu-slowdown") === undefined ? undefined : Number(arg("cpu-slowdown"));
if (cpuSlowdown !== undefined && !(cpuSlowdown >= 1 && cpuSlowdown <= 20))
  throw new Error(`--cpu-slowdown must be a number from 1 to 20 (got ${arg("cpu-slowdown")})`);
const chromePath = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const { lighthouse, launcher, puppeteer } = await loadTools();
const samples = { perf: [] as number[], lcp: [] as number[], tbt: [] as number[], unused: [] as number[] };
const other = {
  a11y: [] as number[],
  bp: [] as number[],
  fcp: [] as number[],
  si: [] as number[],
  cls: [] as number[],
  /** Lighthouse's "Ensure CSP is effective against XSS attacks" (csp-xss): its high-severity findings. */
  cspHigh: [] as number[],
};
const cspFindings = new Set<string>();
let version = "";
let chromium = "";
const benchmarkIndex: number[] = [];

/** A run whose trace Lighthouse could not record (NO_NAVSTART and the like) is retried, at most this often. */
const MAX_RETRIES = 3;
let retries = 0;

for (let i = 0; i < runs; i += 1) {
  const chrome = await launcher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS });
  try {
    if (unlocked) await unlockVault(puppeteer, chrome.port, url);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices"],
      disableStorageReset: unlocked,
      ...(cpuSlowdown === undefined ? {} : { throttling: { cpuSlowdownMultiplier: cpuSlowdown } }),
    });
    if (!result) throw new Error("lighthouse returned no result");
    const { lhr } = result;
    if (lhr.runtimeError && retries < MAX_RETRIES) {
      retries += 1;
      console.error(`run ${i + 1}: Lighthouse could not measure (${lhr.runtimeError.code}); running it again`);
      i -= 1;
      continue;
    }
    if (save) {
      mkdirSync(save, { recursive: true });
      writeFileSync(
        path.join(save, `${unlocked ? "home-unlocked" : "first-visit"}-${i + 1}.json`),
        JSON.stringify(lhr),
      );
    }
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
    const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    version = lhr.lighthouseVersion;
    chromium = lhr.environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? "?";
    benchmarkIndex.push(lhr.environment.benchmarkIndex);
    samples.perf.push(score("performance"));
    samples.lcp.push(value("largest-contentful-paint"));
    samples.tbt.push(value("total-blocking-time"));
    samples.unused.push((lhr.audits["unused-javascript"]?.details?.overallSavingsBytes ?? 0) / 1024);
    other.a11y.push(score("accessibility"));
    other.bp.push(score("best-practices"));
    other.fcp.push(value("first-contentful-paint"));
    other.si.push(value("speed-index"));
    other.cls.push(value("cumulative-layout-shift"));
    const csp = lhr.audits["csp-xss"]?.details?.items ?? [];
    for (const f of csp) cspFindings.add(`${f.severity ?? "?"}: ${f.directive ?? ""} ${f.description ?? ""}`.trim());
    other.cspHigh.push(csp.filter((f) => /high/i.test(f.severity ?? "")).length);
  } finally {
    chrome.kill();
  }
}

// A score is better high: its p95 is the low tail (95% of runs score at least that), judged against the target.
const scoreRow = (metric: string, values: number[], min: number): Row => {
  const low = quantile(values, 0.05);
  return { ...row(metric, values, "score"), p95: low, target: `p95 >= ${min}`, ok: low >= min };
};
const rows: Row[] = [
  scoreRow("performance", samples.perf, 90),
  row("largest contentful paint", samples.lcp, "ms", { text: "p95 <= 2500", max: 2500, on: "p95" }),
  row("total blocking time", samples.tbt, "ms", { text: "p95 <= 200", max: 200, on: "p95" }),
  row("unused JavaScript", samples.unused, "KiB", { text: "p95 < 100", max: 99.99, on: "p95" }),
  row("first contentful paint", other.fcp, "ms"),
  row("speed index", other.si, "ms"),
  row("cumulative layout shift", other.cls, ""),
  scoreRow("accessibility", other.a11y, 100),
  scoreRow("best practices", other.bp, 100),
  row("CSP high-severity findings (csp-xss)", other.cspHigh, "", { text: "= 0", max: 0, on: "p95" }),
];

const screen = unlocked ? "home screen, vault unlocked" : "first visit, vault set-up screen";
const index = benchmarkIndex.map((b) => b.toFixed(0)).join("/");
printTable(
  `bench/lighthouse (${url}, ${screen})`,
  rows,
  machine({
    chromium,
    lighthouse: `${version}, mobile preset${cpuSlowdown === undefined ? "" : `, CPU slowdown ${cpuSlowdown}×`}`,
    benchmarkIndex: index,
  }),
);
for (const finding of cspFindings) console.log(`csp-xss finding: ${finding}`);
