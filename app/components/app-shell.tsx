"use client";

import "../../lib/zod-jitless";
import dynamic from "next/dynamic";
import { useDeferredValue, useEffect, useMemo } from "react";
import { useAccount } from "../hooks/use-account";
import { useBrowserValue } from "../hooks/use-browser-value";
import type { VaultController } from "../session/vault-controller";
import { useOnline } from "../hooks/use-online";
import { useServiceWorker } from "../hooks/use-service-worker";
import { useVault } from "../hooks/use-vault";
import { AccountStatus } from "./account-status";
import { ScreenLoading } from "./screen-loading";
import { VaultGate } from "./vault-gate";

// Loaded once the vault is unlocked: the first screen of a new or locked vault needs none of it.
const Workspace = dynamic(() => import("./workspace").then((m) => m.Workspace), {
  ssr: false,
  loading: () => <ScreenLoading label="Opening your workspace…" />,
});

declare global {
  interface Window {
    __copilotVault?: VaultController;
  }
}

/** The page frame: app status, the update banner, then the vault gate and the workspace behind it. */
export function AppShell() {
  const online = useOnline();
  const sw = useServiceWorker();
  const isolated = useBrowserValue(() => window.crossOriginIsolated);
  const vault = useVault();
  // The gate and the workspace behind it render the vault's state in a transition: opening the
  // workspace is the biggest render of the start-up, and a transition's render yields to the browser
  // every few milliseconds instead of holding the main thread for the whole screen (decision 119).
  const gateState = useDeferredValue(vault.state);
  const { account, signOut } = useAccount();
  // The sign-in routes come back with ?signin=failed or =unavailable when the provider's answer failed.
  const signInProblem = useBrowserValue(() => new URLSearchParams(window.location.search).get("signin"));
  useEffect(() => {
    // Benchmarks (bench/vault, bench/ui) drive the vault directly, only with ?metrics=1.
    if (vault.controller && new URLSearchParams(window.location.search).has("metrics"))
      window.__copilotVault = vault.controller;
  }, [vault.controller]);
  // The same element while the controller and the version stay: a vault change the workspace does not
  // read (busy, the persistence answer) re-renders the shell and its badges, not every screen behind it.
  const workspace = useMemo(
    () => (vault.controller ? <Workspace vault={vault.controller} version={gateState.version} /> : null),
    [vault.controller, gateState.version],
  );
  const badge = "rounded-full bg-slate-200 px-2 py-1 text-slate-800 dark:bg-slate-800 dark:text-slate-100";

  return (
    <div className="mx-auto flex min-h-screen max-w-7xl flex-col gap-4 px-4 py-4">
      {/* The status badges change their words as the app starts (offline support, the vault): on a narrow
          screen they sit on their own row with room for two lines, so a badge wrapping or unwrapping
          never moves the screen below it (Lighthouse's layout shift, decision 119). */}
      <header className="flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
        <div>
          <h1 className="text-xl font-bold tracking-tight">Interview Copilot</h1>
          <p className="text-sm text-slate-600 dark:text-slate-300">
            Private, on-device transcription and insights for interviewers.
          </p>
        </div>
        <ul
          className="flex min-h-14 flex-wrap content-start gap-2 text-xs lg:min-h-0 lg:justify-end print:hidden"
          aria-label="App status"
        >
          <li
            data-testid="network-status"
            className={`rounded-full px-2 py-1 ${online ? "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100" : "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100"}`}
          >
            {online ? "Online" : "Offline"}
          </li>
          <li className={badge} data-testid="isolation-status">
            {isolated === null ? "…" : isolated ? "Multi-threaded" : "Single-threaded"}
          </li>
          <li className={badge} data-testid="sw-status">
            {sw.controlled ? "Works offline" : "Installing offline support…"}
          </li>
          <li className={badge} data-testid="vault-status">
            {vault.state.phase === "unlocked"
              ? vault.state.mode === "device"
                ? "Vault: device key"
                : "Vault unlocked"
              : vault.state.phase === "locked"
                ? "Vault locked"
                : "Vault…"}
          </li>
          <AccountStatus account={account} onSignOut={() => void signOut()} />
        </ul>
      </header>
      {sw.updateReady ? (
        <div
          role="status"
          data-testid="update-banner"
          className="flex items-center justify-between rounded-lg border border-blue-300 bg-blue-50 px-4 py-2 text-sm text-blue-950 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-50"
        >
          <span>A new version is ready. Reload when you are not in an interview; nothing on this device is lost.</span>
          <button
            type="button"
            onClick={sw.applyUpdate}
            className="rounded-md bg-blue-800 px-3 py-1 font-medium text-white"
          >
            Reload
          </button>
        </div>
      ) : null}
      {signInProblem === "failed" || signInProblem === "unavailable" ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200" data-testid="sign-in-problem">
          {signInProblem === "failed"
            ? "Sign-in did not complete. Try again; local features keep working meanwhile."
            : "The organisation's sign-in service could not be reached. Local features keep working; try again later."}
        </p>
      ) : null}
      {sw.error ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          Offline support could not be installed: {sw.error}
        </p>
      ) : null}
      <VaultGate controller={vault.controller} state={gateState}>
        {workspace}
      </VaultGate>
    </div>
  );
}
