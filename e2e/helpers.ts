import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

/** Collects uncaught errors and unhandled rejections the page reports. */
export function trackPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/**
 * Gets past the vault gate: a new profile sets up the vault (with the passphrase given, else the device
 * key); a locked one is unlocked. Ends on the home screen.
 */
export async function passVaultGate(page: Page, passphrase?: string): Promise<void> {
  const home = page.getByRole("button", { name: "New interview" });
  const create = page.getByRole("button", { name: "Create the encrypted vault" });
  const unlock = page.getByRole("button", { name: "Unlock", exact: true });
  await expect(home.or(create).or(unlock)).toBeVisible({ timeout: 30_000 });
  if (await create.isVisible()) {
    if (passphrase) {
      await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
      await page.getByLabel("Repeat the passphrase").fill(passphrase);
      await create.click();
    } else await page.getByRole("button", { name: "Use this device's key instead" }).click();
  } else if (await unlock.isVisible()) {
    await page.getByLabel("Passphrase", { exact: true }).fill(passphrase ?? "");
    await unlock.click();
  }
  await expect(home).toBeVisible({ timeout: 30_000 });
}

/** Loads the app, waits until the service worker controls it (offline-ready), and opens the vault. */
export async function openControlled(page: Page): Promise<void> {
  await page.goto("/");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", () => resolve(), { once: true }),
      );
    }
  });
  await expect(page.getByTestId("sw-status")).toHaveText("Works offline");
  await passVaultGate(page);
}

export async function chooseModel(page: Page, modelId: string, source: "auto" | "self-hosted" | "hub" = "self-hosted") {
  await page.getByLabel("Model", { exact: true }).selectOption(modelId);
  await page.getByLabel("Download from").selectOption(source);
}

/** From home: sets up an interview and opens its live screen (recording not started yet). */
export async function setUpInterview(
  page: Page,
  fields: {
    candidate?: string;
    role?: string;
    jobDescription?: string;
    plan?: string[];
    localOnly?: boolean;
    /** The interview's language ("es", "detect"…) and the speech model for it. */
    language?: string;
    speechModel?: string;
  } = {},
): Promise<void> {
  await page.getByRole("button", { name: "New interview" }).click();
  if (fields.candidate) await page.getByLabel("Candidate name").fill(fields.candidate);
  if (fields.role) await page.getByLabel("Role", { exact: true }).fill(fields.role);
  if (fields.jobDescription) await page.getByLabel("Job description").fill(fields.jobDescription);
  if (fields.plan) await page.getByLabel(/Question plan/).fill(fields.plan.join("\n"));
  if (fields.localOnly) await page.getByLabel(/Local only/).check();
  if (fields.language) await page.getByLabel("Interview language").selectOption(fields.language);
  if (fields.speechModel) await page.getByLabel("Speech model").selectOption(fields.speechModel);
  await page.getByRole("button", { name: "Start the interview" }).click();
  await expect(page.getByRole("button", { name: "Start recording" })).toBeVisible();
}

/** Every file the browser can download from the build: the client bundles and the service worker. */
export function clientFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(full);
    }
  };
  walk(".next/static");
  files.push("public/sw.js");
  return files;
}
