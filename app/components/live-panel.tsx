"use client";

import type * as Comlink from "comlink";
import { useEffect, useId, useState } from "react";
import type { AsrWorkerApi } from "../../workers/asr-protocol";
import type { AsrModel } from "../hooks/use-asr-model";
import { useAnalysis } from "../hooks/use-analysis";
import { useLiveController } from "../hooks/use-live-controller";
import { CopilotPanel } from "./copilot-panel";
import { AUDIO_EXTENSIONS, TRANSCRIPT_EXTENSIONS } from "../live/import-files";
import type { LiveStatus } from "../live/live-controller";
import { ErrorNotice } from "./error-notice";
import { LevelMeter } from "./level-meter";
import { TranscriptView } from "./transcript-view";

const SWITCH_SPEAKER_KEY = "s";

const STATUS_TEXT: Record<LiveStatus, string> = {
  idle: "Not recording",
  starting: "Starting…",
  recording: "Recording",
  paused: "Paused",
  stopping: "Finishing…",
  stopped: "Stopped",
  importing: "Transcribing the recording…",
  error: "Stopped",
};

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

export function LivePanel({ worker, model }: { worker: Comlink.Remote<AsrWorkerApi> | null; model: AsrModel }) {
  const { controller, state, transcript } = useLiveController(worker);
  const [callAudio, setCallAudio] = useState(false);
  const [candidate, setCandidate] = useState("");
  const analysis = useAnalysis(controller?.transcript ?? null);
  const callId = useId();
  const recording = state.status === "recording" || state.status === "paused";

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (
        e.key.toLowerCase() === SWITCH_SPEAKER_KEY &&
        !e.ctrlKey &&
        !e.metaKey &&
        !e.altKey &&
        !isTyping(e.target) &&
        recording
      ) {
        e.preventDefault();
        controller?.switchSpeaker();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [controller, recording]);

  const start = async () => {
    if (!controller) return;
    const ready = model.phase.kind === "ready" ? model.phase : await model.prepare();
    if (ready.kind !== "ready") return;
    await analysis.controller?.startSession(candidate);
    await controller.start({ callAudio, sessionId: `s${Date.now().toString(36)}` });
  };

  const importFile = async (file: File | undefined) => {
    if (!controller || !file) return;
    await analysis.controller?.startSession(candidate);
    await controller.importFile(file, async () => {
      const ready = model.phase.kind === "ready" ? model.phase : await model.prepare();
      return ready.kind === "ready";
    });
  };

  const backend = model.phase.kind === "ready" ? model.phase.result.backend : null;
  const button = "rounded-md px-3 py-1.5 text-sm font-medium disabled:opacity-50";

  return (
    <>
      <section
        aria-labelledby="live-heading"
        className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm dark:border-slate-800 dark:bg-slate-900"
      >
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="live-heading" className="text-lg font-semibold">
            Live transcript
          </h2>
          <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="live-status">
            {STATUS_TEXT[state.status]}
            {backend ? ` · ${model.modelId} on ${backend}` : ""}
          </p>
        </div>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          {!recording ? (
            <button
              type="button"
              onClick={() => void start()}
              disabled={!controller || state.status === "starting" || model.phase.kind === "preparing"}
              className={`${button} bg-blue-800 text-white hover:bg-blue-900`}
            >
              Start recording
            </button>
          ) : (
            <>
              <button
                type="button"
                onClick={() => void controller?.pause(state.status === "recording")}
                className={`${button} border border-slate-300 dark:border-slate-700`}
              >
                {state.status === "paused" ? "Resume" : "Pause"}
              </button>
              <button
                type="button"
                onClick={() => void controller?.stop()}
                className={`${button} bg-red-700 text-white hover:bg-red-800`}
              >
                Stop
              </button>
            </>
          )}
          {!recording ? (
            <label className="flex items-center gap-2 text-sm">
              Candidate name
              <input
                type="text"
                value={candidate}
                onChange={(e) => setCandidate(e.target.value)}
                placeholder="scrubbed before anything is sent"
                className="w-48 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950"
              />
            </label>
          ) : null}
          {!recording ? (
            <label htmlFor={callId} className="flex items-center gap-2 text-sm">
              <input id={callId} type="checkbox" checked={callAudio} onChange={(e) => setCallAudio(e.target.checked)} />
              Also capture the call (shared tab audio = candidate)
            </label>
          ) : null}
          {recording && state.channels.length === 1 ? (
            <button
              type="button"
              onClick={() => controller?.switchSpeaker()}
              className={`${button} border border-slate-300 dark:border-slate-700`}
              aria-keyshortcuts="S"
            >
              Speaker: <span data-testid="current-speaker">{state.micSpeaker}</span> (switch: S)
            </button>
          ) : null}
          {state.channels.map((c) => (
            <LevelMeter key={c} label={c === "mic" ? "Microphone" : "Call"} dbfs={state.levels[c] ?? null} />
          ))}
        </div>
        {!recording ? (
          <div className="mt-3 text-sm">
            <label htmlFor={`${callId}-import`} className="font-medium">
              Import a recording or transcript
            </label>{" "}
            <input
              id={`${callId}-import`}
              type="file"
              accept={[...AUDIO_EXTENSIONS, ...TRANSCRIPT_EXTENSIONS, "audio/*"].join(",")}
              disabled={!controller || state.status === "importing"}
              onChange={(e) => {
                void importFile(e.target.files?.[0]);
                e.target.value = "";
              }}
              className="text-sm"
            />
            {state.importProgress !== null ? (
              <progress
                className="ml-2 h-2 w-40 align-middle"
                max={1}
                value={state.importProgress}
                aria-label="Transcription progress"
                data-testid="import-progress"
              />
            ) : null}
          </div>
        ) : null}
        {state.error ? <ErrorNotice error={state.error} onRetry={() => void start()} testId="live-error" /> : null}
        {state.warning ? <ErrorNotice error={state.warning} testId="live-warning" /> : null}
        {model.phase.kind === "error" ? (
          <ErrorNotice error={model.phase.error} onRetry={() => void start()} testId="live-model-error" />
        ) : null}
        <div className="mt-4">
          <TranscriptView
            segments={transcript.segments}
            onCorrectSpeaker={(id, speaker) => controller?.transcript.setSpeaker(id, speaker)}
          />
        </div>
        <p className="mt-2 text-xs text-slate-500 dark:text-slate-400" data-testid="final-count">
          {transcript.finalCount} final segments
        </p>
      </section>
      <CopilotPanel state={analysis.state} />
    </>
  );
}
