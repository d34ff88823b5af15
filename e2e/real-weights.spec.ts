import path from "node:path";
import { expect, test } from "./fixtures";
import { inspectModel } from "../lib/models/node-store";
import { LOCAL_MODEL_DIR } from "../lib/models/paths";
import { buildSpeechWav, fakeMicArgs } from "../lib/testing/espeak";
import { CHROMIUM_ARGS } from "../playwright.config";
import { DEFAULT_ASR_MODEL, findModel } from "../models/catalog";
import { chooseModel, passVaultGate, setUpInterview, trackPageErrors } from "./helpers";

/** The candidate's answer, spoken: it names two technologies and claims an impossible React career. */
const ANSWER = ["I have fifteen years of experience with React and Kubernetes."];

const spec = findModel(DEFAULT_ASR_MODEL);
const present = spec ? (await inspectModel(spec, LOCAL_MODEL_DIR)).usable : false;
if (!present) {
  console.warn(
    `SKIPPED fake-microphone local-insight test: it needs the real ${DEFAULT_ASR_MODEL} weights in ` +
      `${path.relative(process.cwd(), LOCAL_MODEL_DIR)} (random-weight test models transcribe noise; the real ones cannot ` +
      "be downloaded on this machine: provide them with npm run models:fetch or models:import).",
  );
}
const wav = present ? buildSpeechWav("candidate-answer", ANSWER) : "";

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: present ? [...CHROMIUM_ARGS, ...fakeMicArgs(wav)] : CHROMIUM_ARGS,
  },
});

test("with the fake microphone and real weights, a local insight linked to its final segment appears", async ({
  page,
}) => {
  test.skip(!present, `the real ${DEFAULT_ASR_MODEL} weights are not on this machine`);
  const errors = trackPageErrors(page);
  await page.goto("/");
  await passVaultGate(page);
  await chooseModel(page, DEFAULT_ASR_MODEL);
  await setUpInterview(page, { candidate: "Marta Ruiz-López", localOnly: true });
  await page.getByRole("button", { name: "Start recording" }).click();
  await expect(page.getByTestId("live-status")).toContainText("Recording");
  await page.keyboard.press("s");
  await expect(page.getByTestId("current-speaker")).toHaveText("Candidate");
  const final = page.getByTestId("segment-final").filter({ hasText: /React/i });
  await expect(final).toHaveCount(1, { timeout: 60_000 });
  const segmentId = await final.getAttribute("data-segment-id");
  const card = page
    .getByTestId("local-insight")
    .filter({ hasText: /Kubernetes|React/ })
    .first();
  await expect(card).toBeVisible();
  // The card refers to that segment: "Jump" highlights it.
  await card.getByRole("button", { name: "Jump" }).click();
  await expect(page.locator(`[data-segment-id="${segmentId}"]`)).toHaveClass(/bg-amber-100/);
  expect(errors).toEqual([]);
});
