/**
 * Headless Chromium (WASM) figures through the real app: real-time factor of transcribing a recording
 * (import flow: browser decode, VAD worker, ASR worker), end-of-speech to final-segment latency with the
 * fake microphone playing 24 sentences (two runs), the first partial after speech starts, how often partial
 * text refreshes while someone speaks, and the share of words shown as stable that the final changed;
 * for each live model (Whisper tiny.en and Moonshine tiny, int8 twins with the real dimensions).
 */
import { writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { CHROMIUM_ARGS } from "../playwright.config";
import { encodeWav16 } from "../lib/audio/wav";
import { buildSpeechWav, fakeMicArgs, FIXTURE_DIR } from "../lib/testing/espeak";
import { row, type Row } from "./stats";
import { benchAudio, benchModels, TOKENS_PER_SECOND } from "./transcription-node";
import { changedStableShare } from "../lib/transcription/agreement";
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

async function prepareModel(page: Page, baseUrl: string, query: string, model: string): Promise<void> {
  await page.goto(`${baseUrl}/?${query}`);
  await page.getByRole("button", { name: "Use this device's key instead" }).click();
  await page.getByRole("button", { name: "New interview" }).waitFor();
  await page.getByLabel("Model", { exact: true }).selectOption(model);
  await page.getByLabel("Download from").selectOption("self-hosted");
  await page.getByRole("button", { name: "Download and load" }).click();
  await page.getByTestId("model-ready").waitFor({ timeout: 180_000 });
}

async function rtf(baseUrl: string, model: string): Promise<number[]> {
  const audio = benchAudio();
  mkdirSync(FIXTURE_DIR, { recursive: true });
  const wav = path.join(FIXTURE_DIR, "bench-long.wav");
  writeFileSync(wav, encodeWav16(audio.samples, 16_000));
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await prepareModel(page, baseUrl, `tokenRate=${TOKENS_PER_SECOND}`, model);
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

interface LiveFigures {
  latencies: number[];
  refresh: number[];
  /** Speech start (VAD) to the first partial on screen, per utterance. */
  firstPartial: number[];
  /** Words shown as stable, and how many of them the final changed. */
  stable: number;
  changed: number;
}

async function live(baseUrl: string, model: string): Promise<LiveFigures> {
  const wav = buildSpeechWav("bench-latency-24", LATENCY_SENTENCES, 2.5, 1.5, 5);
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: [...CHROMIUM_ARGS, ...fakeMicArgs(wav)] });
  try {
    const page = await browser.newPage();
    await prepareModel(page, baseUrl, `metrics=1&tokenRate=${TOKENS_PER_SECOND}`, model);
    await page.getByRole("button", { name: "New interview" }).click();
    await page.getByRole("button", { name: "Start the interview" }).click();
    await page.getByRole("button", { name: "Start recording" }).click();
    await page
      .getByTestId("final-count")
      .filter({ hasText: `${LATENCY_SENTENCES.length} final segments` })
      .waitFor({ timeout: 240_000 });
    const metrics = await page.evaluate(() => {
      const m = window.__copilotMetrics;
      return { latencies: m?.latencies ?? [], updates: m?.updateTimes ?? [], starts: m?.speechStarts ?? {} };
    });
    const latencies = metrics.latencies.map((l) => l.finalAt - l.speechEndAt);
    // Time between successive text updates of one segment while it is being spoken.
    const refresh: number[] = [];
    const byId = new Map<string, number[]>();
    for (const u of metrics.updates) byId.set(u.id, [...(byId.get(u.id) ?? []), u.at]);
    for (const times of byId.values())
      for (let i = 1; i < times.length; i += 1) refresh.push((times[i] ?? 0) - (times[i - 1] ?? 0));
    const firstPartial: number[] = [];
    for (const [key, startedAt] of Object.entries(metrics.starts)) {
      const first = metrics.updates.find((u) => u.key === key && !u.final);
      if (first) firstPartial.push(first.at - startedAt);
    }
    // Flicker: of the words the last partial showed as stable, the share the final changed.
    let stable = 0;
    let changed = 0;
    for (const id of new Set(metrics.updates.map((u) => u.id))) {
      const updates = metrics.updates.filter((u) => u.id === id);
      const lastPartial = updates.filter((u) => !u.final).at(-1);
      const final = updates.find((u) => u.final);
      if (!lastPartial || !final) continue;
      const words = lastPartial.text.slice(0, lastPartial.stableChars).split(/\s+/).filter(Boolean);
      stable += words.length;
      changed += Math.round(changedStableShare(words, final.text) * words.length);
    }
    return { latencies, refresh, firstPartial, stable, changed };
  } finally {
    await browser.close();
  }
}

export async function benchTranscriptionBrowser(): Promise<{ rows: Row[]; version: string }> {
  const probe = await chromium.launch({ executablePath: EXECUTABLE, args: CHROMIUM_ARGS });
  const version = probe.version();
  await probe.close();
  return withServer(PORT, async (baseUrl) => {
    const rows: Row[] = [];
    for (const { id, label } of benchModels()) {
      const rtfValues = await rtf(baseUrl, id);
      // Two live runs of the 24 sentences, pooled.
      const runs = [await live(baseUrl, id), await live(baseUrl, id)];
      const pooled = (pick: (f: LiveFigures) => number[]) => runs.flatMap(pick);
      const stable = runs.reduce((n, r) => n + r.stable, 0);
      const changed = runs.reduce((n, r) => n + r.changed, 0);
      rows.push(
        row(`${label}: Chromium WASM RTF (import, same audio)`, rtfValues, "x", {
          text: "≤ 0.5",
          max: 0.5,
          on: "median",
        }),
        row(
          `${label}: end of speech → final segment (fake mic)`,
          pooled((r) => r.latencies),
          "ms",
          {
            text: "p95 ≤ 600",
            max: 600,
            on: "p95",
          },
        ),
        row(
          `${label}: speech start → first partial`,
          pooled((r) => r.firstPartial),
          "ms",
          {
            text: "p95 ≤ 1000",
            max: 1000,
            on: "p95",
          },
        ),
        row(
          `${label}: partial text refresh while speaking`,
          pooled((r) => r.refresh),
          "ms",
          {
            text: "p95 ≤ 700",
            max: 700,
            on: "p95",
          },
        ),
        row(
          `${label}: stable words the final changed (${changed} of ${stable})`,
          [stable ? (100 * changed) / stable : 0],
          "%",
          {
            text: "≤ 2",
            max: 2,
            on: "median",
          },
        ),
      );
    }
    return { version, rows };
  });
}
