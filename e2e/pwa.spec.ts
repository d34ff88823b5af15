import { expect, test } from "./fixtures";
import { openControlled, trackPageErrors } from "./helpers";

function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("page is cross-origin isolated, installable and controlled by the service worker", async ({ page, request }) => {
  const errors = trackPageErrors(page);
  await openControlled(page);
  expect(await page.evaluate(() => window.crossOriginIsolated)).toBe(true);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);

  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBeTruthy();
  const manifest = await (await request.get(href ?? "")).json();
  expect(manifest.name).toBe("Interview Copilot");
  expect(manifest.display).toBe("standalone");
  expect(manifest.start_url).toBe("/");
  const sizes: string[] = manifest.icons.map((i: { sizes: string }) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
    const response = await request.get(icon.src);
    expect(response.ok()).toBe(true);
    expect(response.headers()["content-type"]).toBe("image/png");
    const { width, height } = pngSize(await response.body());
    expect(`${width}x${height}`).toBe(icon.sizes);
  }
  const home = await request.get("/");
  expect(home.headers()["referrer-policy"]).toBe("no-referrer");
  expect(home.headers()["permissions-policy"]).toBe(
    "microphone=(self), display-capture=(self), camera=(), geolocation=()",
  );
  await page.screenshot({ path: "test-results/screens/home.png", fullPage: true });
  expect(errors).toEqual([]);
});
