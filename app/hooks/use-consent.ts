"use client";

import { useCallback, useRef, useState } from "react";
import {
  recordConsent,
  recordingGate,
  withdrawConsent,
  type Consent,
  type ConsentPolicy,
  type RecordingGate,
} from "../../lib/session/consent";
import type { SessionInfo } from "../../lib/session/model";
import type { Language } from "../../lib/language";

export interface ConsentState {
  consent: Consent | null;
  gate: RecordingGate;
  /** The session record as it stands now (with the latest consent), for whoever writes it next. */
  current: () => SessionInfo;
  record: () => void;
  withdraw: () => void;
  /** The interview's language, corrected on the live screen: kept in the same session record. */
  setLanguage: (language: Language, detect: boolean) => void;
}

/**
 * The live screen's consent: starts from what setup recorded, can be recorded here before recording
 * starts, or withdrawn; every change is written to the session record through `save`.
 */
export function useConsent(info: SessionInfo, policy: ConsentPolicy, save: (info: SessionInfo) => void): ConsentState {
  const [consent, setConsent] = useState<Consent | null>(info.consent);
  const latest = useRef<SessionInfo>(info);
  const update = useCallback(
    (next: Consent) => {
      latest.current = { ...latest.current, consent: next };
      setConsent(next);
      save(latest.current);
    },
    [save],
  );
  return {
    consent,
    gate: recordingGate(policy, consent),
    current: () => latest.current,
    record: () => update(recordConsent(policy, info.analysisMode === "model")),
    withdraw: () => {
      if (consent) update(withdrawConsent(consent));
    },
    setLanguage: (language, detect) => {
      latest.current = { ...latest.current, language, detectLanguage: detect };
      save(latest.current);
    },
  };
}
