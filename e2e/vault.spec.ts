import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./fixtures";
import { CHROMIUM_ARGS } from "../playwright.config";
import { FIXTURE_DIR, fakeMicArgs } from "../lib/testing/espeak";
import { chooseModel, passVaultGate, setUpInterview, trackPageErrors } from "./helpers";

const PASSPHRASE = "blue harbour seventy lanterns";

// The fake microphone plays the interview fixture (the other tests here do not use it).
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...fakeMicArgs(path.join(FIXTURE_DIR, "interview-3.wav"))],
  },
});

test.describe("the vault keeps every final segment through a crash", () => {
  test("kill the page mid-interview, reopen, unlock: every final segment shown before the kill is there", async ({
    context,
  }) => {
    const page = await context.newPage();
    const errors = trackPageErrors(page);
    await page.goto("/");
    await passVaultGate(page, PASSPHRASE);
    await chooseModel(page, "copilot-test/whisper-micro");
    await setUpInterview(page, { candidate: "Marta Ruiz-López", role: "Data engineer" });
    await page.getByRole("button", { name: "Start recording" }).click();
    const finals = page.getByTestId("segment-final");
    await expect.poll(() => finals.count(), { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    const shown = await finals.evaluateAll((rows) => rows.map((r) => r.textContent ?? ""));
    // The promise is "persisted within one second of appearing": give it that second, then crash.
    await page.waitForTimeout(1000);
    // Closed without beforeunload handlers (the app has no unload-time saving to rely on anyway).
    await page.close({ runBeforeUnload: false });
    expect(errors).toEqual([]);

    const reopened = await context.newPage();
    await reopened.goto("/");
    // A wrong passphrase says so and changes nothing.
    await reopened.getByLabel("Passphrase", { exact: true }).fill("not the passphrase");
    await reopened.getByRole("button", { name: "Unlock", exact: true }).click();
    await expect(reopened.getByTestId("vault-error")).toContainText("not right");
    await passVaultGate(reopened, PASSPHRASE);
    const row = reopened.getByTestId("session-row").filter({ hasText: "Marta Ruiz-López" });
    await expect(row).toContainText("interrupted");
    await row.getByRole("button", { name: "Open" }).click();
    await expect(reopened.getByTestId("restored-notice")).toBeVisible();
    const restored = await reopened
      .getByTestId("segment-final")
      .evaluateAll((rows) => rows.map((r) => r.textContent ?? ""));
    for (const line of shown) expect(restored).toContain(line);
    expect(restored.length).toBeGreaterThanOrEqual(shown.length);
  });
});

async function playSample(page: Page): Promise<string[]> {
  await page.goto("/?sampleSpeed=16");
  await passVaultGate(page);
  await page.getByRole("button", { name: "Try a sample interview" }).click();
  await expect(page.getByTestId("live-status")).toContainText("Stopped", { timeout: 60_000 });
  const lines = await page.getByTestId("segment-final").evaluateAll((rows) => rows.map((r) => r.textContent ?? ""));
  await page.getByRole("button", { name: "Finish and review" }).click();
  await expect(page.getByTestId("review-row").first()).toBeVisible();
  return lines;
}

test("an encrypted share file opens in a fresh profile with the share passphrase; a wrong one imports nothing", async ({
  browser,
}) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  const errors = trackPageErrors(page);
  await playSample(page);
  const reviewed = await page.getByTestId("review-text").allTextContents();
  expect(reviewed.length).toBeGreaterThan(5);
  await page.getByRole("button", { name: "Export encrypted share file" }).click();
  await page.getByLabel("Share passphrase", { exact: true }).fill("panel-share-2026");
  await page.getByLabel("Repeat the share passphrase").fill("panel-share-2026");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export encrypted file" }).click(),
  ]);
  const file = path.join(test.info().outputDir, "shared.icshare");
  await download.saveAs(file);
  const content = readFileSync(file, "utf8");
  // The file is ciphertext: none of the transcript's words are in it.
  expect(content).not.toContain("Lumenpay");
  expect(content).not.toContain("Jordan");
  expect(errors).toEqual([]);
  await first.close();

  // A fresh browser profile (another panel member's laptop).
  const second = await browser.newContext();
  const other = await second.newPage();
  await other.goto("/");
  await passVaultGate(other);
  await expect(other.getByTestId("session-row")).toHaveCount(0);
  await other.getByLabel("Import a shared session").setInputFiles(file);
  await other.getByLabel("Share passphrase").fill("wrong-passphrase");
  await other.getByRole("button", { name: "Import", exact: true }).click();
  await expect(other.getByTestId("share-import-error")).toContainText("share passphrase is wrong");
  await other.keyboard.press("Escape");
  await expect(other.getByTestId("session-row")).toHaveCount(0);

  await other.getByLabel("Import a shared session").setInputFiles(file);
  await other.getByLabel("Share passphrase").fill("panel-share-2026");
  await other.getByRole("button", { name: "Import", exact: true }).click();
  await expect(other.getByTestId("review-row").first()).toBeVisible();
  expect(await other.getByTestId("review-text").allTextContents()).toEqual(reviewed);
  await second.close();
});

test("the vault locks itself after the policy's idle time, and a changed passphrase is the one that opens it", async ({
  page,
}) => {
  const errors = trackPageErrors(page);
  await page.clock.install();
  await page.goto("/");
  await passVaultGate(page, PASSPHRASE);
  await page.getByLabel("Current passphrase").fill("a wrong old passphrase");
  await page.getByLabel("New passphrase").fill("an even longer new passphrase");
  await page.getByRole("button", { name: "Change passphrase" }).click();
  await expect(page.getByRole("status").filter({ hasText: "not right" })).toBeVisible();
  await page.getByLabel("Current passphrase").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Change passphrase" }).click();
  await expect(page.getByText("Passphrase changed")).toBeVisible();

  // The screens prefetched a few seconds after home load first: a chunk still loading when the clock
  // jumps minutes ahead would count as timed out.
  await page.clock.fastForward("00:05");
  await page.waitForLoadState("networkidle");
  // The default policy locks after 15 idle minutes: at 14 it is still open, at 16 it is locked.
  await page.clock.fastForward("13:55");
  await expect(page.getByRole("button", { name: "New interview" })).toBeVisible();
  await page.clock.fastForward("02:00");
  await expect(page.getByRole("button", { name: "Unlock", exact: true })).toBeVisible();
  await expect(page.getByTestId("vault-status")).toHaveText("Vault locked");
  await expect(page.getByRole("button", { name: "New interview" })).toHaveCount(0);

  await page.getByLabel("Passphrase", { exact: true }).fill(PASSPHRASE);
  await page.getByRole("button", { name: "Unlock", exact: true }).click();
  await expect(page.getByTestId("vault-error")).toContainText("not right");
  await passVaultGate(page, "an even longer new passphrase");
  expect(errors).toEqual([]);
});

test("a full disk is reported at once, the interview goes on in memory, the unsaved part exports, and nothing is lost", async ({
  page,
  context,
  baseURL,
}) => {
  const errors = trackPageErrors(page);
  const origin = new URL(baseURL ?? "").origin;
  const cdp = await context.newCDPSession(page);
  await page.goto("/?sampleSpeed=2");
  await passVaultGate(page);
  await page.getByRole("button", { name: "Try a sample interview" }).click();
  await expect(page.getByTestId("segment-final").first()).toBeVisible({ timeout: 30_000 });
  // The disk fills up: the origin's quota drops below what it already uses.
  await cdp.send("Storage.overrideQuotaForOrigin", { origin, quotaSize: 1 });
  const alert = page.getByRole("alert").filter({ hasText: "storage is full" });
  await expect(alert).toBeVisible({ timeout: 30_000 });
  // The interview goes on: more final segments arrive while nothing can be written.
  const shownWhenFull = await page.getByTestId("segment-final").count();
  await expect
    .poll(() => page.getByTestId("segment-final").count(), { timeout: 30_000 })
    .toBeGreaterThan(shownWhenFull);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    alert.getByRole("button", { name: "Export the unsaved part" }).click(),
  ]);
  const file = path.join(test.info().outputDir, "unsaved.json");
  await download.saveAs(file);
  const unsaved = JSON.parse(readFileSync(file, "utf8")) as { unsaved: { table: string; value: { text?: string } }[] };
  const texts = unsaved.unsaved.filter((w) => w.table === "segments").map((w) => w.value.text ?? "");
  expect(texts.length).toBeGreaterThan(0);
  const lastShown = (await page.getByTestId("segment-final").last().textContent()) ?? "";
  expect(texts.some((t) => lastShown.includes(t))).toBe(true);

  // Space comes back: the queue drains by itself and the session is whole.
  await cdp.send("Storage.overrideQuotaForOrigin", { origin });
  await expect(alert).toHaveCount(0, { timeout: 30_000 });
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await expect(page.getByTestId("live-status")).toContainText("Stopped");
  const live = await page.getByTestId("segment-final").count();
  await page.getByRole("button", { name: "Finish and review" }).click();
  await expect(page.getByTestId("review-row")).toHaveCount(live);
  expect(errors).toEqual([]);
});
