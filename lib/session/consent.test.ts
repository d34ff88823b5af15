import { describe, expect, it } from "vitest";
import { parsePolicy } from "../vault/policy";
import {
  consentNotice,
  consentSummary,
  DEFAULT_MODEL_NOTICE,
  DEFAULT_TRANSCRIPTION_NOTICE,
  recordConsent,
  recordingGate,
  withdrawConsent,
} from "./consent";
import { toMarkdown } from "./exports";
import { SessionInfoSchema, type SessionData } from "./model";

const policyOf = (consent: unknown) => parsePolicy(JSON.stringify({ consent })).consent;

describe("candidate consent", () => {
  it("tells the candidate about on-device transcription, and about the model only when it is used", () => {
    const policy = policyOf(undefined);
    expect(consentNotice(policy, false)).toBe(DEFAULT_TRANSCRIPTION_NOTICE);
    expect(consentNotice(policy, true)).toBe(`${DEFAULT_TRANSCRIPTION_NOTICE} ${DEFAULT_MODEL_NOTICE}`);
  });

  it("uses the organisation's own words when the policy supplies them", () => {
    const policy = policyOf({ notice: "Acme transcribes this call.", modelNotice: "Acme's model sees excerpts." });
    expect(consentNotice(policy, false)).toBe("Acme transcribes this call.");
    expect(consentNotice(policy, true)).toBe("Acme transcribes this call. Acme's model sees excerpts.");
  });

  it("refuses a policy whose consent section is malformed", () => {
    expect(() => parsePolicy(JSON.stringify({ consent: { required: "yes" } }))).toThrow(/consent.required/);
    expect(() => parsePolicy(JSON.stringify({ consent: { notice: "" } }))).toThrow(/consent.notice/);
  });

  it("lets recording start without consent only when the policy does not require it, and never after withdrawal", () => {
    const optional = policyOf({});
    const required = policyOf({ required: true });
    expect(recordingGate(optional, null)).toEqual({ allowed: true });
    expect(recordingGate(required, null)).toMatchObject({ allowed: false, reason: expect.stringMatching(/requires/) });
    const given = recordConsent(required, true, 1_000);
    expect(recordingGate(required, given)).toEqual({ allowed: true });
    const withdrawn = withdrawConsent(given, 5_000);
    expect(withdrawn.withdrawnAt).toBe(5_000);
    expect(withdrawConsent(withdrawn, 9_000).withdrawnAt).toBe(5_000);
    for (const policy of [optional, required])
      expect(recordingGate(policy, withdrawn)).toMatchObject({
        allowed: false,
        reason: expect.stringMatching(/withdrew/),
      });
  });

  it("stores the notice as it was told and the time, and shows both in the export", () => {
    const consent = recordConsent(policyOf({}), true, Date.UTC(2026, 11, 1, 14, 2));
    expect(consent.notice).toContain(DEFAULT_MODEL_NOTICE);
    const info = SessionInfoSchema.parse({
      id: "s1",
      candidate: "Ana",
      role: "",
      createdAt: Date.UTC(2026, 11, 1, 14, 0),
      endedAt: null,
      retentionMs: null,
      consent,
    });
    const data: SessionData = { info, segments: [], insights: [], notes: [], outbound: [], plan: [] };
    expect(toMarkdown(data)).toContain(
      "- Consent recorded 2026-12-01 14:02 UTC (told: transcribed on the interviewer's device; scrubbed excerpts to the organisation's model)",
    );
    const withdrawn = { ...data, info: { ...info, consent: withdrawConsent(consent, Date.UTC(2026, 11, 1, 14, 30)) } };
    expect(toMarkdown(withdrawn)).toContain("; withdrawn 2026-12-01 14:30 UTC");
  });

  it("says so when no consent was recorded, and reads sessions stored before consent existed", () => {
    const old = SessionInfoSchema.parse({
      id: "s0",
      candidate: "",
      role: "",
      createdAt: 0,
      endedAt: 1,
      retentionMs: null,
    });
    expect(old.consent).toBeNull();
    expect(consentSummary(old.consent, String)).toBe("No consent recorded");
  });
});
