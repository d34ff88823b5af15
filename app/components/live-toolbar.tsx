import type { LiveState, LiveStatus } from "../live/live-controller";
import type { SessionInfo } from "../../lib/session/model";
import type { LanguageChoice } from "../../lib/asr/transcriber";
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from "../../lib/language";
import { LevelMeter } from "./level-meter";
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

const isChoice = (value: string): value is LanguageChoice => value === "detect" || isLanguage(value);

/** "Spanish", "Spanish (detected)" or "detecting the language", for the status line. */
function languageText(state: LiveState): string {
  if (state.language !== "detect") return LANGUAGE_NAMES[state.language].english;
  return state.detected ? `${LANGUAGE_NAMES[state.detected].english} (detected)` : "detecting the language";
}

/** The live screen's title, status line and controls. */
export function LiveToolbar(props: {
  info: SessionInfo;
  state: LiveState;
  /** "model on backend" once the speech model runs. */
  modelText: string | null;
  pending: number;
  canStart: boolean;
  resumed: boolean;
  startDisabled: boolean;
  finishDisabled: boolean;
  speed: number;
  onSpeed: (speed: number) => void;
  onStart: () => void;
  onPause: () => void;
  onSwitchSpeaker: () => void;
  onStop: () => void;
  onFinish: () => void;
  poppedOut: boolean;
  onPopout: () => void;
  onHelp: () => void;
  /** The speech model transcribes many languages: the language can be corrected here. */
  multilingual: boolean;
  /** The interviewer corrects the interview's language (or asks for detection). */
  onLanguage: (language: LanguageChoice) => void;
}) {
  const { info, state } = props;
  const recording = state.status === "recording" || state.status === "paused";
  return (
    <section className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-3 shadow-sm dark:border-slate-800 dark:bg-slate-900">
      <div>
        <h2 id="live-heading" className="text-lg font-semibold">
          {info.candidate || "Interview"}
          {info.role ? <span className="font-normal text-slate-600 dark:text-slate-300"> · {info.role}</span> : null}
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-300" data-testid="live-status" role="status">
          {state.sample && recording ? "Playing the sample interview" : STATUS_TEXT[state.status]}
          {props.modelText ? ` · ${props.modelText}` : ""}
          {state.sample ? "" : ` · ${languageText(state)}`}
          {props.pending > 0 ? ` · saving ${props.pending}…` : " · saved on this device"}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {!recording && props.canStart && state.status !== "importing" ? (
          <button
            type="button"
            onClick={props.onStart}
            disabled={props.startDisabled}
            className={btn.primary}
            aria-keyshortcuts="R"
          >
            {props.resumed ? "Continue recording" : "Start recording"}
          </button>
        ) : null}
        {recording ? (
          <button type="button" onClick={props.onPause} className={btn.secondary} aria-keyshortcuts="P">
            {state.status === "paused" ? "Resume" : "Pause"}
          </button>
        ) : null}
        {!state.sample && props.multilingual ? (
          <label className="flex items-center gap-1 text-sm">
            Language
            <select
              className="rounded border border-slate-300 bg-white px-1 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
              value={state.language}
              onChange={(e) => isChoice(e.target.value) && props.onLanguage(e.target.value)}
              data-testid="live-language"
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {LANGUAGE_NAMES[code].native}
                </option>
              ))}
              <option value="detect">Detect</option>
            </select>
          </label>
        ) : null}
        {recording && !state.sample && state.channels.length === 1 ? (
          <button type="button" onClick={props.onSwitchSpeaker} className={btn.secondary} aria-keyshortcuts="S">
            Speaker: <span data-testid="current-speaker">{state.micSpeaker}</span> (switch: S)
          </button>
        ) : null}
        {recording && state.sample ? (
          <label className="flex items-center gap-1 text-sm">
            Speed
            <select
              className="rounded border border-slate-400 bg-white px-1 py-0.5 dark:bg-slate-950"
              value={props.speed}
              onChange={(e) => props.onSpeed(Number(e.target.value))}
            >
              {[...new Set([...SPEEDS, props.speed])].map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {state.channels.map((c) => (
          <LevelMeter key={c} label={c === "mic" ? "Microphone" : "Call"} dbfs={state.levels[c] ?? null} />
        ))}
        {recording ? (
          <button
            type="button"
            onClick={props.onStop}
            className={btn.danger}
            aria-keyshortcuts="Shift+X"
            disabled={state.status === "stopping"}
          >
            Stop
          </button>
        ) : null}
        <button
          type="button"
          onClick={props.onFinish}
          className={recording ? btn.secondary : btn.primary}
          disabled={props.finishDisabled}
        >
          Finish and review
        </button>
        <button type="button" className={btn.secondary} onClick={props.onPopout}>
          {props.poppedOut ? "Close pop-out" : "Pop out"}
        </button>
        <button type="button" className={btn.secondary} onClick={props.onHelp} aria-keyshortcuts="?">
          Shortcuts (?)
        </button>
      </div>
    </section>
  );
}
