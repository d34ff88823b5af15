"use client";

import * as Comlink from "comlink";
import { useState } from "react";
import { speechLikeSignal } from "../../lib/audio/test-signal";
import type { CopilotErrorData } from "../../lib/errors";
import type { SourceSetting } from "../../lib/models/source-setting";
import { findModel, MODEL_CATALOG } from "../../models/catalog";
import type { AsrWorkerApi, TranscribeReply } from "../../workers/asr-protocol";
import type { AsrModel } from "../hooks/use-asr-model";
import { ErrorNotice } from "./error-notice";
import { FileProgressList } from "./file-progress-list";
import { card } from "./ui";

const CHECK_MAX_TOKENS = 8;
const ASR_MODELS = MODEL_CATALOG.filter((m) => m.task === "automatic-speech-recognition");

type Check =
  | { kind: "none" }
  | { kind: "running" }
  | { kind: "done"; reply: TranscribeReply }
  | { kind: "error"; error: CopilotErrorData };

export function ModelPanel({ worker, model }: { worker: Comlink.Remote<AsrWorkerApi> | null; model: AsrModel }) {
  const [check, setCheck] = useState<Check>({ kind: "none" });
  const { phase } = model;
  const busy = phase.kind === "preparing" || check.kind === "running";

  const runCheck = async () => {
    if (!worker) return;
    setCheck({ kind: "running" });
    const audio = speechLikeSignal();
    const reply = await worker.transcribe(Comlink.transfer(audio, [audio.buffer]), CHECK_MAX_TOKENS);
    setCheck(reply.ok ? { kind: "done", reply: reply.value } : { kind: "error", error: reply.error });
  };

  const spec = findModel(model.modelId);
  const selectClass =
    "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950";

  return (
    <section aria-labelledby="models-heading" className={card}>
      <h2 id="models-heading" className="text-lg font-semibold">
        Speech model
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        Transcription runs on this device. Model files are downloaded once, checked, and kept for offline use.
      </p>
      <div className="mt-4 grid gap-3 sm:grid-cols-2">
        <div className="text-sm">
          <label htmlFor="asr-model" className="mb-1 block font-medium">
            Model
          </label>
          <select
            id="asr-model"
            className={selectClass}
            value={model.modelId}
            onChange={(e) => {
              model.chooseModel(e.target.value);
              setCheck({ kind: "none" });
            }}
            disabled={busy}
          >
            {ASR_MODELS.map((m) => (
              <option key={m.id} value={m.id}>
                {m.id}
                {m.kind === "test" ? " (test: random weights)" : ""}
              </option>
            ))}
          </select>
        </div>
        <div className="text-sm">
          <label htmlFor="model-source" className="mb-1 block font-medium">
            Download from
          </label>
          <select
            id="model-source"
            className={selectClass}
            value={model.setting.mode}
            onChange={(e) => model.chooseSource({ ...model.setting, mode: e.target.value as SourceSetting["mode"] })}
            disabled={busy}
          >
            <option value="auto">Automatic (this app&apos;s model folder, else the hub)</option>
            <option value="self-hosted">This app&apos;s model folder only (air-gapped)</option>
            <option value="hub">Model hub or mirror</option>
          </select>
        </div>
      </div>
      {spec ? (
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400">
          {spec.purpose} · licence {spec.licence}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => void model.prepare()}
          disabled={!worker || busy}
          className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900 disabled:opacity-50"
        >
          {phase.kind === "preparing" ? "Preparing…" : "Download and load"}
        </button>
        <button
          type="button"
          onClick={() => void runCheck()}
          disabled={busy || phase.kind !== "ready"}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {check.kind === "running" ? "Running…" : "Run model check"}
        </button>
      </div>
      <FileProgressList files={model.files} />
      <div aria-live="polite" className="mt-3 text-sm">
        {phase.kind === "ready" ? (
          <p data-testid="model-ready">
            Loaded {phase.result.modelId} on <strong data-testid="asr-backend">{phase.result.backend}</strong> in{" "}
            {Math.round(phase.result.loadMs)} ms.
          </p>
        ) : null}
        {check.kind === "done" ? (
          <p data-testid="model-check-result" className="mt-1">
            Model answered in {Math.round(check.reply.inferenceMs)} ms:{" "}
            <q className="text-slate-600 dark:text-slate-300">{check.reply.text || "(no text)"}</q>
          </p>
        ) : null}
      </div>
      {phase.kind === "error" ? (
        <ErrorNotice error={phase.error} onRetry={() => void model.prepare()} testId="model-error" />
      ) : null}
      {check.kind === "error" ? (
        <ErrorNotice error={check.error} onRetry={() => void runCheck()} testId="check-error" />
      ) : null}
    </section>
  );
}
