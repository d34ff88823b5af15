import { describe, expect, it } from "vitest";
import { DEFAULT_ORG_POLICY, parsePolicy, PolicyError, retentionMs } from "./policy";
import { exportShareFile, importShareFile, ShareImportError } from "./share-file";

const SESSION = {
  session: { id: "s1", candidate: "Marta Ruiz-López" },
  segments: [{ text: "We rebuilt billing in Go." }],
};

describe("encrypted share files", () => {
  it("round-trip with the share passphrase and reveal nothing in the file", async () => {
    const file = await exportShareFile(SESSION, "panel-2026");
    expect(file).not.toMatch(/Marta|billing/);
    expect(await importShareFile(file, "panel-2026")).toEqual(SESSION);
  });

  it("refuse a wrong passphrase, an altered file and a file of another kind, clearly", async () => {
    const file = await exportShareFile(SESSION, "panel-2026");
    await expect(importShareFile(file, "wrong")).rejects.toMatchObject({
      code: "share_import_failed",
      reason: "wrong_passphrase_or_damaged",
    });
    const parsed = JSON.parse(file) as { data: string };
    const bytes = Buffer.from(parsed.data, "base64");
    bytes[5] = (bytes[5] ?? 0) ^ 1;
    const altered = JSON.stringify({ ...parsed, data: bytes.toString("base64") });
    await expect(importShareFile(altered, "panel-2026")).rejects.toBeInstanceOf(ShareImportError);
    await expect(importShareFile("%PDF-1.7", "x")).rejects.toMatchObject({
      code: "share_import_failed",
      reason: "not_a_share_file",
    });
    await expect(importShareFile('{"format":"something-else"}', "x")).rejects.toMatchObject({
      code: "share_import_failed",
      reason: "not_a_share_file",
    });
  });
});

describe("organisation policy", () => {
  it("defaults to 24 h retention, cloud analysis allowed, the default scrub categories", () => {
    expect(parsePolicy("{}")).toEqual(DEFAULT_ORG_POLICY);
    expect(retentionMs(DEFAULT_ORG_POLICY)).toBe(24 * 60 * 60 * 1000);
    expect(retentionMs(parsePolicy('{"retentionHours": null}'))).toBeNull();
    expect(parsePolicy('{"cloudAnalysis": false, "scrub": ["person", "email", "org"]}').scrub).toEqual([
      "person",
      "email",
      "org",
    ]);
  });

  it("names every problem in an invalid policy", () => {
    expect(() => parsePolicy("{oops")).toThrow(PolicyError);
    try {
      parsePolicy(
        '{"retentionHours": -3, "scrub": ["person", "shoe size"], "allowedAnalysisEndpoints": ["not a url"]}',
      );
    } catch (error) {
      const problems = (error as PolicyError).problems.join(" | ");
      expect(problems).toMatch(/retentionHours/);
      expect(problems).toMatch(/scrub\.1/);
      expect(problems).toMatch(/allowedAnalysisEndpoints\.0/);
    }
  });
});
