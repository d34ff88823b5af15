import { expect, test } from "./fixtures";
import { chooseModel, openControlled, trackPageErrors } from "./helpers";

const TEST_MODEL = "copilot-test/whisper-micro";

test("after one online visit the app, its worker and a cached model work offline", async ({ page, context }) => {
  const errors = trackPageErrors(page);
  await openControlled(page);
  await chooseModel(page, TEST_MODEL);
  await page.getByRole("button", { name: "Download and load" }).click();
  await expect(page.getByTestId("model-ready")).toContainText(TEST_MODEL, { timeout: 90_000 });
  await expect(page.getByTestId("model-files")).toContainText("onnx/decoder_model_merged.onnx");

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Interview Copilot" })).toBeVisible();
  await expect(page.getByTestId("network-status")).toHaveText("Offline");
  await page.getByRole("button", { name: "Download and load" }).click();
  await expect(page.getByTestId("model-ready")).toBeVisible({ timeout: 90_000 });
  await expect(page.getByTestId("model-files")).toContainText("(on device)");
  await page.getByRole("button", { name: "Run model check" }).click();
  await expect(page.getByTestId("model-check-result")).toContainText("Model answered in");
  await expect(page.getByTestId("asr-backend")).toHaveText(/wasm/);
  expect(errors).toEqual([]);
});

test("a model that was never downloaded shows which file is missing and what to do, offline", async ({
  page,
  context,
}) => {
  const errors = trackPageErrors(page);
  await openControlled(page);
  await context.setOffline(true);
  await page.reload();
  await chooseModel(page, "copilot-test/whisper-tiny.en-random");
  await page.getByRole("button", { name: "Download and load" }).click();
  const alert = page.getByTestId("model-error");
  await expect(alert).toContainText("Model file missing: config.json");
  await expect(alert).toContainText("Reconnect and download the model");
  await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/model-missing-offline.png", fullPage: true });
  expect(errors).toEqual([]);
});
