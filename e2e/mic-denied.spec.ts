import { expect, test } from "./fixtures";
import { CHROMIUM_ARGS } from "../playwright.config";
import { chooseModel, passVaultGate, setUpInterview, trackPageErrors } from "./helpers";

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, "--use-fake-device-for-media-stream", "--deny-permission-prompts"],
  },
});

test("a denied microphone says so and what to do, and nothing breaks", async ({ page }) => {
  const errors = trackPageErrors(page);
  await page.goto("/");
  await passVaultGate(page);
  await chooseModel(page, "copilot-test/whisper-micro");
  await setUpInterview(page);
  await page.getByRole("button", { name: "Start recording" }).click();
  const alert = page.getByTestId("live-error");
  await expect(alert).toContainText("Microphone blocked", { timeout: 30_000 });
  await expect(alert).toContainText("Allow the microphone for this site");
  await expect(page.getByRole("button", { name: "Start recording" })).toBeEnabled();
  expect(errors).toEqual([]);
});
