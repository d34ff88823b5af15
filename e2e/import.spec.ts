import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";
import { FIXTURE_DIR } from "../lib/testing/espeak";
import { chooseModel, passVaultGate, trackPageErrors } from "./helpers";

const VTT = `WEBVTT

1
00:00:01.000 --> 00:00:03.000
<v Dana Whitfield>Tell me about a conflict you resolved.</v>

2
00:00:03.500 --> 00:00:08.000
<v Marta Ruiz-López>At Stripe I mediated between two teams over API ownership.</v>
`;

test.describe("importing recordings and transcripts", () => {
  test("a recorded interview is decoded and transcribed into one final segment per utterance", async ({ page }) => {
    const errors = trackPageErrors(page);
    await page.goto("/");
    await passVaultGate(page);
    await chooseModel(page, "copilot-test/whisper-micro");
    await page.getByLabel("Import a recording or transcript").setInputFiles({
      name: "interview.wav",
      mimeType: "audio/wav",
      buffer: readFileSync(path.join(FIXTURE_DIR, "interview-3.wav")),
    });
    await expect(page.getByTestId("segment-final")).toHaveCount(3, { timeout: 60_000 });
    await expect(page.getByTestId("live-status")).toContainText("Stopped");
    expect(errors).toEqual([]);
  });

  test("a meeting tool's WebVTT keeps its speaker names", async ({ page }) => {
    await page.goto("/");
    await passVaultGate(page);
    await page.getByLabel("Import a recording or transcript").setInputFiles({
      name: "teams.vtt",
      mimeType: "text/vtt",
      buffer: Buffer.from(VTT),
    });
    const rows = page.getByTestId("segment-final");
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText("Marta Ruiz-López");
    await expect(rows.nth(1)).toContainText("mediated between two teams");
  });

  test("corrupt and unsupported files get a clear error and change nothing", async ({ page }) => {
    const errors = trackPageErrors(page);
    await page.goto("/");
    await passVaultGate(page);
    await chooseModel(page, "copilot-test/whisper-micro");
    const input = page.getByLabel("Import a recording or transcript");
    await input.setInputFiles({ name: "teams.vtt", mimeType: "text/vtt", buffer: Buffer.from(VTT) });
    await expect(page.getByTestId("segment-final")).toHaveCount(2);

    await input.setInputFiles({
      name: "broken.mp3",
      mimeType: "audio/mpeg",
      buffer: Buffer.from("ID3 this is not audio at all"),
    });
    await expect(page.getByTestId("live-error")).toContainText("broken.mp3 could not be decoded");
    await input.setInputFiles({
      name: "bad.srt",
      mimeType: "text/plain",
      buffer: Buffer.from("1\n00:00:05,000 --> 00:00:01,000\nhi\n"),
    });
    await expect(page.getByTestId("live-error")).toContainText("line 2: the cue ends before it starts");
    await input.setInputFiles({ name: "slides.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7") });
    await expect(page.getByTestId("live-error")).toContainText("unsupported file type");
    // What was imported before is untouched.
    await expect(page.getByTestId("segment-final")).toHaveCount(2);
    expect(errors).toEqual([]);
  });
});
