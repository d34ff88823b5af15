"use client";

import { useStore } from "../hooks/use-store";
import { fetchAnalysisStatus } from "../../lib/privacy/analysis-status";
import { OutboundEntrySchema } from "../../lib/session/model";
import type * as Comlink from "comlink";
import { useEffect, useState, type FormEvent } from "react";
import type { AsrWorkerApi } from "../../workers/asr-protocol";
import type { AsrModel } from "../hooks/use-asr-model";
import { useLocalSetting } from "../hooks/use-local-setting";
import type { PolicyState } from "../hooks/use-policy";
import type { VaultController } from "../session/vault-controller";
import { ModelPanel } from "./model-panel";
import { TextModelsPanel } from "./text-models-panel";
import { btn, card, field, muted } from "./ui";

const THEME_KEY = "copilot.theme";
const parseTheme = (raw: string | null) => (raw === "dark" || raw === "light" ? raw : "system");

function applyTheme(theme: string): void {
  const dark = theme === "dark" || (theme === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}

type Endpoint = { configured: boolean; allowed: boolean; reason: string | null } | "offline" | "signed_out" | null;

export function SettingsPanel({
  vault,
  version,
  worker,
  model,
  policy,
}: {
  vault: VaultController;
  version: number;
  worker: Comlink.Remote<AsrWorkerApi> | null;
  model: AsrModel;
  policy: PolicyState;
}) {
  const [theme, saveTheme] = useLocalSetting(THEME_KEY, parseTheme);
  const [endpoint, setEndpoint] = useState<Endpoint>(null);
  const [outbound, setOutbound] = useState<
    { sessionId: string; entry: { at: string; destination: string; body: string } }[]
  >([]);
  const [oldPass, setOldPass] = useState("");
  const [newPass, setNewPass] = useState("");
  const [passMessage, setPassMessage] = useState<string | null>(null);
  const [outboundError, setOutboundError] = useState<string | null>(null);
  const p = policy.policy;
  const vaultState = useStore(vault, vault.get());

  useEffect(() => {
    let live = true;
    void fetchAnalysisStatus().then((status) => {
      if (!live) return;
      if (status === "offline" || status === "invalid" || status === "signed_out")
        setEndpoint(status === "signed_out" ? status : "offline");
      else setEndpoint({ configured: status.configured, allowed: status.allowed, reason: status.reason });
    });
    void vault.vault
      .outboundAll()
      .then(({ entries, unreadable }) => {
        if (!live) return;
        const readable = entries.flatMap(({ sessionId, entry }) => {
          const parsed = OutboundEntrySchema.safeParse(entry);
          return parsed.success ? [{ sessionId, entry: parsed.data }] : [];
        });
        setOutbound(readable);
        const unexpected = entries.length - readable.length;
        const problems = [
          ...(unreadable.length ? [`${unreadable.length} entries failed their integrity check`] : []),
          ...(unexpected ? [`${unexpected} entries have unexpected content`] : []),
        ];
        setOutboundError(problems.length ? problems.join("; ") : null);
      })
      .catch((e: unknown) => live && setOutboundError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [vault, version]);

  const changePass = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await vault.changePassphrase(oldPass, newPass);
    setPassMessage(
      ok ? "Passphrase changed. Your data was not re-encrypted; only its key was re-wrapped." : vault.get().error,
    );
    if (ok) {
      setOldPass("");
      setNewPass("");
    }
  };

  const endpointText =
    endpoint === null
      ? "Checking…"
      : endpoint === "offline"
        ? "Offline: local insights only"
        : endpoint === "signed_out"
          ? "Sign in to use model analysis: local insights only"
          : !endpoint.allowed
            ? `Not allowed by policy: ${endpoint.reason ?? ""}`
            : endpoint.configured
              ? "A language model is configured on the server (only scrubbed text is sent to it)"
              : "No language model configured: local insights only";

  return (
    <section aria-labelledby="settings-heading" className={card}>
      <h2 id="settings-heading" className="text-lg font-semibold">
        Settings
      </h2>
      <div className="mt-3 grid gap-6 md:grid-cols-2">
        <div className="flex flex-col gap-4">
          <div>
            <h3 className="font-medium">Analysis endpoint</h3>
            <p className={`text-sm ${muted}`} data-testid="endpoint-status">
              {endpointText}
            </p>
          </div>
          <div data-testid="policy-panel">
            <h3 className="font-medium">Organisation policy</h3>
            {policy.error ? (
              <p role="alert" className="text-sm text-red-800 dark:text-red-200">
                The policy file is invalid: {policy.error}
              </p>
            ) : null}
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className={muted}>Source</dt>
              <dd>
                {policy.source === "organisation"
                  ? "Your organisation (/policy.json)"
                  : policy.source === "default"
                    ? "Defaults (no policy file served)"
                    : policy.source}
              </dd>
              <dt className={muted}>Kept after an interview</dt>
              <dd data-testid="policy-retention">
                {p.retentionHours === null ? "Until deleted" : `${p.retentionHours} hours`}
              </dd>
              <dt className={muted}>Cloud analysis</dt>
              <dd data-testid="policy-cloud">{p.cloudAnalysis ? "Allowed (scrubbed text only)" : "Not allowed"}</dd>
              <dt className={muted}>Allowed endpoints</dt>
              <dd>
                {p.allowedAnalysisEndpoints.length
                  ? p.allowedAnalysisEndpoints.join(", ")
                  : "The server's configured one"}
              </dd>
              <dt className={muted}>Scrubbed</dt>
              <dd>{p.scrub.join(", ")}</dd>
              <dt className={muted}>Auto-lock</dt>
              <dd>after {p.autoLockMinutes} min idle (never while recording)</dd>
            </dl>
          </div>
          <div>
            <h3 className="font-medium">Vault</h3>
            <p className={`mt-1 text-sm ${muted}`} data-testid="storage-persistence">
              {vaultState.persistent === true
                ? "Storage is persistent: the browser will not clear interviews to free space."
                : vaultState.persistent === false
                  ? "The browser did not grant persistent storage: it may clear data when the disk is nearly full. Export interviews you must keep."
                  : "Persistent storage has not been granted yet."}
            </p>
            {vault.get().mode === "passphrase" ? (
              <>
                <form className="mt-2 flex flex-col gap-2 text-sm" onSubmit={(e) => void changePass(e)}>
                  <label className="flex flex-col gap-1">
                    Current passphrase
                    <input
                      type="password"
                      className={field}
                      value={oldPass}
                      onChange={(e) => setOldPass(e.target.value)}
                      required
                    />
                  </label>
                  <label className="flex flex-col gap-1">
                    New passphrase
                    <input
                      type="password"
                      className={field}
                      value={newPass}
                      onChange={(e) => setNewPass(e.target.value)}
                      required
                    />
                  </label>
                  <div className="flex gap-2">
                    <button type="submit" className={btn.secondary}>
                      Change passphrase
                    </button>
                    <button type="button" className={btn.secondary} onClick={() => vault.lock()}>
                      Lock now
                    </button>
                  </div>
                </form>
                {passMessage ? (
                  <p role="status" className="mt-1 text-sm">
                    {passMessage}
                  </p>
                ) : null}
              </>
            ) : (
              <p className={`text-sm ${muted}`}>Encrypted with this device&apos;s key (no passphrase).</p>
            )}
          </div>
          <label className="flex items-center gap-2 text-sm">
            Theme
            <select
              className={field}
              value={theme}
              onChange={(e) => {
                saveTheme(e.target.value);
                applyTheme(e.target.value);
              }}
            >
              <option value="system">System</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
        </div>
        <div className="flex flex-col gap-4">
          <ModelPanel worker={worker} model={model} />
          <TextModelsPanel />
        </div>
      </div>
      <details className="mt-4 text-sm" data-testid="outbound-log-all">
        <summary className="cursor-pointer font-medium">What left this device ({outbound.length})</summary>
        <p className={`mt-1 text-xs ${muted}`}>
          Every payload sent for analysis in the stored sessions, exactly as sent. Audio never leaves this device.
        </p>
        {outboundError ? (
          <p role="alert" className="mt-1 text-sm text-red-800 dark:text-red-200">
            Part of the log could not be read from the vault: {outboundError}. The rest is shown.
          </p>
        ) : null}
        <ol className="mt-2 max-h-80 space-y-2 overflow-auto">
          {outbound.map(({ entry }, n) => (
            <li
              key={`${entry.at}-${n}`}
              className="rounded border border-slate-200 p-2 dark:border-slate-700"
              data-testid="outbound-entry"
            >
              <p className={`text-xs ${muted}`}>
                {new Date(entry.at).toLocaleString()} → {entry.destination}
              </p>
              <pre className="mt-1 max-h-40 overflow-auto whitespace-pre-wrap break-all text-xs">{entry.body}</pre>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
