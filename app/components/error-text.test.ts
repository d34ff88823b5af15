import { describe, expect, it } from "vitest";
import {
  CopilotError,
  fromRouteError,
  RouteErrorCodeSchema,
  toErrorData,
  type CopilotErrorCode,
} from "../../lib/errors";
import { WrongPassphraseError } from "../../lib/vault/crypto";
import { ShareImportError } from "../../lib/vault/share-file";
import { VaultLockedError } from "../../lib/vault/vault";
import { statusAfter } from "../live/analysis-state";
import { errorText } from "./error-text";

/** Every code, by a record the compiler checks for completeness. */
const ALL: Record<CopilotErrorCode, true> = {
  model_missing: true,
  model_corrupt: true,
  model_offline: true,
  model_load_failed: true,
  backend_unavailable: true,
  storage_full: true,
  invalid_input: true,
  mic_denied: true,
  mic_unavailable: true,
  call_audio_denied: true,
  call_audio_missing: true,
  transcription_failed: true,
  unscrubbed_text: true,
  analysis_unavailable: true,
  analysis_not_allowed: true,
  analysis_failed: true,
  analysis_malformed: true,
  analysis_limited: true,
  sign_in_required: true,
  local_analysis_failed: true,
  worker_failed: true,
  wrong_passphrase: true,
  vault_locked: true,
  vault_state: true,
  ats_not_configured: true,
  ats_not_enabled: true,
  ats_bad_key: true,
  ats_forbidden: true,
  ats_not_found: true,
  ats_invalid: true,
  ats_rate_limited: true,
  ats_unreachable: true,
  record_unreadable: true,
  share_import_failed: true,
  policy_invalid: true,
  unexpected: true,
};

describe("one error vocabulary", () => {
  it("has words for every code: a title and a next step", () => {
    for (const code of Object.keys(ALL) as CopilotErrorCode[]) {
      const text = errorText({ code, message: "detail." });
      expect(text.title.length, code).toBeGreaterThan(5);
      expect(text.action.length, code).toBeGreaterThan(5);
      expect(statusAfter(code), code).toBeTruthy();
    }
  });

  it("calls an error that is not ours unexpected, never a model load failure", () => {
    const data = toErrorData(new TypeError("x is undefined"));
    expect(data).toEqual({ code: "unexpected", message: "x is undefined" });
    expect(errorText(data).title).not.toMatch(/model/i);
    expect(errorText(data).action).toMatch(/retry/i);
    expect(toErrorData("a string", "transcription_failed").code).toBe("transcription_failed");
  });

  it("gives the vault's errors codes, so they reach the user through the same words", () => {
    expect(toErrorData(new WrongPassphraseError()).code).toBe("wrong_passphrase");
    expect(errorText(toErrorData(new WrongPassphraseError())).action).toContain("not right");
    expect(toErrorData(new VaultLockedError()).code).toBe("vault_locked");
    const share = new ShareImportError("not_a_share_file", "The file's content is not a session.");
    expect(errorText(toErrorData(share)).action).toBe("The file's content is not a session. Nothing was imported.");
  });

  it("maps every route failure code to a device error", () => {
    for (const code of RouteErrorCodeSchema.options) {
      const data = fromRouteError(code);
      expect(new CopilotError(data).code).toBe(data.code);
      expect(data.message.length).toBeGreaterThan(5);
    }
    expect(fromRouteError("not_allowed", "Cloud analysis is off.").message).toBe("Cloud analysis is off.");
    expect(fromRouteError("malformed_model_output").code).toBe("analysis_malformed");
  });
});
