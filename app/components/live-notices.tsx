import type { CopilotErrorData } from "../../lib/errors";
import type { SessionData } from "../../lib/session/model";
import type { RecorderState } from "../../lib/vault/session-recorder";
import { IMPORT_ACCEPT } from "../../lib/transcript/file-kinds";
import type { LiveState } from "../live/live-controller";
import { ErrorNotice } from "./error-notice";
import { FileButton } from "./file-button";
import { btn } from "./ui";

/** What the live screen has to say: restoration, saving trouble, errors, and the import field. */
export function LiveNotices(props: {
  state: LiveState;
  restored: { data: SessionData; unreadable: string[] } | null;
  saving: RecorderState;
  onExportUnsaved: () => void;
  finishing: string | null;
  modelError: CopilotErrorData | null;
  popoutError: string | null;
  canImport: boolean;
  onImport: (file: File) => void;
  onRetry: () => void;
}) {
  const { state, restored, saving } = props;
  return (
    <>
      {restored ? (
        <p
          role="status"
          data-testid="restored-notice"
          className="rounded-md border border-blue-300 bg-blue-50 p-2 text-sm text-blue-950 dark:border-blue-800 dark:bg-blue-950 dark:text-blue-50"
        >
          Restored after an interruption: {restored.data.segments.length} segments and {restored.data.insights.length}{" "}
          insights.
          {restored.unreadable.length > 0
            ? ` ${restored.unreadable.length} records could not be read (damaged) and were left out.`
            : ""}{" "}
          Press “Continue recording” to go on.
        </p>
      ) : null}
      {saving.storageFull ? (
        <div
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-semibold">This device&apos;s storage is full.</p>
          <p>
            Recording continues; {saving.pending} items are kept in memory only until space is freed. Export them now so
            nothing is lost.
          </p>
          <button type="button" className={`${btn.secondary} mt-2`} onClick={props.onExportUnsaved}>
            Export the unsaved part
          </button>
        </div>
      ) : saving.error ? (
        <p role="status" className="text-sm text-amber-900 dark:text-amber-100">
          Saving is being retried: {saving.error}
        </p>
      ) : null}
      {props.finishing ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          {props.finishing}
        </p>
      ) : null}
      {state.error ? <ErrorNotice error={state.error} onRetry={props.onRetry} testId="live-error" /> : null}
      {state.warning ? <ErrorNotice error={state.warning} testId="live-warning" /> : null}
      {props.modelError ? (
        <ErrorNotice error={props.modelError} onRetry={props.onRetry} testId="live-model-error" />
      ) : null}
      {props.popoutError ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          {props.popoutError}
        </p>
      ) : null}
      {props.canImport ? (
        <div>
          <FileButton label="Import a recording or transcript" accept={IMPORT_ACCEPT} onFile={props.onImport} />
        </div>
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
    </>
  );
}
