"use client";

import type * as Comlink from "comlink";
import { useCallback, useEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import { sampleFor } from "../../lib/session/samples";
import { longInterview } from "../../lib/session/long-interview";
import { formatClock } from "../../lib/session/clock";
import type { Note, SessionInfo } from "../../lib/session/model";
import { SessionStore, type FlagAction } from "../../lib/session/session-store";
import { useStore } from "../hooks/use-store";
import { TABS, type TabId } from "../../lib/session/tabs";
import type { OrganisationPolicy } from "../../lib/vault/policy";
import type { AsrWorkerApi } from "../../workers/asr-protocol";
import type { AsrModel } from "../hooks/use-asr-model";
import { useAnalysis } from "../hooks/use-analysis";
import { useCoaching } from "../hooks/use-coaching";
import { useConsent } from "../hooks/use-consent";
import { useLiveController } from "../hooks/use-live-controller";
import { useNow } from "../hooks/use-now";
import { usePopout } from "../hooks/use-popout";
import type { LiveStart } from "../session/screens";
import { useSessionEnd } from "../session/use-session-end";
import { useSessionPersistence } from "../session/use-session-persistence";
import type { VaultController } from "../session/vault-controller";
import { CopilotPanel } from "./copilot-panel";
import { CoachingLine } from "./coaching-line";
import { ConsentBar } from "./consent-bar";
import { HelpDialog } from "./help-dialog";
import { LiveNotices } from "./live-notices";
import { LiveToolbar } from "./live-toolbar";
import { useLiveShortcuts } from "../hooks/use-live-shortcuts";
import { NotesBar } from "./notes-bar";
import { TranscriptView } from "./transcript-view";

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
  onLeave,
}: {
  info: SessionInfo;
  start: LiveStart;
  vault: VaultController;
  worker: Comlink.Remote<AsrWorkerApi> | null;
  model: AsrModel;
  policy: OrganisationPolicy;
  onDone: (id: string) => void;
  /** Back home without a review (the session was deleted). */
  onLeave: () => void;
}) {
  const { controller, state, transcript } = useLiveController(worker);
  const restored = start.kind === "resume" ? start.data : undefined;
  const [session] = useState(() => new SessionStore(restored));
  const analysis = useAnalysis(controller?.transcript ?? null, session);
  const sessionState = useStore(session, session.get());
  const [jump, setJump] = useState<{ id: string; n: number } | null>(null);
  const [tab, setTab] = useState<TabId>("insights");
  const [help, setHelp] = useState(false);
  const [speed, setSpeed] = useState(2);
  const noteRef = useRef<HTMLInputElement>(null);
  const popout = usePopout();
  const now = useNow(1000);
  const a = analysis.state;
  const persistence = useSessionPersistence(
    vault,
    info.id,
    controller && analysis.controller
      ? { transcript: controller.transcript, session, analysis: analysis.controller }
      : null,
    restored,
  );
  const recorder = persistence.recorder;
  const consent = useConsent(
    info,
    policy.consent,
    useCallback((value: SessionInfo) => recorder?.write({ table: "session", id: info.id, value }), [recorder, info.id]),
  );
  const mayRecord = consent.gate.allowed;
  const coaching = useCoaching(transcript.segments, info.plannedMinutes, a.plan.filter((p) => !p.covered).length);
  const recording = state.status === "recording" || state.status === "paused";
  const begun = useRef(false);

  // Detecting: scrubbing, local insights and requests follow the language the last final was in.
  const detected = state.language === "detect" ? state.detected : null;
  useEffect(() => {
    if (!detected || detected === consent.current().language) return;
    consent.setLanguage(detected, true);
    void analysis.controller?.setLanguage(detected);
  }, [detected, consent, analysis.controller]);

  const prepareModel = useCallback(async () => {
    const ready = model.phase.kind === "ready" ? model.phase : await model.prepare();
    return ready.kind === "ready";
  }, [model]);

  const startRecording = useCallback(async () => {
    if (!controller || !mayRecord || !(await prepareModel())) return;
    const last = controller.transcript.get().segments.at(-1);
    await controller.start({
      callAudio: start.kind === "ready" && start.callAudio,
      idPrefix: `${info.id}-${Date.now().toString(36)}`,
      offsetMs: last ? last.endMs + 1000 : 0,
    });
  }, [controller, mayRecord, prepareModel, start, info.id]);

  // Begins once: restores a reopened session, starts the analysis, then the chosen source.
  useEffect(() => {
    if (!controller || !analysis.controller || !recorder || begun.current) return;
    begun.current = true;
    if (restored) controller.transcript.load(restored.segments);
    recorder.write({ table: "session", id: info.id, value: info });
    controller.setLanguage(info.detectLanguage ? "detect" : info.language);
    const sampleSpeed = initialSampleSpeed();
    void (async () => {
      await analysis.controller?.startSession({
        candidate: info.candidate,
        role: info.role,
        jobDescription: info.jobDescription,
        questionPlan: info.questionPlan,
        language: info.language,
        useModel: info.analysisMode === "model",
        policy: {
          allowed: policy.cloudAnalysis,
          reason: policy.cloudAnalysis ? null : "Cloud analysis is off in your organisation's policy.",
          scrub: policy.scrub,
          compliance: policy.compliance,
        },
        restore: start.kind === "resume" ? { pseudonyms: start.pseudonyms } : undefined,
      });
      if (start.kind === "sample") {
        setSpeed(sampleSpeed);
        // The soak (bench/soak.ts) plays a generated interview of this many minutes instead.
        const sampleMinutes = Number(new URLSearchParams(window.location.search).get("sampleMinutes"));
        const lines = sampleMinutes > 0 ? longInterview(sampleMinutes) : sampleFor(info.language).lines;
        void controller.playSample(lines, { speed: sampleSpeed, idPrefix: info.id });
      } else if (start.kind === "import") await controller.importFile(start.file, prepareModel);
    })();
  }, [controller, analysis.controller, recorder, restored, info, policy, start, prepareModel]);

  const nowMs = () => controller?.clockMs(Date.now()) ?? 0;
  const addNote = (kind: Note["kind"], text = "") => session.addNote(kind, nowMs(), text);
  const onFlag = useCallback((id: string, action: FlagAction) => session.flag(id, action), [session]);
  const onJump = useCallback((segmentId: string) => setJump((j) => ({ id: segmentId, n: (j?.n ?? 0) + 1 })), []);

  const { finishing, finish, withdrawConsent, deleteCaptured, exportUnsaved } = useSessionEnd({
    info,
    controller,
    recorder,
    consent,
    vault,
    onDone,
    onLeave,
  });

  useLiveShortcuts({
    help: () => setHelp(true),
    switchSpeaker: recording && !state.sample ? () => controller?.switchSpeaker() : null,
    pause: recording ? () => void controller?.pause(state.status === "recording") : null,
    stop: recording ? () => void controller?.stop() : null,
    start: !recording && start.kind !== "sample" && state.status !== "importing" ? () => void startRecording() : null,
    mark: () => addNote("mark"),
    note: () => noteRef.current?.focus(),
    tab: (n) => setTab(TABS[n]?.id ?? "insights"),
  });

  const backend = model.phase.kind === "ready" ? model.phase.result.backend : null;
  const clock = controller?.clockMs(now) ?? 0;
  const header = (
    <div className="flex flex-wrap items-baseline justify-between gap-2">
      <h2 className="text-lg font-semibold">Copilot</h2>
      <p className="text-xs text-slate-600 dark:text-slate-300">
        <span className="tabular-nums" data-testid="session-timer" aria-label="Interview time">
          {formatClock(clock)}
        </span>
        {" · "}
        {state.sample ? "Sample interview" : backend ? `${model.modelId} on ${backend}` : "Speech model not loaded"}
      </p>
    </div>
  );

  const panel = (listHeight?: string, controlled = true) => (
    <CopilotPanel
      analysis={a}
      session={sessionState}
      onFlag={onFlag}
      onJump={onJump}
      nowMs={clock}
      header={header}
      listHeight={listHeight}
      tab={controlled ? tab : undefined}
      onTabChange={controlled ? setTab : undefined}
    />
  );

  return (
    <main className="flex flex-col gap-3" aria-labelledby="live-heading">
      <LiveToolbar
        info={info}
        state={state}
        modelText={backend && !state.sample ? `${model.modelId} on ${backend}` : null}
        pending={persistence.state.pending}
        canStart={start.kind !== "sample"}
        resumed={start.kind === "resume"}
        startDisabled={!controller || !mayRecord || state.status === "starting" || model.phase.kind === "preparing"}
        finishDisabled={state.status === "stopping" || state.status === "importing" || finishing === "Saving…"}
        speed={speed}
        onSpeed={(s) => {
          setSpeed(s);
          controller?.setSampleSpeed(s);
        }}
        onStart={() => void startRecording()}
        onPause={() => void controller?.pause(state.status === "recording")}
        onSwitchSpeaker={() => controller?.switchSpeaker()}
        onStop={() => void controller?.stop()}
        onFinish={() => void finish()}
        poppedOut={popout.target !== null}
        onPopout={() => (popout.target ? popout.close() : void popout.open())}
        onHelp={() => setHelp(true)}
        multilingual={model.phase.kind === "ready" && model.phase.result.multilingual}
        onLanguage={(choice) => {
          controller?.setLanguage(choice);
          const language = choice === "detect" ? (state.detected ?? consent.current().language) : choice;
          consent.setLanguage(language, choice === "detect");
          void analysis.controller?.setLanguage(language);
        }}
      />
      {start.kind !== "sample" ? (
        <ConsentBar
          policy={policy.consent}
          modelAnalysis={info.analysisMode === "model"}
          state={{ ...consent, withdraw: withdrawConsent }}
          onDelete={deleteCaptured}
        />
      ) : null}
      {!state.sample ? (
        <CoachingLine
          enabled={coaching.enabled}
          nudge={coaching.nudge}
          onDismiss={coaching.dismiss}
          onToggle={coaching.setEnabled}
        />
      ) : null}
      <LiveNotices
        state={state}
        restored={start.kind === "resume" ? { data: start.data, unreadable: start.unreadable } : null}
        saving={persistence.state}
        onExportUnsaved={exportUnsaved}
        finishing={finishing && finishing !== "Saving…" ? finishing : null}
        modelError={model.phase.kind === "error" ? model.phase.error : null}
        popoutError={popout.error}
        canImport={!recording && start.kind !== "sample" && state.status !== "importing" && controller !== null}
        onImport={(file) => void controller?.importFile(file, prepareModel)}
        onRetry={() => void startRecording()}
      />
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
            notes={sessionState.notes}
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
