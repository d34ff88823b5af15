"use client";

/**
 * One report worker for the whole app, started ahead of need and kept between reviews. Its start
 * (fetching and evaluating its scripts: the word lists behind skill matching, VADER's lexicon) took about
 * half a second, and a new worker per review made every debrief wait for it. It keeps nothing between
 * calls: each call brings its own session and takes nothing away but the result.
 */
import * as Comlink from "comlink";
import type { Debrief, DebriefInput, ReportWorkerApi } from "../../workers/report-protocol";

interface Shared {
  worker: Worker;
  api: Comlink.Remote<ReportWorkerApi>;
  /** Calls not answered yet. */
  pending: number;
}

let shared: Shared | null = null;

function reportWorker(): Shared {
  if (shared) return shared;
  const worker = new Worker(new URL("../../workers/report.worker.ts", import.meta.url), {
    type: "module",
    name: "report",
  });
  const started: Shared = { worker, api: Comlink.wrap<ReportWorkerApi>(worker), pending: 0 };
  // A worker that failed to load is not kept: the next review starts a fresh one.
  worker.addEventListener("error", () => {
    if (shared === started) shared = null;
    worker.terminate();
  });
  shared = started;
  return started;
}

/** Starts the worker now (when the app is idle), so the first review does not wait for its scripts. */
export function warmReportWorker(): void {
  reportWorker();
}

/**
 * The debrief of one session, from the shared worker. `cancel` (the review closed first) stops the
 * worker if this is the only call it is working on, as closing the review always did; the next review
 * then starts a fresh one.
 */
export function debriefInWorker(input: DebriefInput): { result: Promise<Debrief>; cancel: () => void } {
  const running = reportWorker();
  running.pending += 1;
  let answered = false;
  const result = running.api.debrief(input).finally(() => {
    answered = true;
    running.pending -= 1;
  });
  const cancel = () => {
    if (answered || running.pending > 1) return;
    running.pending = 0;
    if (shared === running) shared = null;
    running.worker.terminate();
  };
  return { result, cancel };
}
