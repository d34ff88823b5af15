"use client";

import * as Comlink from "comlink";
import { useCallback, useState } from "react";
import { speechLikeSignal } from "../../lib/audio/test-signal";
import type { CopilotErrorData } from "../../lib/errors";
import type { FileProgress } from "../../lib/models/model-cache";
import { parseSourceSetting, resolveSource, type SourceSetting } from "../../lib/models/source-setting";
import { DEFAULT_ASR_MODEL, findModel, MODEL_CATALOG } from "../../models/catalog";
import { useAsrWorker } from "../hooks/use-asr-worker";
import { useLocalSetting } from "../hooks/use-local-setting";
import type { PrepareResult, TranscribeReply } from "../../workers/asr-protocol";
import { errorText } from "./error-text";
import { FileProgressList } from "./file-progress-list";

const SOURCE_KEY = "copilot.modelSource";
const MODEL_KEY = "copilot.asrModel";
const CHECK_MAX_TOKENS = 8;

type Phase =
  | { kind: "idle" }
  | { kind: "preparing" }
  | { kind: "ready"; result: PrepareResult }
  | { kind: "checking"; result: PrepareResult }
  | { kind: "checked"; result: PrepareResult; check: TranscribeReply }
  | { kind: "error"; error: CopilotErrorData };

const ASR_MODELS = MODEL_CATALOG.filter((m) => m.task === "automatic-speech-recognition");
const parseModelId = (raw: string | null) => (raw && findModel(raw) ? raw : DEFAULT_ASR_MODEL);

export function ModelPanel() {
  const worker = useAsrWorker();
  const [modelId, saveModelId] = useLocalSetting(MODEL_KEY, parseModelId);
  const [setting, saveSetting] = useLocalSetting(SOURCE_KEY, parseSourceSetting);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [files, setFiles] = useState<FileProgress[]>([]);

  const chooseModel = (id: string) => {
    saveModelId(id);
    setPhase({ kind: "idle" });
    setFiles([]);
  };

  const chooseSource = (next: SourceSetting) => saveSetting(JSON.stringify(next));

  const prepare = useCallback(async () => {
    const spec = findModel(modelId);
    if (!worker || !spec) return;
    setPhase({ kind: "preparing" });
    setFiles([]);
    const source = await resolveSource(setting, spec, window.location.origin, fetch);
    const onProgress = (p: FileProgress) =>
      setFiles((prev) => {
        const others = prev.filter((f) => f.file !== p.file);
        const order = spec.files.map((f) => f.path);
        return [...others, p].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
      });
    const reply = await worker.prepare({ modelId, source }, Comlink.proxy(onProgress));
    setPhase(reply.ok ? { kind: "ready", result: reply.value } : { kind: "error", error: reply.error });
  }, [worker, modelId, setting]);

  const check = useCallback(async () => {
    if (!worker || (phase.kind !== "ready" && phase.kind !== "checked")) return;
    const result = phase.result;
    setPhase({ kind: "checking", result });
    const audio = speechLikeSignal();
    const reply = await worker.transcribe(Comlink.transfer(audio, [audio.buffer]), CHECK_MAX_TOKENS);
    setPhase(reply.ok ? { kind: "checked", result, check: reply.value } : { kind: "error", error: reply.error });
  }, [worker, phase]);

  const spec = findModel(modelId);
  const busy = phase.kind === "preparing" || phase.kind === "checking";

  return (
    <section
      aria-labelledby="models-heading"
      className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
    >
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
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
            value={modelId}
            onChange={(e) => chooseModel(e.target.value)}
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
            className="w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
            value={setting.mode}
            onChange={(e) => chooseSource({ ...setting, mode: e.target.value as SourceSetting["mode"] })}
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
          onClick={prepare}
          disabled={!worker || busy}
          className="rounded-md bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900 disabled:opacity-50"
        >
          {phase.kind === "preparing" ? "Preparing…" : "Download and load"}
        </button>
        <button
          type="button"
          onClick={check}
          disabled={busy || (phase.kind !== "ready" && phase.kind !== "checked")}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {phase.kind === "checking" ? "Running…" : "Run model check"}
        </button>
      </div>
      <FileProgressList files={files} />
      <div aria-live="polite" className="mt-3 text-sm">
        {phase.kind === "ready" || phase.kind === "checking" || phase.kind === "checked" ? (
          <p data-testid="model-ready">
            Loaded {phase.result.modelId} on <strong data-testid="asr-backend">{phase.result.backend}</strong> in{" "}
            {Math.round(phase.result.loadMs)} ms.
          </p>
        ) : null}
        {phase.kind === "checked" ? (
          <p data-testid="model-check-result" className="mt-1">
            Model answered in {Math.round(phase.check.inferenceMs)} ms:{" "}
            <q className="text-slate-600 dark:text-slate-300">{phase.check.text || "(no text)"}</q>
          </p>
        ) : null}
      </div>
      {phase.kind === "error" ? <ModelError error={phase.error} onRetry={prepare} /> : null}
    </section>
  );
}

function ModelError({ error, onRetry }: { error: CopilotErrorData; onRetry: () => void }) {
  const text = errorText(error);
  return (
    <div
      role="alert"
      data-testid="model-error"
      className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">{text.title}</p>
      <p className="mt-1">{text.action}</p>
      <button
        type="button"
        onClick={onRetry}
        className="mt-2 rounded-md border border-red-400 px-2 py-1 text-xs font-medium"
      >
        Retry
      </button>
    </div>
  );
}
