/**
 * npm run bench [transcription|scrub|insights|report|vault|ui|lighthouse]  — prints tables: the machine, medians and
 * p95s, targets. `lighthouse` runs only when named (it audits the production home screen, first visit and
 * unlocked, three runs each).
 * Needs the generated models (npm run models:generate) and, for browser figures, a production build
 * (npm run build) and Debian's Chromium.
 */
import { machine, printTable } from "./stats";
import { benchInsights } from "./insights";
import { benchInsightsBrowser } from "./insights-browser";
import { benchReport } from "./report";
import { benchScrub } from "./scrub";
import { loadAllScrubLanguages } from "../lib/privacy/language-words";
import { benchTranscriptionBrowser } from "./transcription-browser";
import { benchTranscriptionNode } from "./transcription-node";
import { benchVaultBrowser } from "./vault-browser";
import { benchUiBrowser } from "./ui-browser";
import { spawnSync } from "node:child_process";
import { withServer } from "./server";

const wanted = new Set(process.argv.slice(2));
const all = wanted.size === 0;

if (all || wanted.has("transcription")) {
  const rows = await benchTranscriptionNode();
  const browser = await benchTranscriptionBrowser();
  printTable("bench/transcription", [...rows, ...browser.rows], machine({ chromium: browser.version }));
}

if (all || wanted.has("scrub")) {
  await loadAllScrubLanguages();
  printTable("bench/scrub", benchScrub(), machine());
}

if (all || wanted.has("insights")) {
  printTable("bench/insights", [...benchInsights(), ...(await benchInsightsBrowser())], machine());
}

if (all || wanted.has("report")) {
  printTable("bench/report", benchReport(), machine());
}

if (all || wanted.has("vault")) {
  const result = await benchVaultBrowser();
  printTable("bench/vault", result.rows, machine({ chromium: result.version }));
}

if (all || wanted.has("ui")) {
  const result = await benchUiBrowser();
  printTable("bench/ui", result.rows, machine({ chromium: result.version }));
}

if (wanted.has("lighthouse")) {
  await withServer(3330, async (baseUrl) => {
    for (const screen of [[], ["--unlocked"]]) {
      const run = spawnSync("npx", ["tsx", "bench/lighthouse.ts", "--url", `${baseUrl}/`, ...screen], {
        stdio: "inherit",
      });
      if (run.status !== 0) throw new Error(`bench/lighthouse failed (${run.status})`);
    }
  });
}
