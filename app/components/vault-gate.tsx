"use client";

import { useState, type FormEvent, type ReactNode } from "react";
import type { VaultController } from "../session/vault-controller";
import { MIN_PASSPHRASE_LENGTH, type VaultState } from "../session/vault-state";
import { btn, card, field, muted } from "./ui";

/** Nothing of the vault shows until it is set up and unlocked. */
/**
 * Said on every phase of the gate, the first paint included (it is the screen's largest text, so the
 * first screen's largest paint happens at once, not when IndexedDB has answered).
 */
const STORED_HERE =
  "Transcripts, notes and insights are stored only on this device, encrypted with AES-256. Audio never leaves it; only scrubbed excerpts are sent for analysis, and only when your organisation allows it.";

export function VaultGate({
  controller,
  state,
  children,
}: {
  controller: VaultController | null;
  state: VaultState;
  children: ReactNode;
}) {
  const [passphrase, setPassphrase] = useState("");
  const [confirm, setConfirm] = useState("");
  const [mismatch, setMismatch] = useState(false);

  if (state.phase === "unlocked") return <>{children}</>;
  if (state.phase === "opening" || !controller)
    return (
      <main className={`${card} mx-auto mt-6 w-full max-w-md`} aria-labelledby="vault-heading">
        <h2 id="vault-heading" className="text-lg font-semibold">
          Your interviews
        </h2>
        <p className={`mt-1 text-sm ${muted}`}>{STORED_HERE}</p>
        <p className={`mt-3 text-sm ${muted}`} role="status">
          Opening the encrypted vault…
        </p>
      </main>
    );
  if (state.phase === "error")
    return (
      <p
        role="alert"
        className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
      >
        {state.error}
      </p>
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (state.phase === "new") {
      if (passphrase !== confirm) return setMismatch(true);
      setMismatch(false);
      if (await controller.setupPassphrase(passphrase)) setPassphrase("");
    } else if (await controller.unlock(passphrase)) setPassphrase("");
  };
  const error = mismatch ? "The two passphrases differ." : state.error;

  return (
    <main className={`${card} mx-auto mt-6 w-full max-w-md`} aria-labelledby="vault-heading">
      <h2 id="vault-heading" className="text-lg font-semibold">
        {state.phase === "new" ? "Protect your interviews" : "Unlock your interviews"}
      </h2>
      <p className={`mt-1 text-sm ${muted}`}>{STORED_HERE}</p>
      <p className={`mt-1 text-sm ${muted}`}>
        {state.phase === "new"
          ? "Choose a passphrase: it is never stored or sent anywhere, and it cannot be recovered."
          : "Enter your passphrase to open them."}
      </p>
      <form className="mt-4 flex flex-col gap-3" onSubmit={(e) => void submit(e)}>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Passphrase
          <input
            type="password"
            autoComplete={state.phase === "new" ? "new-password" : "current-password"}
            className={field}
            value={passphrase}
            minLength={state.phase === "new" ? MIN_PASSPHRASE_LENGTH : undefined}
            onChange={(e) => setPassphrase(e.target.value)}
            required
            autoFocus
          />
        </label>
        {state.phase === "new" ? (
          <label className="flex flex-col gap-1 text-sm font-medium">
            Repeat the passphrase
            <input
              type="password"
              autoComplete="new-password"
              className={field}
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
              required
            />
          </label>
        ) : null}
        {error ? (
          <p role="alert" data-testid="vault-error" className="text-sm text-red-800 dark:text-red-200">
            {error}
          </p>
        ) : null}
        <button type="submit" className={btn.primary} disabled={state.busy}>
          {state.busy ? "Working…" : state.phase === "new" ? "Create the encrypted vault" : "Unlock"}
        </button>
      </form>
      {state.phase === "new" ? (
        <div className="mt-4 border-t border-slate-200 pt-4 text-sm dark:border-slate-700">
          <p className={muted}>
            No passphrase: a key that cannot leave this browser profile encrypts your data. Anyone using this profile
            can open it.
          </p>
          <button
            type="button"
            className={`${btn.secondary} mt-2`}
            disabled={state.busy}
            onClick={() => void controller.setupDeviceKey()}
          >
            Use this device&apos;s key instead
          </button>
        </div>
      ) : null}
    </main>
  );
}
