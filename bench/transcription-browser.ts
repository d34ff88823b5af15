/**
 * Headless Chromium (WASM) figures through the real app: real-time factor of transcribing a recording
 * (import flow: browser decode, VAD worker, ASR worker), end-of-speech to final-segment latency with the
 * fake microphone playing 24 sentences, and how often partial text refreshes while someone speaks.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS } from "../playwright.config";
import { encodeWav16 } from "../lib/audio/wav";
import { buildSpeechWav, fakeMicArgs, FIXTURE_DIR } from "../lib/testing/espeak";
import { row, type Row } from "./stats";
import { benchAudio, BENCH_MODEL, TOKENS_PER_SECOND } from "./transcription-node";
import { withServer } from "./server";

const PORT = 3200;
const EXECUTABLE = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const LATENCY_SENTENCES = [
  "Tell me about the last project you led.",
  "I led the migration of our billing service to Kubernetes.",
  "How did you measure success?",
  "We reduced the deployment time from two hours to fifteen minutes.",
  "What would you do differently?",
  "I would involve the data team much earlier.",
  "Describe a conflict within your team.",
  "Two engineers disagreed about the database schema.",
  "How did you resolve it?",
  "We wrote down both designs and tested them with real traffic.",
  "What was the outcome?",
  "The second design was faster, and both of them agreed.",
  "Why are you leaving your current role?",
  "I want to work on larger distributed systems.",
  "What is your experience with Rust?",
  "I have used Rust for three years in production.",
  "Tell me about a failure.",
  "A release once broke checkout for twenty minutes.",
  "What did you change afterwards?",
  "We added canary deployments and automatic rollback.",
  "How do you mentor junior engineers?",
  "I pair with them every week and review their designs.",
  "Do you have questions for us?",
  "Yes, how does the team plan its roadmap?",
];

async function prepareModel(page: Page, baseUrl: string, query: string): Promise<void> {
  await page.goto(`${baseUrl}/?${query}`);
  await page.getByRole("button", { name: "Use this device's key instead" }).click();
  await page.getByRole("button", { name: "New interview" }).waitFor();
  await page.getByLabel("Model", { exact: true }).selectOption(BENCH_MODEL);
  await page.getByLabel("Download from").selectOption("self-hosted");
  await page.getByRole("button", { name: "Download and load" }).click();
  await page.getByTestId("model-ready").waitFor({ timeout: 180_000 });
}

async function rtf(baseUrl: string): Promise<number[]> {
  const audio = benchAudio();
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const wav = path.join(FIXTURE_DIR, "bench-long.wav");
  writeFileSync(wav, encodeWav16(audio.samples, 16_000));
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await prepareModel(page, baseUrl, `tokenRate=${TOKENS_PER_SECOND}`);
    const values: number[] = [];
    for (let run = 0; run < 2; run += 1) {
      const started = Date.now();
      // The first run imports from the home screen, the second into the same session's live screen.
      await page.getByLabel("Import a recording or transcript").setInputFiles(wav);
      await page.getByTestId("import-progress").waitFor();
      await page.getByTestId("live-status").filter({ hasText: "Stopped" }).waitFor({ timeout: 300_000 });
      values.push((Date.now() - started) / 1000 / audio.seconds);
    }
    return values;
  } finally {
    await browser.close();
  }
}

async function live(baseUrl: string): Promise<{ latencies: number[]; refresh: number[] }> {
  const wav = buildSpeechWav("bench-latency-24", LATENCY_SENTENCES, 2.5, 1.5, 5);
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: [...CHROMIUM_ARGS, ...fakeMicArgs(wav)] });
  try {
    const page = await browser.newPage();
    await prepareModel(page, baseUrl, `metrics=1&tokenRate=${TOKENS_PER_SECOND}`);
    await page.getByRole("button", { name: "New interview" }).click();
    await page.getByRole("button", { name: "Start the interview" }).click();
    await page.getByRole("button", { name: "Start recording" }).click();
    await page
      .getByTestId("final-count")
      .filter({ hasText: `${LATENCY_SENTENCES.length} final segments` })
      .waitFor({ timeout: 240_000 });
    const metrics = await page.evaluate(() => {
      const m = window.__copilotMetrics;
      return { latencies: m?.latencies ?? [], updates: m?.updateTimes ?? [] };
    });
    const latencies = metrics.latencies.map((l) => l.finalAt - l.speechEndAt);
    // Time between successive text updates of one segment while it is being spoken.
    const refresh: number[] = [];
    const byId = new Map<string, number[]>();
    for (const u of metrics.updates) byId.set(u.id, [...(byId.get(u.id) ?? []), u.at]);
    for (const times of byId.values())
      for (let i = 1; i < times.length; i += 1) refresh.push((times[i] ?? 0) - (times[i - 1] ?? 0));
    return { latencies, refresh };
  } finally {
    await browser.close();
  }
}

export async function benchTranscriptionBrowser(): Promise<{ rows: Row[]; version: string }> {
  const probe = await chromium.launch({ executablePath: EXECUTABLE, args: CHROMIUM_ARGS });
  const version = probe.version();
  await probe.close();
  return withServer(PORT, async (baseUrl) => {
    const rtfValues = await rtf(baseUrl);
    const { latencies, refresh } = await live(baseUrl);
    return {
      version,
      rows: [
        row("Chromium WASM RTF (import, same audio)", rtfValues, "x", { text: "≤ 0.5", max: 0.5, on: "median" }),
        row("End of speech → final segment (fake mic)", latencies, "ms", { text: "p95 ≤ 1500", max: 1500, on: "p95" }),
        row("Partial text refresh while speaking", refresh, "ms", { text: "≤ 1500", max: 1500, on: "p95" }),
      ],
    };
  });
}
