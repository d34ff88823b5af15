"use client";

import { retentionMs } from "../../lib/vault/policy";
import type * as Comlink from "comlink";
import { useState } from "react";
import type { SessionData } from "../../lib/session/model";
import type { AsrWorkerApi } from "../../workers/asr-protocol";
import type { AsrModel } from "../hooks/use-asr-model";
import type { PolicyState } from "../hooks/use-policy";
import { IMPORT_ACCEPT } from "../../lib/transcript/file-kinds";
import type { VaultController } from "../session/vault-controller";
import { SHARE_EXTENSION, ShareImportDialog } from "./export-dialogs";
import { FileButton } from "./file-button";
import { SessionsList } from "./sessions-list";
import type { AtsOutbox } from "../session/ats-outbox";
import { SettingsPanel } from "./settings-panel";
import { btn, card, muted } from "./ui";
import { LANGUAGE_NAMES, type Language } from "../../lib/language";
import { SAMPLE_LANGUAGES } from "../../lib/session/sample-languages";

export function HomeView({
  vault,
  version,
  worker,
  model,
  policy,
  openError,
  onNew,
  onSample,
  onImport,
  onOpen,
  outbox,
}: {
  outbox: AtsOutbox | null;
  vault: VaultController;
  version: number;
  worker: Comlink.Remote<AsrWorkerApi> | null;
  model: AsrModel;
  policy: PolicyState;
  openError: string | null;
  onNew: () => void;
  onSample: (language: Language) => void;
  onImport: (file: File) => void;
  onOpen: (id: string) => void;
}) {
  const [shareFile, setShareFile] = useState<File | null>(null);
  const [imported, setImported] = useState<string | null>(null);
  const [sampleLanguage, setSampleLanguage] = useState<Language>("en");

  const importShared = async (data: SessionData) => {
    const sessionId = await vault.vault.importSessionData(data, retentionMs(policy.policy));
    vault.changed();
    setImported(`Imported the interview with ${data.info.candidate || "an unnamed candidate"}.`);
    onOpen(sessionId);
  };

  return (
    <main className="flex flex-col gap-4">
      <section aria-labelledby="start-heading" className={card}>
        <h2 id="start-heading" className="text-lg font-semibold">
          Start
        </h2>
        <div className="mt-3 flex flex-wrap items-center gap-3">
          <button type="button" className={btn.primary} onClick={onNew}>
            New interview
          </button>
          <button type="button" className={btn.secondary} onClick={() => onSample(sampleLanguage)}>
            Try a sample interview
          </button>
          <label className="flex items-center gap-1 text-sm">
            in
            <select
              className="rounded border border-slate-300 bg-white px-1 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
              value={sampleLanguage}
              onChange={(e) => {
                const chosen = SAMPLE_LANGUAGES.find((l) => l === e.target.value);
                if (chosen) setSampleLanguage(chosen);
              }}
              aria-label="Sample language"
            >
              {SAMPLE_LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {LANGUAGE_NAMES[code].native}
                </option>
              ))}
            </select>
          </label>
          <FileButton label="Import a recording or transcript" accept={IMPORT_ACCEPT} onFile={onImport} />
          <FileButton
            label="Import a shared session"
            accept={`.${SHARE_EXTENSION},application/json`}
            onFile={setShareFile}
          />
        </div>
        <p className={`mt-2 text-xs ${muted}`}>
          The sample plays a written interview through the same pipeline: no microphone, model download or key needed.
        </p>
        {imported ? (
          <p role="status" className="mt-2 text-sm">
            {imported}
          </p>
        ) : null}
        {openError ? (
          <p role="alert" className="mt-2 text-sm text-red-800 dark:text-red-200">
            {openError}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="sessions-heading" className={card}>
        <h2 id="sessions-heading" className="text-lg font-semibold">
          Interviews on this device
        </h2>
        <SessionsList vault={vault} version={version} onOpen={onOpen} outbox={outbox} />
      </section>
      <SettingsPanel vault={vault} version={version} worker={worker} model={model} policy={policy} />
      <ShareImportDialog file={shareFile} onClose={() => setShareFile(null)} onImport={importShared} />
    </main>
  );
}
