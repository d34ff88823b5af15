import { readFileSync, writeFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { chooseModel, openControlled, trackPageErrors } from "./helpers";

const SW_PATH = "public/sw.js";

test("a newly deployed version is offered, not forced, and reload activates it", async ({ page }) => {
  const errors = trackPageErrors(page);
  await openControlled(page);
  await chooseModel(page, "copilot-test/whisper-micro");
  const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);

  // Deploy a new version: the server now serves a different service worker script.
  const original = readFileSync(SW_PATH, "utf8");
  try {
    writeFileSync(SW_PATH, `${original}\n// deployed ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByTestId("update-banner");
    await expect(banner).toContainText("A new version is ready");
    // Nothing reloads by itself: the choice made before the update is still on screen.
    await expect(page.getByLabel("Model", { exact: true })).toHaveValue("copilot-test/whisper-micro");

    await Promise.all([page.waitForEvent("load"), banner.getByRole("button", { name: "Reload" }).click()]);
    await expect(page.getByTestId("update-banner")).toHaveCount(0);
    const active = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null);
    expect(active).toBeNull();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(firstWorker);
    // Settings kept in this browser survive the update.
    await expect(page.getByLabel("Model", { exact: true })).toHaveValue("copilot-test/whisper-micro");
  } finally {
    writeFileSync(SW_PATH, original);
  }
  expect(errors).toEqual([]);
});
