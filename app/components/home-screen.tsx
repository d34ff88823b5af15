"use client";

import { useAsrModel } from "../hooks/use-asr-model";
import { useAsrWorker } from "../hooks/use-asr-worker";
import { useBrowserValue } from "../hooks/use-browser-value";
import { useOnline } from "../hooks/use-online";
import { useServiceWorker } from "../hooks/use-service-worker";
import { LivePanel } from "./live-panel";
import { ModelPanel } from "./model-panel";

export function HomeScreen() {
  const online = useOnline();
  const sw = useServiceWorker();
  const isolated = useBrowserValue(() => window.crossOriginIsolated);
  const worker = useAsrWorker();
  const model = useAsrModel(worker);

  return (
    <div className="mx-auto flex min-h-screen max-w-4xl flex-col gap-6 px-4 py-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Interview Copilot</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            Private, on-device transcription and insights for interviewers.
          </p>
        </div>
        <ul className="flex gap-2 text-xs" aria-label="App status">
          <li
            data-testid="network-status"
            className={`rounded-full px-2 py-1 ${online ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100" : "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100"}`}
          >
            {online ? "Online" : "Offline"}
          </li>
          <li
            className="rounded-full bg-slate-200 px-2 py-1 text-slate-800 dark:bg-slate-800 dark:text-slate-100"
            data-testid="isolation-status"
          >
            {isolated === null ? "…" : isolated ? "Multi-threaded" : "Single-threaded"}
          </li>
          <li
            className="rounded-full bg-slate-200 px-2 py-1 text-slate-800 dark:bg-slate-800 dark:text-slate-100"
            data-testid="sw-status"
          >
            {sw.controlled ? "Works offline" : "Installing offline support…"}
          </li>
        </ul>
      </header>
      {sw.updateReady ? (
        <div
          role="status"
          data-testid="update-banner"
          className="flex items-center justify-between rounded-lg border border-blue-300 bg-blue-50 px-4 py-2 text-sm text-blue-950 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-50"
        >
          <span>A new version is ready. Reload when you are not in an interview; nothing on this device is lost.</span>
          <button
            type="button"
            onClick={sw.applyUpdate}
            className="rounded-md bg-blue-800 px-3 py-1 font-medium text-white"
          >
            Reload
          </button>
        </div>
      ) : null}
      {sw.error ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          Offline support could not be installed: {sw.error}
        </p>
      ) : null}
      <main className="flex flex-col gap-6">
        <LivePanel worker={worker} model={model} />
        <ModelPanel worker={worker} model={model} />
      </main>
    </div>
  );
}
