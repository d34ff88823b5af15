"use client";

import { toErrorData } from "../../lib/errors";
import { ErrorNotice } from "./error-notice";
import { errorText } from "./error-text";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useState } from "react";
import { newSessionId, type SessionInfo } from "../../lib/session/model";
import { retentionMs } from "../../lib/vault/policy";
import type { SavedPseudonyms } from "../../workers/privacy-protocol";
import { useAsrModel } from "../hooks/use-asr-model";
import { useAsrWorker } from "../hooks/use-asr-worker";
import { useIdleLock } from "../hooks/use-idle-lock";
import { usePolicy } from "../hooks/use-policy";
import { useAtsOutbox } from "../hooks/use-ats-outbox";
import type { Screen } from "../session/screens";
import type { VaultController } from "../session/vault-controller";
import { HomeView } from "./home-view";
import { ScreenLoading } from "./screen-loading";
import type { SetupValues } from "./setup-view";
import type { Consent } from "../../lib/session/consent";
import type { Language } from "../../lib/language";

// The live, review and setup screens (and the capture, analysis and transformers.js code behind them)
// load when first opened, so the home screen's scripts stay small. The service worker precaches every
// chunk, so they open offline too.
const LiveView = dynamic(() => import("./live-view").then((m) => m.LiveView), {
  ssr: false,
  loading: () => <ScreenLoading label="Opening the interview…" />,
});
const ReviewView = dynamic(() => import("./review-view").then((m) => m.ReviewView), {
  ssr: false,
  loading: () => <ScreenLoading label="Opening the review…" />,
});
const SetupView = dynamic(() => import("./setup-view").then((m) => m.SetupView), {
  ssr: false,
  loading: () => <ScreenLoading label="Opening the setup…" />,
});

/** After the home screen has settled, the other screens' code is fetched and evaluated while idle. */
const PREFETCH_AFTER_MS = 3_000;

/**
 * The live, review and setup screens load on demand (the first screen stays small), then ahead of
 * need once the home screen has been idle a while, so opening one later does not wait for its code
 * (nor the review for its report worker).
 */
function usePrefetchScreens(): void {
  useEffect(() => {
    let idle = 0;
    let stopped = false;
    // One screen per idle period: each chunk's evaluation is its own short task, not one long one.
    const steps: (() => Promise<unknown>)[] = [
      () => import("./setup-view"),
      () => import("./live-view"),
      () => import("./review-view"),
      // The dialogs' Radix code (help, export, delete), loaded at a dialog's first opening otherwise.
      () => import("./dialog-content"),
      // The review's debrief is computed in the report worker: started now, it is ready at the click.
      () => import("../hooks/report-worker").then((m) => m.warmReportWorker()),
    ];
    const next = () => {
      const step = steps.shift();
      if (!step || stopped) return;
      const run = () =>
        void step()
          .catch(() => undefined)
          .finally(next);
      idle = window.requestIdleCallback
        ? window.requestIdleCallback(run, { timeout: 5_000 })
        : window.setTimeout(run, 0);
    };
    const timer = window.setTimeout(next, PREFETCH_AFTER_MS);
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      if (idle && window.cancelIdleCallback) window.cancelIdleCallback(idle);
    };
  }, []);
}

/** The interviewer's screens: home, setup, live session and review. */
export function Workspace({ vault, version }: { vault: VaultController; version: number }) {
  const [screen, setScreen] = useState<Screen>({ kind: "home" });
  const [openError, setOpenError] = useState<string | null>(null);
  usePrefetchScreens();
  const asr = useAsrWorker();
  const worker = asr.api;
  const model = useAsrModel(worker);
  const policy = usePolicy();
  const outbox = useAtsOutbox(vault);
  const lock = useCallback(() => vault.lock(), [vault]);
  useIdleLock(policy.policy.autoLockMinutes, screen.kind === "live", lock);

  const newInfo = (
    {
      consent = null,
      plannedMinutes = null,
      atsRecord = "",
      language = "en",
      detectLanguage = false,
      ...values
    }: Omit<SetupValues, "callAudio" | "consent" | "plannedMinutes" | "atsRecord" | "language" | "detectLanguage"> & {
      consent?: Consent | null;
      plannedMinutes?: number | null;
      atsRecord?: string;
      language?: Language;
      detectLanguage?: boolean;
    },
    sample = false,
  ): SessionInfo => ({
    id: newSessionId(),
    ...values,
    consent,
    plannedMinutes,
    scorecard: null,
    modelSummary: null,
    ats: atsRecord ? { record: atsRecord, pushes: [] } : null,
    language,
    detectLanguage,
    sample,
    createdAt: Date.now(),
    endedAt: null,
    retentionMs: retentionMs(policy.policy),
  });

  const open = async (id: string) => {
    setOpenError(null);
    try {
      const { data, unreadable, pseudonyms } = await vault.vault.openSessionData(id);
      if (data.info.endedAt === null) {
        setScreen({
          kind: "live",
          info: data.info,
          start: { kind: "resume", data, pseudonyms: pseudonyms as SavedPseudonyms | null, unreadable },
        });
      } else
        setScreen({
          kind: "review",
          id,
          opened: { data, unreadable, pseudonyms: pseudonyms as SavedPseudonyms | null },
        });
    } catch (error) {
      setOpenError(`This session could not be opened. ${errorText(toErrorData(error)).action}`);
    }
  };

  return (
    <>
      {asr.failure ? <ErrorNotice error={asr.failure} testId="asr-worker-failure" /> : null}
      {screenFor()}
    </>
  );

  function screenFor() {
    // Nothing starts before the organisation's policy is known (retention, analysis, scrubbing).
    if (policy.source === "loading")
      return (
        <p role="status" className="text-sm">
          Reading the organisation policy…
        </p>
      );
    if (screen.kind === "setup")
      return (
        <SetupView
          policy={policy.policy}
          model={model}
          vault={vault}
          onCancel={() => setScreen({ kind: "home" })}
          onStart={(values) =>
            setScreen({ kind: "live", info: newInfo(values), start: { kind: "ready", callAudio: values.callAudio } })
          }
        />
      );
    if (screen.kind === "live")
      return (
        <LiveView
          key={screen.info.id}
          info={screen.info}
          start={screen.start}
          vault={vault}
          worker={worker}
          model={model}
          policy={policy.policy}
          onDone={(id) => setScreen({ kind: "review", id })}
          onLeave={() => setScreen({ kind: "home" })}
        />
      );
    if (screen.kind === "review")
      return (
        <ReviewView
          key={screen.id}
          id={screen.id}
          opened={screen.opened}
          vault={vault}
          policy={policy.policy}
          outbox={outbox}
          onBack={() => setScreen({ kind: "home" })}
        />
      );
    return (
      <HomeView
        vault={vault}
        version={version}
        worker={worker}
        model={model}
        policy={policy}
        openError={openError}
        outbox={outbox}
        onNew={() => setScreen({ kind: "setup" })}
        onSample={(language) => {
          // The samples' text loads at the click (the live screen needs it next, so it is prefetched too).
          // The sample's own language: a language without a sample plays the English one, analysed as English.
          void import("../../lib/session/samples").then(
            ({ sampleFor }) => {
              const sample = sampleFor(language);
              setScreen({
                kind: "live",
                info: newInfo({ ...sample.setup, language: sample.language, analysisMode: "model" }, true),
                start: { kind: "sample" },
              });
            },
            (error: unknown) => setOpenError(`The sample could not be opened. ${errorText(toErrorData(error)).action}`),
          );
        }}
        onImport={(file) =>
          setScreen({
            kind: "live",
            info: newInfo({ candidate: "", role: "", jobDescription: "", questionPlan: [], analysisMode: "model" }),
            start: { kind: "import", file },
          })
        }
        onOpen={(id) => void open(id)}
      />
    );
  }
}
