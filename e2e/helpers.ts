import { expect, type Page } from "@playwright/test";

/** Collects uncaught errors and unhandled rejections the page reports. */
export function trackPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

/** Loads the app and waits until the service worker controls it (offline-ready). */
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
}

export async function chooseModel(page: Page, modelId: string, source: "auto" | "self-hosted" | "hub" = "self-hosted") {
  await page.getByLabel("Model", { exact: true }).selectOption(modelId);
  await page.getByLabel("Download from").selectOption(source);
}
