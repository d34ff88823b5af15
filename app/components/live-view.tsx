"use client";

import type * as Comlink from "comlink";
import { useCallback, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { SAMPLE_INTERVIEW } from "../../lib/session/sample-interview";
import { formatClock } from "../../lib/session/exports";
import { NO_FLAGS, type InsightFlags, type Note, type SessionInfo } from "../../lib/session/model";
import { TABS, type TabId } from "../../lib/session/tabs";
import type { OrganisationPolicy } from "../../lib/vault/policy";
import type { AsrWorkerApi } from "../../workers/asr-protocol";
import type { AsrModel } from "../hooks/use-asr-model";
import { useAnalysis } from "../hooks/use-analysis";
import { useLiveController } from "../hooks/use-live-controller";
import { useNow } from "../hooks/use-now";
import { usePopout } from "../hooks/use-popout";
import type { LiveStatus } from "../live/live-controller";
import { AUDIO_EXTENSIONS, TRANSCRIPT_EXTENSIONS } from "../live/import-files";
import type { LiveStart } from "../session/screens";
import { useSessionPersistence } from "../session/use-session-persistence";
import type { VaultController } from "../session/vault-controller";
import { CopilotPanel } from "./copilot-panel";
import { downloadText } from "./download";
import { ErrorNotice } from "./error-notice";
import { HelpDialog } from "./help-dialog";
import type { FlagAction } from "./insight-card";
import { LevelMeter } from "./level-meter";
import { NotesBar } from "./notes-bar";
import { TranscriptView } from "./transcript-view";
import { btn } from "./ui";

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

const SPEEDS = [1, 2, 4, 8];

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))
  );
}

function initialSampleSpeed(): number {
  const asked = Number(new URLSearchParams(window.location.search).get("sampleSpeed"));
  return asked > 0 ? asked : 2;
}

export function LiveView({
  info,
  start,
  vault,
  worker,
  model,
  policy,
  onDone,
}: {
  info: SessionInfo;
  start: LiveStart;
  vault: VaultController;
  worker: Comlink.Remote<AsrWorkerApi> | null;
  model: AsrModel;
  policy: OrganisationPolicy;
  onDone: (id: string) => void;
}) {
  const { controller, state, transcript } = useLiveController(worker);
  const analysis = useAnalysis(controller?.transcript ?? null);
  const restored = start.kind === "resume" ? start.data : undefined;
  const [flags, setFlags] = useState<Record<string, InsightFlags>>(() =>
    Object.fromEntries(restored?.insights.map((i) => [i.id, i.flags]) ?? []),
  );
  const [notes, setNotes] = useState<Note[]>(() => restored?.notes ?? []);
  const [jump, setJump] = useState<{ id: string; n: number } | null>(null);
  const [tab, setTab] = useState<TabId>("insights");
  const [help, setHelp] = useState(false);
  const [speed, setSpeed] = useState(2);
  const [finishing, setFinishing] = useState<string | null>(null);
  const noteRef = useRef<HTMLInputElement>(null);
  const popout = usePopout();
  const now = useNow(1000);
  const a = analysis.state;
  const persistence = useSessionPersistence(
    vault,
    info.id,
    {
      segments: transcript.segments,
      insights: a.insights,
      flags,
      notes,
      outbound: a.outbound,
      pseudonyms: a.pseudonyms,
    },
    restored,
  );
  const recorder = persistence.recorder;
  const recording = state.status === "recording" || state.status === "paused";
  const begun = useRef(false);

  const prepareModel = useCallback(async () => {
    const ready = model.phase.kind === "ready" ? model.phase : await model.prepare();
    return ready.kind === "ready";
  }, [model]);

  const startRecording = useCallback(async () => {
    if (!controller || !(await prepareModel())) return;
    const last = controller.transcript.get().segments.at(-1);
    await controller.start({
      callAudio: start.kind === "ready" && start.callAudio,
      idPrefix: `${info.id}-${Date.now().toString(36)}`,
      offsetMs: last ? last.endMs + 1000 : 0,
    });
  }, [controller, prepareModel, start, info.id]);

  // Begins once: restores a reopened session, starts the analysis, then the chosen source.
  useEffect(() => {
    if (!controller || !analysis.controller || !recorder || begun.current) return;
    begun.current = true;
    if (restored) controller.transcript.load(restored.segments);
    recorder.write({ table: "session", id: info.id, value: info });
    const sampleSpeed = initialSampleSpeed();
    void (async () => {
      await analysis.controller?.startSession({
        candidate: info.candidate,
        role: info.role,
        jobDescription: info.jobDescription,
        questionPlan: info.questionPlan,
        useModel: info.analysisMode === "model",
        policy: {
          allowed: policy.cloudAnalysis,
          reason: policy.cloudAnalysis ? null : "Cloud analysis is off in your organisation's policy.",
          scrub: policy.scrub,
        },
        restore: start.kind === "resume" ? { insights: start.data.insights, pseudonyms: start.pseudonyms } : undefined,
      });
      if (start.kind === "sample") {
        setSpeed(sampleSpeed);
        void controller.playSample(SAMPLE_INTERVIEW, { speed: sampleSpeed, idPrefix: info.id });
      } else if (start.kind === "import") await controller.importFile(start.file, prepareModel);
    })();
  }, [controller, analysis.controller, recorder, restored, info, policy, start, prepareModel]);

  const nowMs = () => {
    const last = transcript.segments.at(-1);
    const elapsed = state.startedAt ? Date.now() - state.startedAt : 0;
    return Math.max(last?.endMs ?? 0, elapsed);
  };
  const addNote = (kind: Note["kind"], text = "") =>
    setNotes((list) => [...list, { id: `n${Date.now().toString(36)}${list.length}`, kind, atMs: nowMs(), text }]);

  const onFlag = useCallback((id: string, action: FlagAction) => {
    setFlags((all) => {
      const f = all[id] ?? NO_FLAGS;
      const next =
        action === "pin"
          ? { ...f, pinned: !f.pinned }
          : action === "asked"
            ? { ...f, asked: !f.asked }
            : { ...f, dismissed: true };
      return { ...all, [id]: next };
    });
  }, []);
  const onJump = useCallback((segmentId: string) => setJump((j) => ({ id: segmentId, n: (j?.n ?? 0) + 1 })), []);

  const finish = async () => {
    if (!controller || !recorder) return;
    setFinishing("Saving…");
    await controller.stop();
    recorder.write({ table: "session", id: info.id, value: { ...info, endedAt: Date.now() } });
    await recorder.flush();
    if (recorder.get().pending > 0) {
      setFinishing(
        "Not everything could be saved yet (see above). Export the unsaved part, free some space, then press Stop again.",
      );
      return;
    }
    vault.changed();
    onDone(info.id);
  };

  const exportUnsaved = () =>
    downloadText(
      `unsaved-${info.id}.json`,
      JSON.stringify({ session: info, unsaved: recorder?.unsaved() ?? [] }, null, 2),
      "application/json",
    );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const key = e.key;
      const act = (fn: () => void) => {
        e.preventDefault();
        fn();
      };
      if (key === "?") act(() => setHelp(true));
      else if (key === "s" && recording && !state.sample) act(() => controller?.switchSpeaker());
      else if (key === "p" && recording) act(() => void controller?.pause(state.status === "recording"));
      else if (key === "X" && e.shiftKey && recording) act(() => void controller?.stop());
      else if (key === "r" && !recording && !state.sample && state.status !== "importing")
        act(() => void startRecording());
      else if (key === "m") act(() => addNote("mark"));
      else if (key === "n") act(() => noteRef.current?.focus());
      else if (/^[1-4]$/.test(key)) act(() => setTab(TABS[Number(key) - 1]?.id ?? "insights"));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  const backend = model.phase.kind === "ready" ? model.phase.result.backend : null;
  const elapsed = state.startedAt ? now - state.startedAt : 0;
  const header = (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h2 className="text-lg font-semibold">Copilot</h2>
      <p className="text-xs text-slate-600 dark:text-slate-300">
        <span className="tabular-nums" data-testid="session-timer" aria-label="Recording time">
          {formatClock(elapsed)}
        </span>
        {" · "}
        {state.sample ? "Sample interview" : backend ? `${model.modelId} on ${backend}` : "Speech model not loaded"}
      </p>
    </div>
  );

  const panel = (listHeight?: string, controlled = true) => (
    <CopilotPanel
      insights={a.insights}
      flags={flags}
      onFlag={onFlag}
      onJump={onJump}
      sentiment={a.sentiment}
      plan={a.plan}
      outbound={a.outbound}
      status={a.status}
      busy={a.busy}
      nerModel={a.nerModel}
      notAllowedReason={a.notAllowedReason}
      header={header}
      listHeight={listHeight}
      tab={controlled ? tab : undefined}
      onTabChange={controlled ? setTab : undefined}
    />
  );

  return (
    <main className="flex flex-col gap-3" aria-labelledby="live-heading">
      <section className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-800 dark:bg-slate-900">
        <div>
          <h2 id="live-heading" className="text-lg font-semibold">
            {info.candidate || "Interview"}
            {info.role ? <span className="font-normal text-slate-600 dark:text-slate-300"> · {info.role}</span> : null}
          </h2>
          <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="live-status" role="status">
            {state.sample && recording ? "Playing the sample interview" : STATUS_TEXT[state.status]}
            {backend && !state.sample ? ` · ${model.modelId} on ${backend}` : ""}
            {persistence.state.pending > 0 ? ` · saving ${persistence.state.pending}…` : " · saved on this device"}
          </p>
        </div>
        <div className="flex flex-wrap items-center gap-2">
          {!recording && start.kind !== "sample" && state.status !== "importing" ? (
            <button
              type="button"
              onClick={() => void startRecording()}
              disabled={!controller || state.status === "starting" || model.phase.kind === "preparing"}
              className={btn.primary}
              aria-keyshortcuts="R"
            >
              {start.kind === "resume" ? "Continue recording" : "Start recording"}
            </button>
          ) : null}
          {recording ? (
            <>
              <button
                type="button"
                onClick={() => void controller?.pause(state.status === "recording")}
                className={btn.secondary}
                aria-keyshortcuts="P"
              >
                {state.status === "paused" ? "Resume" : "Pause"}
              </button>
              {!state.sample && state.channels.length === 1 ? (
                <button
                  type="button"
                  onClick={() => controller?.switchSpeaker()}
                  className={btn.secondary}
                  aria-keyshortcuts="S"
                >
                  Speaker: <span data-testid="current-speaker">{state.micSpeaker}</span> (switch: S)
                </button>
              ) : null}
              {state.sample ? (
                <label className="flex items-center gap-1 text-sm">
                  Speed
                  <select
                    className="rounded border border-slate-400 bg-white px-1 py-0.5 dark:bg-slate-950"
                    value={speed}
                    onChange={(e) => {
                      setSpeed(Number(e.target.value));
                      controller?.setSampleSpeed(Number(e.target.value));
                    }}
                  >
                    {[...new Set([...SPEEDS, speed])].map((s) => (
                      <option key={s} value={s}>
                        {s}×
                      </option>
                    ))}
                  </select>
                </label>
              ) : null}
            </>
          ) : null}
          {state.channels.map((c) => (
            <LevelMeter key={c} label={c === "mic" ? "Microphone" : "Call"} dbfs={state.levels[c] ?? null} />
          ))}
          {recording ? (
            <button
              type="button"
              onClick={() => void controller?.stop()}
              className={btn.danger}
              aria-keyshortcuts="Shift+X"
              disabled={state.status === "stopping"}
            >
              Stop
            </button>
          ) : null}
          <button
            type="button"
            onClick={() => void finish()}
            className={recording ? btn.secondary : btn.primary}
            disabled={state.status === "stopping" || state.status === "importing" || finishing === "Saving…"}
          >
            Finish and review
          </button>
          <button
            type="button"
            className={btn.secondary}
            onClick={() => (popout.target ? popout.close() : void popout.open())}
          >
            {popout.target ? "Close pop-out" : "Pop out"}
          </button>
          <button type="button" className={btn.secondary} onClick={() => setHelp(true)} aria-keyshortcuts="?">
            Shortcuts (?)
          </button>
        </div>
      </section>
      {start.kind === "resume" ? (
        <p
          role="status"
          data-testid="restored-notice"
          className="rounded-md border border-blue-300 bg-blue-50 p-2 text-sm text-blue-950 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-50"
        >
          Restored after an interruption: {start.data.segments.length} segments and {start.data.insights.length}{" "}
          insights.
          {start.unreadable.length > 0
            ? ` ${start.unreadable.length} records could not be read (damaged) and were left out.`
            : ""}{" "}
          Press “Continue recording” to go on.
        </p>
      ) : null}
      {persistence.state.storageFull ? (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-semibold">This device&apos;s storage is full.</p>
          <p>
            Recording continues; {persistence.state.pending} items are kept in memory only until space is freed. Export
            them now so nothing is lost.
          </p>
          <button type="button" className={`${btn.secondary} mt-2`} onClick={exportUnsaved}>
            Export the unsaved part
          </button>
        </div>
      ) : persistence.state.error ? (
        <p role="status" className="text-sm text-amber-900 dark:text-amber-100">
          Saving is being retried: {persistence.state.error}
        </p>
      ) : null}
      {finishing && finishing !== "Saving…" ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          {finishing}
        </p>
      ) : null}
      {state.error ? (
        <ErrorNotice error={state.error} onRetry={() => void startRecording()} testId="live-error" />
      ) : null}
      {state.warning ? <ErrorNotice error={state.warning} testId="live-warning" /> : null}
      {model.phase.kind === "error" ? (
        <ErrorNotice error={model.phase.error} onRetry={() => void startRecording()} testId="live-model-error" />
      ) : null}
      {popout.error ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          {popout.error}
        </p>
      ) : null}
      {!recording && start.kind !== "sample" && state.status !== "importing" ? (
        <p className="text-sm">
          <label htmlFor="live-import" className="font-medium">
            Import a recording or transcript
          </label>{" "}
          <input
            id="live-import"
            type="file"
            accept={[...AUDIO_EXTENSIONS, ...TRANSCRIPT_EXTENSIONS, "audio/*"].join(",")}
            disabled={!controller}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = "";
              if (file) void controller?.importFile(file, prepareModel);
            }}
            className="text-sm"
          />
        </p>
      ) : null}
      {state.importProgress !== null ? (
        <progress
          className="h-2 w-64"
          max={1}
          value={state.importProgress}
          aria-label="Transcription progress"
          data-testid="import-progress"
        />
      ) : null}
      <div className="grid gap-3 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <section aria-label="Transcript and notes" className="flex flex-col gap-2">
          <TranscriptView
            segments={transcript.segments}
            onCorrectSpeaker={(id, speaker) => controller?.transcript.setSpeaker(id, speaker)}
            jumpTo={jump}
          />
          <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="final-count">
            {transcript.finalCount} final segments
          </p>
          <NotesBar
            ref={noteRef}
            notes={notes}
            onAdd={(text) => addNote("note", text)}
            onMark={() => addNote("mark")}
          />
        </section>
        <div>{panel()}</div>
      </div>
      {popout.target ? createPortal(panel("h-[60vh]", false), popout.target) : null}
      <HelpDialog open={help} onOpenChange={setHelp} />
    </main>
  );
}
