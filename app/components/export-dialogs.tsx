"use client";

import { useState, type FormEvent } from "react";
import type { SessionData } from "../../lib/session/model";
import { toErrorData } from "../../lib/errors";
import { exportShareFile, importShareFile, ShareImportError } from "../../lib/vault/share-file";
import { errorText } from "./error-text";
import { SessionDataSchema } from "../../lib/session/model";
import { MIN_PASSPHRASE_LENGTH } from "../session/vault-state";
import { Modal } from "./dialog";
import { downloadText } from "./download";
import { btn, field } from "./ui";

export const SHARE_EXTENSION = "icshare";

/**
 * The export writers, loaded at the click: the Markdown export computes the debrief's analytics, whose
 * word lists (sentiment, names, skills) the home screen should not load to show a menu (decision 119).
 */
const writers = () => import("../../lib/session/exports");

/** Encrypted export for a hiring panel: a share passphrase, typed twice, protects the file. */
export function ShareExportDialog({
  load,
  open,
  onOpenChange,
}: {
  load: () => Promise<SessionData>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [pass, setPass] = useState("");
  const [again, setAgain] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (pass.length < MIN_PASSPHRASE_LENGTH) return setError(`Use at least ${MIN_PASSPHRASE_LENGTH} characters.`);
    if (pass !== again) return setError("The two passphrases differ.");
    setBusy(true);
    try {
      const [data, { exportFileName }] = await Promise.all([load(), writers()]);
      downloadText(exportFileName(data, SHARE_EXTENSION), await exportShareFile(data, pass), "application/json");
      setPass("");
      setAgain("");
      setError(null);
      onOpenChange(false);
    } catch (err) {
      setError(`The export failed: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      title="Export an encrypted share file"
      description="Give the file and, separately, the share passphrase to the panel. Without the passphrase the file cannot be read."
      testId="share-export-dialog"
    >
      <form className="flex flex-col gap-3" onSubmit={(e) => void submit(e)}>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Share passphrase
          <input type="password" className={field} value={pass} onChange={(e) => setPass(e.target.value)} required />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Repeat the share passphrase
          <input type="password" className={field} value={again} onChange={(e) => setAgain(e.target.value)} required />
        </label>
        {error ? (
          <p role="alert" className="text-sm text-red-800 dark:text-red-200">
            {error}
          </p>
        ) : null}
        <button type="submit" className={btn.primary} disabled={busy}>
          {busy ? "Encrypting…" : "Export encrypted file"}
        </button>
      </form>
    </Modal>
  );
}

/** Markdown and JSON are not encrypted: an explicit choice, after a warning. */
export function PlainExportDialog({
  format,
  load,
  onClose,
}: {
  format: "markdown" | "json" | null;
  load: () => Promise<SessionData>;
  onClose: () => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      const [data, { exportFileName, toJson, toMarkdown }] = await Promise.all([load(), writers()]);
      if (format === "markdown") downloadText(exportFileName(data, "md"), toMarkdown(data), "text/markdown");
      else downloadText(exportFileName(data, "json"), toJson(data), "application/json");
      onClose();
    } catch (err) {
      setError(`The export failed: ${(err as Error).message}`);
    }
  };
  return (
    <Modal
      open={format !== null}
      onOpenChange={(o) => (o ? undefined : onClose())}
      title={`Export as ${format === "json" ? "JSON" : "Markdown"} (not encrypted)`}
      description="This file holds the candidate's words and names in plain text. Anyone who gets it can read it, and the vault's expiry does not delete it. Prefer the encrypted share file for sending."
      testId="plain-export-dialog"
    >
      {error ? (
        <p role="alert" className="mb-2 text-sm text-red-800 dark:text-red-200">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <button type="button" className={btn.danger} onClick={() => void save()}>
          Export unencrypted
        </button>
        <button type="button" className={btn.secondary} onClick={onClose}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}

/** Imports a share file: decrypted and checked completely before anything is written. */
export function ShareImportDialog({
  file,
  onClose,
  onImport,
}: {
  file: File | null;
  onClose: () => void;
  onImport: (data: SessionData) => Promise<void>;
}) {
  const [pass, setPass] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const raw = await importShareFile(await file.text(), pass);
      const parsed = SessionDataSchema.safeParse(raw);
      if (!parsed.success)
        throw new ShareImportError("not_a_share_file", "The file's content is not a session. Nothing was imported.");
      await onImport(parsed.data);
      setPass("");
      onClose();
    } catch (err) {
      setError(errorText(toErrorData(err, "share_import_failed")).action);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open={file !== null}
      onOpenChange={(o) => (o ? undefined : onClose())}
      title="Import a shared session"
      description={file ? `${file.name}: enter the share passphrase you were given.` : undefined}
      testId="share-import-dialog"
    >
      <form className="flex flex-col gap-3" onSubmit={(e) => void submit(e)}>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Share passphrase
          <input type="password" className={field} value={pass} onChange={(e) => setPass(e.target.value)} required />
        </label>
        {error ? (
          <p role="alert" data-testid="share-import-error" className="text-sm text-red-800 dark:text-red-200">
            {error}
          </p>
        ) : null}
        <button type="submit" className={btn.primary} disabled={busy}>
          {busy ? "Decrypting…" : "Import"}
        </button>
      </form>
    </Modal>
  );
}
