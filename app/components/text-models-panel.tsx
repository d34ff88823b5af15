"use client";

import { z } from "zod";
import { useCallback, useEffect, useMemo, useState } from "react";
import { toErrorData, type CopilotErrorData } from "../../lib/errors";
import { cachedFiles, ensureModelCached, type FileProgress } from "../../lib/models/model-cache";
import type { ModelSpec } from "../../lib/models/schema";
import { MODEL_CACHE_NAME, type ModelSource } from "../../lib/models/sources";
import { DEFAULT_NER_MODEL, DEFAULT_SENTIMENT_MODEL, findModel } from "../../models/catalog";
import { NER_MODEL_KEY, SENTIMENT_MODEL_KEY } from "../live/analysis-state";
import { useLocalSetting } from "../hooks/use-local-setting";
import { ErrorNotice } from "./error-notice";
import { FileProgressList } from "./file-progress-list";
import { btn, card, muted } from "./ui";

/** Where the privacy worker takes these models from: the organisation's own mirror, never a hub. */
const MIRROR: () => ModelSource = () => ({ kind: "self-hosted", baseUrl: `${location.origin}/models` });

type Availability =
  | { kind: "checking" }
  | { kind: "on_device"; files: number }
  | { kind: "provided"; present: number }
  | { kind: "not_provided" }
  | { kind: "unknown"; present: number };

/** Whether every file is in the verified cache, else whether the mirror offers the model at all. */
const ProvidedModelsSchema = z.object({ provided: z.array(z.string()) });

async function availability(spec: ModelSpec): Promise<Availability> {
  const present = (await cachedFiles(spec, await caches.open(MODEL_CACHE_NAME))).length;
  if (present === spec.files.length) return { kind: "on_device", files: present };
  try {
    // The server lists what its model folder holds: no probe of files that may not be there.
    const parsed = ProvidedModelsSchema.safeParse(await (await fetch("/api/models", { cache: "no-store" })).json());
    if (!parsed.success) return { kind: "unknown", present };
    return parsed.data.provided.includes(spec.id) ? { kind: "provided", present } : { kind: "not_provided" };
  } catch {
    return { kind: "unknown", present };
  }
}

const nerId = (raw: string | null) => raw ?? DEFAULT_NER_MODEL;
const sentimentId = (raw: string | null) => raw ?? DEFAULT_SENTIMENT_MODEL;

function TextModel({
  storageKey,
  parseId,
  role,
}: {
  storageKey: string;
  parseId: (raw: string | null) => string;
  role: string;
}) {
  const [id] = useLocalSetting(storageKey, parseId);
  const spec = useMemo(() => findModel(id), [id]);
  const [state, setState] = useState<Availability>({ kind: "checking" });
  const [progress, setProgress] = useState<FileProgress[]>([]);
  const [error, setError] = useState<CopilotErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    if (spec) setState(await availability(spec));
  }, [spec]);
  useEffect(() => {
    let live = true;
    if (spec) void availability(spec).then((a) => live && setState(a));
    return () => {
      live = false;
    };
  }, [spec]);

  if (!spec) return null;
  const download = async () => {
    setBusy(true);
    setError(null);
    const files = new Map<string, FileProgress>();
    const deps = {
      cache: await caches.open(MODEL_CACHE_NAME),
      fetch: fetch.bind(globalThis),
      isOnline: () => navigator.onLine,
    };
    try {
      await ensureModelCached(spec, MIRROR(), deps, (p) => {
        files.set(p.file, p);
        setProgress([...files.values()]);
      });
    } catch (e) {
      setError(toErrorData(e));
    }
    setBusy(false);
    await refresh();
  };

  const text =
    state.kind === "checking"
      ? "Checking…"
      : state.kind === "on_device"
        ? "On this device, verified: used in every interview."
        : state.kind === "provided"
          ? `Provided by your organisation, not yet on this device (${state.present} of ${spec.files.length} files): it downloads when an interview starts, or now.`
          : state.kind === "not_provided"
            ? "Not provided by your organisation: the embedded method runs alone."
            : "Offline: cannot ask your organisation's mirror; the embedded method runs until it can.";
  return (
    <li data-testid="text-model" data-model-id={spec.id} data-state={state.kind}>
      <p className="font-medium">{role}</p>
      <p className={`text-xs ${muted}`}>
        {spec.id} · {spec.purpose} · licence {spec.licence}
      </p>
      <p className="mt-1 text-sm" data-testid="text-model-state">
        {text}
      </p>
      {state.kind === "provided" ? (
        <button type="button" className={`${btn.secondary} mt-1`} disabled={busy} onClick={() => void download()}>
          Download now
        </button>
      ) : null}
      <FileProgressList files={busy || error ? progress : []} />
      {error ? <ErrorNotice error={error} onRetry={() => void download()} testId="text-model-error" /> : null}
    </li>
  );
}

/** The optional on-device text models (names, sentiment) and their download state. */
export function TextModelsPanel() {
  return (
    <section aria-labelledby="text-models-heading" className={card}>
      <h3 id="text-models-heading" className="text-lg font-semibold">
        Text models
      </h3>
      <p className={`text-sm ${muted}`}>Optional: taken only from your organisation&apos;s own model folder.</p>
      <ul className="mt-2 flex flex-col gap-3">
        <TextModel storageKey={NER_MODEL_KEY} parseId={nerId} role="Names (PII scrubbing)" />
        <TextModel storageKey={SENTIMENT_MODEL_KEY} parseId={sentimentId} role="Sentiment" />
      </ul>
    </section>
  );
}
