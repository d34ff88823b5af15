import { expect, test } from "./fixtures";
import { DEFAULT_SENTIMENT_MODEL } from "../models/catalog";
import { openControlled, passVaultGate, trackPageErrors } from "./helpers";

/** A generated NER model that `npm test` puts on the app's own model folder (the organisation's mirror). */
const PROVIDED_NER = "copilot-test/bert-ner-micro";

test("settings show each optional text model's state: not provided, or provided and downloaded on demand", async ({
  page,
}) => {
  const errors = trackPageErrors(page);
  await page.addInitScript((id) => localStorage.setItem("copilot.nerModel", id), PROVIDED_NER);
  await page.goto("/");
  await passVaultGate(page);
  const ner = page.locator(`[data-testid="text-model"][data-model-id="${PROVIDED_NER}"]`);
  const sentiment = page.locator(`[data-testid="text-model"][data-model-id="${DEFAULT_SENTIMENT_MODEL}"]`);
  await expect(sentiment.getByTestId("text-model-state")).toHaveText(/Not provided by your organisation/);
  await expect(ner.getByTestId("text-model-state")).toHaveText(/Provided by your organisation, not yet on this device/);
  await ner.getByRole("button", { name: "Download now" }).click();
  await expect(ner.getByTestId("text-model-state")).toHaveText(/On this device, verified/);
  await page.reload();
  await passVaultGate(page);
  await expect(ner.getByTestId("text-model-state")).toHaveText(/On this device, verified/);
  expect(errors).toEqual([]);
});

test("a provided NER model that cannot be fetched is reported in the live panel, and scrubbing goes on without it", async ({
  page,
  context,
}) => {
  const errors = trackPageErrors(page);
  await page.addInitScript((id) => localStorage.setItem("copilot.nerModel", id), PROVIDED_NER);
  await openControlled(page);
  await context.setOffline(true);
  await page.goto("/?sampleSpeed=16");
  await passVaultGate(page);
  await page.getByRole("button", { name: "Try a sample interview" }).click();
  await expect(page.getByTestId("segment-final").first()).toBeVisible();
  await expect(page.getByTestId("ner-model-problem")).toContainText(
    `${PROVIDED_NER}: config.json is not on this device and the network is off`,
  );
  await expect(page.getByTestId("name-detection")).toHaveText("Names found by the embedded detector alone.");
  await expect(page.getByTestId("local-insight").first()).toBeVisible();
  expect(errors).toEqual([]);
});
