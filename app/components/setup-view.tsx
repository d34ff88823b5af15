"use client";

import { toErrorData } from "../../lib/errors";
import { errorText } from "./error-text";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { captureError } from "../../lib/capture/capture-errors";
import type { AnalysisMode } from "../../lib/session/model";
import type { Consent } from "../../lib/session/consent";
import { ConsentField } from "./consent-field";
import type { OrganisationPolicy } from "../../lib/vault/policy";
import { DEFAULT_ASR_MODEL, findModel, MODEL_CATALOG, MULTILINGUAL_ASR_MODEL } from "../../models/catalog";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "../../lib/language";
import type { AsrModel } from "../hooks/use-asr-model";
import { z } from "zod";
import type { VaultController } from "../session/vault-controller";
import { LevelMeter } from "./level-meter";
import { btn, card, field, muted } from "./ui";

export interface SetupValues {
  candidate: string;
  role: string;
  jobDescription: string;
  questionPlan: string[];
  analysisMode: AnalysisMode;
  callAudio: boolean;
  /** Recorded here when the candidate was told before setup ended (else on the live screen). */
  consent: Consent | null;
  /** The planned length, for the "time is short" nudge; null when not given. */
  plannedMinutes: number | null;
  /** The candidate's ATS record (an id or a link), for the debrief's push; empty when not given. */
  atsRecord: string;
  /** The interview's language (detect: the first guess, each utterance's language detected). */
  language: Language;
  detectLanguage: boolean;
}

const LANGUAGE_KEY = "copilot.interviewLanguage";
type LanguageOption = Language | "detect";
const isLanguageOption = (v: string | null): v is LanguageOption =>
  v === "detect" || (LANGUAGES as readonly string[]).includes(v ?? "");

/** English-only speech models fit English interviews; other languages and detection need a multilingual one. */
function fits(modelId: string, language: LanguageOption): boolean {
  return language === "en" || findModel(modelId)?.multilingual === true;
}

/** Question-plan templates live encrypted in the vault (they can name projects, teams, people). */
const TEMPLATES_SETTING = "planTemplates";
/** Where an earlier version kept them in clear: moved into the vault, then removed. */
const LEGACY_TEMPLATES_KEY = "copilot.planTemplates";
const TemplatesSchema = z.record(z.string(), z.array(z.string()));
type Templates = z.infer<typeof TemplatesSchema>;

/** The stored templates, or why they cannot be read (reported, never silently dropped). */
async function readTemplates(vault: VaultController): Promise<{ stored: Templates; problem: string | null }> {
  try {
    const raw = await vault.vault.getSetting(TEMPLATES_SETTING);
    const parsed = TemplatesSchema.safeParse(raw ?? {});
    return parsed.success
      ? { stored: parsed.data, problem: null }
      : { stored: {}, problem: "The saved plan templates have unexpected content and were not loaded." };
  } catch (error) {
    return {
      stored: {},
      problem: `The saved plan templates could not be read. ${errorText(toErrorData(error)).action}`,
    };
  }
}

function useTemplates(vault: VaultController): [Templates, (next: Templates) => void, string | null] {
  const [templates, setTemplates] = useState<Templates>({});
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const read = await readTemplates(vault);
      let stored = read.stored;
      if (live) setProblem(read.problem);
      const legacy = localStorage.getItem(LEGACY_TEMPLATES_KEY);
      if (legacy) {
        try {
          stored = { ...(TemplatesSchema.safeParse(JSON.parse(legacy)).data ?? {}), ...stored };
          await vault.vault.putSetting(TEMPLATES_SETTING, stored);
        } finally {
          localStorage.removeItem(LEGACY_TEMPLATES_KEY);
        }
      }
      if (live) setTemplates(stored);
    })();
    return () => {
      live = false;
    };
  }, [vault]);
  const save = (next: Templates) => {
    setTemplates(next);
    void vault.vault.putSetting(TEMPLATES_SETTING, next);
  };
  return [templates, save, problem];
}
const ASR_MODELS = MODEL_CATALOG.filter((m) => m.task === "automatic-speech-recognition");

/** A microphone level check before the interview, with the browser's permission prompt. */
function MicTest() {
  const [dbfs, setDbfs] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const stopRef = useRef<() => void>(() => {});
  useEffect(() => () => stopRef.current(), []);

  const start = async () => {
    setError(null);
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
      const context = new AudioContext();
      const analyser = context.createAnalyser();
      analyser.fftSize = 2048;
      context.createMediaStreamSource(stream).connect(analyser);
      const data = new Float32Array(analyser.fftSize);
      let frame = 0;
      const tick = () => {
        analyser.getFloatTimeDomainData(data);
        let sum = 0;
        for (const v of data) sum += v * v;
        setDbfs(10 * Math.log10(sum / data.length + 1e-12));
        frame = requestAnimationFrame(tick);
      };
      tick();
      setRunning(true);
      stopRef.current = () => {
        cancelAnimationFrame(frame);
        stream.getTracks().forEach((t) => t.stop());
        void context.close();
        setRunning(false);
        setDbfs(null);
      };
    } catch (err) {
      setError(captureError(err, "microphone").message);
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="mic-test">
      <button type="button" className={btn.secondary} onClick={() => (running ? stopRef.current() : void start())}>
        {running ? "Stop the microphone test" : "Test the microphone"}
      </button>
      <LevelMeter label="Microphone" dbfs={dbfs} />
      {error ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-200">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SetupView({
  policy,
  model,
  vault,
  onStart,
  onCancel,
}: {
  vault: VaultController;
  policy: OrganisationPolicy;
  model: AsrModel;
  onStart: (values: SetupValues) => void;
  onCancel: () => void;
}) {
  const [candidate, setCandidate] = useState("");
  const [role, setRole] = useState("");
  const [jobDescription, setJobDescription] = useState("");
  const [plan, setPlan] = useState("");
  const [templateName, setTemplateName] = useState("");
  const [templates, saveTemplates, templatesProblem] = useTemplates(vault);
  const [mode, setMode] = useState<AnalysisMode>(policy.cloudAnalysis ? "model" : "local");
  const [callAudio, setCallAudio] = useState(false);
  const [planned, setPlanned] = useState("");
  const [atsRecord, setAtsRecord] = useState("");
  const [consent, setConsent] = useState<Consent | null>(null);
  const [language, setLanguage] = useState<LanguageOption>(() => {
    const saved = typeof localStorage === "undefined" ? null : localStorage.getItem(LANGUAGE_KEY);
    return isLanguageOption(saved) ? saved : "en";
  });
  const analysisMode: AnalysisMode = policy.cloudAnalysis ? mode : "local";
  const speechModels = ASR_MODELS.filter((m) => fits(m.id, language));

  // The speech model follows the language: English keeps its faster English-only default.
  const { modelId, chooseModel } = model;
  useEffect(() => {
    if (!fits(modelId, language)) chooseModel(MULTILINGUAL_ASR_MODEL);
    else if (language === "en" && modelId === MULTILINGUAL_ASR_MODEL) chooseModel(DEFAULT_ASR_MODEL);
  }, [language, modelId, chooseModel]);

  const chooseLanguage = (next: LanguageOption) => {
    setLanguage(next);
    localStorage.setItem(LANGUAGE_KEY, next);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart({
      candidate: candidate.trim(),
      role: role.trim(),
      jobDescription: jobDescription.trim(),
      questionPlan: plan
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean),
      analysisMode,
      callAudio,
      plannedMinutes: /^\d+$/.test(planned.trim()) ? Math.min(480, Math.max(5, Number(planned.trim()))) : null,
      atsRecord: atsRecord.trim().slice(0, 500),
      language: language === "detect" ? "en" : language,
      detectLanguage: language === "detect",
      // Consent covers what the candidate was told: changing the analysis mode afterwards asks again.
      consent: consent && consent.modelAnalysis === (analysisMode === "model") ? consent : null,
    });
  };

  return (
    <main className={card} aria-labelledby="setup-heading">
      <h2 id="setup-heading" className="text-lg font-semibold">
        Set up the interview
      </h2>
      <form className="mt-4 grid gap-4 md:grid-cols-2" onSubmit={submit}>
        <div className="flex flex-col gap-3">
          <label className="flex flex-col gap-1 text-sm font-medium">
            Candidate name
            <input className={field} value={candidate} onChange={(e) => setCandidate(e.target.value)} autoFocus />
            <span className={`text-xs font-normal ${muted}`}>Scrubbed as [CANDIDATE] before anything is sent.</span>
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Role
            <input className={field} value={role} onChange={(e) => setRole(e.target.value)} />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Job description
            <textarea
              className={`${field} h-24`}
              value={jobDescription}
              onChange={(e) => setJobDescription(e.target.value)}
            />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Planned length (minutes)
            <input
              className={field}
              inputMode="numeric"
              value={planned}
              onChange={(e) => setPlanned(e.target.value)}
              placeholder="e.g. 45"
            />
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            ATS record (optional)
            <input
              className={field}
              value={atsRecord}
              onChange={(e) => setAtsRecord(e.target.value)}
              placeholder="The candidate's id or link in Greenhouse, Lever or Ashby"
            />
            <span className={`text-xs font-normal ${muted}`}>
              Where the debrief goes once you approve it; kept on this device until then.
            </span>
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Question plan (one question or topic per line)
            <textarea className={`${field} h-32`} value={plan} onChange={(e) => setPlan(e.target.value)} />
          </label>
          <div className="flex flex-wrap items-end gap-2 text-sm">
            <label className="flex flex-col gap-1">
              Template name
              <input className={field} value={templateName} onChange={(e) => setTemplateName(e.target.value)} />
            </label>
            <button
              type="button"
              className={btn.secondary}
              disabled={!templateName.trim() || !plan.trim()}
              onClick={() =>
                saveTemplates({ ...templates, [templateName.trim()]: plan.split("\n").filter((l) => l.trim()) })
              }
            >
              Save plan as template
            </button>
            {templatesProblem ? (
              <p role="alert" data-testid="templates-problem" className="text-sm text-red-800 dark:text-red-200">
                {templatesProblem}
              </p>
            ) : null}
            {Object.keys(templates).length > 0 ? (
              <label className="flex flex-col gap-1">
                Use a template
                <select
                  className={field}
                  value=""
                  onChange={(e) => {
                    const chosen = templates[e.target.value];
                    if (chosen) setPlan(chosen.join("\n"));
                  }}
                >
                  <option value="">Choose…</option>
                  {Object.keys(templates).map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
          </div>
        </div>
        <div className="flex flex-col gap-4">
          <fieldset className="flex flex-col gap-2 text-sm">
            <legend className="font-medium">Audio sources</legend>
            <p className={muted}>Microphone (you, or both of you in the room).</p>
            <label className="flex items-center gap-2">
              <input type="checkbox" checked={callAudio} onChange={(e) => setCallAudio(e.target.checked)} />
              Also capture the call: a shared tab&apos;s audio is the candidate
            </label>
            <MicTest />
          </fieldset>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Interview language
            <select
              className={field}
              value={language}
              onChange={(e) => isLanguageOption(e.target.value) && chooseLanguage(e.target.value)}
            >
              {LANGUAGES.map((code) => (
                <option key={code} value={code}>
                  {LANGUAGE_NAMES[code].native}
                </option>
              ))}
              <option value="detect">Detect the language</option>
            </select>
            <span className={`text-xs font-normal ${muted}`}>
              Transcription, scrubbing and the insight cards follow it; the interface stays in English.
            </span>
          </label>
          <label className="flex flex-col gap-1 text-sm font-medium">
            Speech model
            <select className={field} value={model.modelId} onChange={(e) => model.chooseModel(e.target.value)}>
              {speechModels.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.id}
                  {m.kind === "test" ? " (test: random weights)" : ""}
                </option>
              ))}
            </select>
          </label>
          <fieldset className="flex flex-col gap-1 text-sm">
            <legend className="font-medium">Analysis</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="mode" checked={mode === "local"} onChange={() => setMode("local")} />
              Local only: nothing leaves this device
            </label>
            <label className="flex items-center gap-2">
              <input
                type="radio"
                name="mode"
                checked={mode === "model" && policy.cloudAnalysis}
                disabled={!policy.cloudAnalysis}
                onChange={() => setMode("model")}
              />
              Local + language model (scrubbed text only)
            </label>
            {!policy.cloudAnalysis ? (
              <p className={muted} data-testid="setup-policy-note">
                Your organisation&apos;s policy does not allow cloud analysis.
              </p>
            ) : null}
          </fieldset>
          <ConsentField
            policy={policy.consent}
            modelAnalysis={analysisMode === "model"}
            consent={consent}
            onChange={setConsent}
          />
          <div className="mt-auto flex gap-2">
            <button type="submit" className={btn.primary}>
              Start the interview
            </button>
            <button type="button" className={btn.secondary} onClick={onCancel}>
              Cancel
            </button>
          </div>
        </div>
      </form>
    </main>
  );
}
