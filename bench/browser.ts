/** Shared by the browser benchmarks: Debian's Chromium, and a page past the vault gate. */
import { chromium, type Browser, type Page } from "@playwright/test";
import { CHROMIUM_ARGS } from "../playwright.config";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** Opens the app with benchmark hooks (?metrics=1) and sets up the vault (passphrase, or the device key). */
export async function openApp(browser: Browser, url: string, passphrase?: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(url);
  if (passphrase) {
    await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
    await page.getByLabel("Repeat the passphrase").fill(passphrase);
    await page.getByRole("button", { name: "Create the encrypted vault" }).click();
  } else await page.getByRole("button", { name: "Use this device's key instead" }).click();
  await page.getByRole("button", { name: "New interview" }).waitFor();
  await page.waitForFunction(() => window.__copilotVault !== undefined);
  return page;
}
