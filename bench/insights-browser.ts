/**
 * The analysis pipeline in the browser, timed from a final segment to its card in the DOM:
 * - a local insight (the privacy worker's analyzer, no network);
 * - a model insight, minus the model's response time (measured at an in-process OpenAI-compatible test
 *   server that answers at once): scrubbing, the one door out, the route, streaming, parsing, rendering.
 * A MutationObserver notes when each card element is added, so rendering is inside the figure.
 */
import type { Page } from "@playwright/test";
import { launchChromium, openApp } from "./browser";
import { startLlmTestServer } from "../lib/testing/llm-test-server";
import { findSkills } from "../lib/analysis/rules/skills";
import { technologies } from "../lib/analysis/tech-dictionary";
import { row, type Row } from "./stats";
import { withServer } from "./server";

declare global {
  interface Window {
    /** Card id → when its element entered the DOM (Date.now()). */
    __cardsSeen?: Record<string, number>;
  }
}

const PORT = 3202;
const WINDOWS = 24;

const vtt = (i: number, answer: string) =>
  Buffer.from(
    `WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Interviewer>Question ${i}: how did you scale the service?\n\n2\n00:00:05.000 --> 00:00:09.000\n<v Candidate>${answer}\n`,
  );

/** Technologies the analyzer recognises in a plain sentence: each window names a new one, so each gets a card. */
const FRESH_TECH = technologies()
  .map((t) => t.name)
  .filter((name) => findSkills(`I used ${name} every day.`).some((s) => s.tech.name === name))
  .slice(0, WINDOWS);

/** Runs in the page: no named inner functions there (tsx would wrap them in a helper the page lacks). */
async function watchCards(page: Page, testId: string): Promise<void> {
  await page.evaluate((id) => {
    const seen: Record<string, number> = {};
    window.__cardsSeen = seen;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.addedNodes) {
          if (!(n instanceof Element)) continue;
          for (const el of [n, ...n.querySelectorAll(`[data-testid="${id}"]`)]) {
            const cardId = el.matches(`[data-testid="${id}"]`) ? el.getAttribute("data-insight-id") : null;
            if (cardId && !(cardId in seen)) seen[cardId] = Date.now();
          }
        }
    }).observe(document.body, { childList: true, subtree: true });
  }, testId);
}

/** Distinct segments with a card seen, and the first time each was seen. */
const seenBySegment = (page: Page, suffix: string) =>
  page.evaluate((sfx) => {
    const first: Record<string, number> = {};
    for (const [id, at] of Object.entries(window.__cardsSeen ?? {})) {
      const segment = id.replace(new RegExp(`${sfx}\\d+$`), "");
      first[segment] = Math.min(first[segment] ?? Infinity, at);
    }
    return first;
  }, suffix);

async function importWindows(page: Page, suffix: string, answer: (i: number) => string): Promise<void> {
  for (let i = 0; i < WINDOWS; i += 1) {
    await page
      .getByLabel("Import a recording or transcript")
      .setInputFiles({ name: `w${i}.vtt`, mimeType: "text/vtt", buffer: vtt(i, answer(i)) });
    await page.waitForFunction(
      ([n, sfx]) => {
        const segments = new Set(
          Object.keys(window.__cardsSeen ?? {}).map((id) => id.replace(new RegExp(`${sfx}\\d+$`), "")),
        );
        return segments.size > Number(n);
      },
      [i, suffix] as const,
    );
  }
}

const finalTimes = async (page: Page) =>
  new Map((await page.evaluate(() => window.__copilotAnalysis?.timings ?? [])).map((t) => [t.segmentId, t.finalAt]));

async function localInsightDelays(baseUrl: string): Promise<number[]> {
  const browser = await launchChromium();
  try {
    const page = await openApp(browser, `${baseUrl}/?metrics=1`);
    await page.getByRole("button", { name: "New interview" }).click();
    await page.getByLabel("Local only: nothing leaves this device").check();
    await page.getByRole("button", { name: "Start the interview" }).click();
    await watchCards(page, "local-insight");
    await importWindows(page, "-l", (i) => `Answer ${i}: I used ${FRESH_TECH[i]} every day.`);
    const finals = await finalTimes(page);
    return Object.entries(await seenBySegment(page, "-l")).flatMap(([segment, at]) => {
      const finalAt = finals.get(segment);
      return finalAt === undefined ? [] : [at - finalAt];
    });
  } finally {
    await browser.close();
  }
}

export async function benchInsightsBrowser(): Promise<Row[]> {
  if (FRESH_TECH.length < WINDOWS) throw new Error(`only ${FRESH_TECH.length} technologies for ${WINDOWS} windows`);
  const llm = await startLlmTestServer(0, { unique: true });
  try {
    return await withServer(
      PORT,
      async (baseUrl) => {
        const local = await localInsightDelays(baseUrl);
        const browser = await launchChromium();
        try {
          const page = await openApp(browser, `${baseUrl}/?metrics=1`);
          await page.getByRole("button", { name: "New interview" }).click();
          await page.getByRole("button", { name: "Start the interview" }).click();
          await page.getByTestId("analysis-status").filter({ hasText: "Connected" }).waitFor();
          // The test server's insight is a high-priority question: it renders at the top of this tab.
          await page.getByTestId("tab-questions").click();
          await watchCards(page, "model-insight");
          await importWindows(
            page,
            "-m",
            (i) => `Answer ${i}: we sharded Postgres and added a Redis cache for ${i * 7} regions.`,
          );
          const finals = await finalTimes(page);
          const seen = Object.entries(await seenBySegment(page, "-m")).sort((a, b) => a[1] - b[1]);
          const overhead: number[] = [];
          seen.forEach(([segment, at], i) => {
            const request = llm.received[i];
            const finalAt = finals.get(segment);
            if (!request?.answeredAt || finalAt === undefined) return;
            overhead.push(at - finalAt - (request.answeredAt - request.at));
          });
          return [
            row("Final segment → local insight card in the DOM", local, "ms"),
            row("Final segment → model insight card in the DOM, minus model time", overhead, "ms", {
              text: "p95 ≤ 100",
              max: 100,
              on: "p95",
            }),
          ];
        } finally {
          await browser.close();
        }
      },
      { COPILOT_LLM_API_KEY: "sk-bench", COPILOT_LLM_BASE_URL: `${llm.url}/v1` },
    );
  } finally {
    await llm.close();
  }
}
