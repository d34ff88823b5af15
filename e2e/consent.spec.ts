import { expect, test, type Page } from "./fixtures";
import { passVaultGate, trackPageErrors } from "./helpers";

const NOTICE = "Acme transcribes this interview on my laptop for my notes only.";

async function requireConsent(page: Page) {
  await page.route("**/policy.json", (route) =>
    route.fulfill({ json: { consent: { required: true, notice: NOTICE } } }),
  );
}

const vtt = {
  name: "answers.vtt",
  mimeType: "text/vtt",
  buffer: Buffer.from(
    "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Interviewer>Tell me about Kafka.\n\n2\n00:00:04.000 --> 00:00:08.000\n<v Candidate>I led the Kafka migration.\n",
  ),
};

test("with a policy requiring consent, recording cannot start until consent is recorded, and the review shows its time", async ({
  page,
}) => {
  const errors = trackPageErrors(page);
  await requireConsent(page);
  await page.goto("/");
  await passVaultGate(page);
  await page.getByRole("button", { name: "New interview" }).click();
  await page.getByLabel("Candidate name").fill("Marta Ruiz");
  // The organisation's notice, plus the model sentence while model analysis is chosen.
  await expect(page.getByTestId("consent-notice")).toContainText(NOTICE);
  await expect(page.getByTestId("consent-notice")).toContainText("language model");
  await page.getByLabel(/Local only/).check();
  await expect(page.getByTestId("consent-notice")).toHaveText(NOTICE);
  await page.getByRole("button", { name: "Start the interview" }).click();

  const start = page.getByRole("button", { name: "Start recording" });
  await expect(start).toBeDisabled();
  await expect(page.getByTestId("consent-bar")).toContainText(`Before recording, tell the candidate: ${NOTICE}`);
  // The keyboard shortcut cannot start it either.
  await page.keyboard.press("r");
  await expect(page.getByTestId("live-status")).not.toContainText("Recording");
  await page.getByRole("button", { name: "The candidate agreed: record consent" }).click();
  await expect(page.getByTestId("consent-time")).toContainText("Consent recorded at");
  await expect(start).toBeEnabled();

  await page.getByLabel("Import a recording or transcript").setInputFiles(vtt);
  await expect(page.getByTestId("segment-final")).toHaveCount(2);
  await page.getByRole("button", { name: "Finish and review" }).click();
  await expect(page.getByTestId("review-consent")).toContainText(/Consent recorded \S+.*\d{1,2}:\d{2}/);
  await expect(page.getByTestId("review-consent")).toContainText("told: transcribed on the interviewer's device)");
  expect(errors).toEqual([]);
});

test("consent recorded in setup, then withdrawn: recording stops for good and what was captured can be deleted", async ({
  page,
}) => {
  const errors = trackPageErrors(page);
  await requireConsent(page);
  await page.goto("/");
  await passVaultGate(page);
  await page.getByRole("button", { name: "New interview" }).click();
  await page.getByLabel("Candidate name").fill("Withdrawing Candidate");
  await page.getByLabel("The candidate was told and agreed").check();
  await expect(page.getByTestId("consent-field").getByTestId("consent-time")).toContainText("Recorded at");
  await page.getByRole("button", { name: "Start the interview" }).click();
  const start = page.getByRole("button", { name: "Start recording" });
  await expect(start).toBeEnabled();
  await page.getByLabel("Import a recording or transcript").setInputFiles(vtt);
  await expect(page.getByTestId("segment-final")).toHaveCount(2);

  await page.getByRole("button", { name: "Consent withdrawn" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Consent withdrawn at" })).toContainText("cannot restart");
  await expect(start).toBeDisabled();
  await page.getByRole("button", { name: "Delete everything captured" }).click();
  await expect(page.getByRole("button", { name: "New interview" })).toBeVisible();
  await expect(page.getByTestId("session-row").filter({ hasText: "Withdrawing Candidate" })).toHaveCount(0);
  expect(errors).toEqual([]);
});
