"use client";

import * as Comlink from "comlink";
import { useCallback, useState } from "react";
import type { CopilotErrorData } from "../../lib/errors";
import type { FileProgress } from "../../lib/models/model-cache";
import { parseSourceSetting, resolveSource, type SourceSetting } from "../../lib/models/source-setting";
import { DEFAULT_ASR_MODEL, findModel } from "../../models/catalog";
import type { AsrWorkerApi, PrepareResult } from "../../workers/asr-protocol";
import { useLocalSetting } from "./use-local-setting";

const SOURCE_KEY = "copilot.modelSource";
const MODEL_KEY = "copilot.asrModel";
const parseModelId = (raw: string | null) => (raw && findModel(raw) ? raw : DEFAULT_ASR_MODEL);

export type ModelPhase =
  | { kind: "idle" }
  | { kind: "preparing" }
  | { kind: "ready"; result: PrepareResult }
  | { kind: "error"; error: CopilotErrorData };

export interface AsrModel {
  modelId: string;
  setting: SourceSetting;
  phase: ModelPhase;
  files: FileProgress[];
  chooseModel: (id: string) => void;
  chooseSource: (setting: SourceSetting) => void;
  /** Downloads (if needed), verifies and loads the chosen model; resolves with the outcome. */
  prepare: () => Promise<ModelPhase>;
}

/** The chosen speech model and its state in the ASR worker, shared by settings and the live screen. */
export function useAsrModel(worker: Comlink.Remote<AsrWorkerApi> | null): AsrModel {
  const [modelId, saveModelId] = useLocalSetting(MODEL_KEY, parseModelId);
  const [setting, saveSetting] = useLocalSetting(SOURCE_KEY, parseSourceSetting);
  const [phase, setPhase] = useState<ModelPhase>({ kind: "idle" });
  const [files, setFiles] = useState<FileProgress[]>([]);

  const chooseModel = useCallback(
    (id: string) => {
      saveModelId(id);
      setPhase({ kind: "idle" });
      setFiles([]);
    },
    [saveModelId],
  );
  const chooseSource = useCallback((next: SourceSetting) => saveSetting(JSON.stringify(next)), [saveSetting]);

  const prepare = useCallback(async (): Promise<ModelPhase> => {
    const spec = findModel(modelId);
    if (!worker || !spec) return { kind: "idle" };
    setPhase({ kind: "preparing" });
    setFiles([]);
    const source = await resolveSource(setting, spec, window.location.origin, fetch);
    const order = spec.files.map((f) => f.path);
    const onProgress = (p: FileProgress) =>
      setFiles((prev) =>
        [...prev.filter((f) => f.file !== p.file), p].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file)),
      );
    const reply = await worker.prepare({ modelId, source }, Comlink.proxy(onProgress));
    const next: ModelPhase = reply.ok ? { kind: "ready", result: reply.value } : { kind: "error", error: reply.error };
    setPhase(next);
    return next;
  }, [worker, modelId, setting]);

  return { modelId, setting, phase, files, chooseModel, chooseSource, prepare };
}
