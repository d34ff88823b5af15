import { networkInterfaces } from "node:os";
import { connect } from "node:net";
import { expect, test, type Page } from "./fixtures";
import { LLM_TEST_URL } from "../playwright.config";
import { passVaultGate, trackPageErrors } from "./helpers";
import { ORG_PORT, ORG_URL } from "./org-mode";

const vtt = (lines: string[]) => ({
  name: "part.vtt",
  mimeType: "text/vtt",
  buffer: Buffer.from(
    `WEBVTT\n\n${lines.map((l, i) => `${i + 1}\n00:00:${String(i * 5 + 1).padStart(2, "0")}.000 --> 00:00:${String(i * 5 + 4).padStart(2, "0")}.000\n${l}\n`).join("\n")}`,
  ),
});

async function modelCalls(page: Page): Promise<number> {
  return ((await (await page.request.get(`${LLM_TEST_URL}/__requests`)).json()) as unknown[]).length;
}

test("organisation mode: signed out the app asks to sign in and keeps local insights; signed in, model analysis works", async ({
  page,
  context,
}) => {
  const errors = trackPageErrors(page);
  await page.request.delete(`${LLM_TEST_URL}/__requests`);
  await page.goto(ORG_URL);
  await passVaultGate(page);
  await expect(page.getByTestId("account-status")).toContainText("Sign in for model analysis");

  // Signed out: every /api route refuses, the app says why, and local insights go on.
  expect((await page.request.get(`${ORG_URL}/api/analyze`)).status()).toBe(401);
  expect((await page.request.get(`${ORG_URL}/api/models`)).status()).toBe(401);
  const input = page.getByLabel("Import a recording or transcript");
  await input.setInputFiles(
    vtt([
      "<v Interviewer>What is your experience with Kubernetes?",
      "<v Candidate>I have fifteen years of Kubernetes and we kind of handled the rest.",
    ]),
  );
  await expect(page.getByTestId("analysis-status")).toHaveText("Sign in to use model analysis: local insights only");
  await page.getByTestId("tab-facts").click();
  await expect(page.getByTestId("local-insight").filter({ hasText: "15 years of Kubernetes?" })).toHaveCount(1);
  expect(await modelCalls(page)).toBe(0);

  // Sign in at the identity provider (its development login and consent pages), and come back.
  await page.getByRole("link", { name: "Sign in" }).click();
  await page.waitForURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill("dana");
  await page.locator('input[name="password"]').fill("any-password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL(`${ORG_URL}/`);
  await passVaultGate(page);
  await expect(page.getByTestId("account-status")).toContainText("Signed in as Interviewer dana");
  const session = (await context.cookies(ORG_URL)).find((c) => c.name === "copilot_session");
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax" });
  expect(session?.value).not.toContain("dana");

  // Model analysis works.
  await page
    .getByLabel("Import a recording or transcript")
    .setInputFiles(
      vtt([
        "<v Interviewer>How did you scale Kafka at your last company?",
        "<v Candidate>I led the Kafka migration and we moved forty services over two quarters.",
        "<v Interviewer>What did you personally build?",
        "<v Candidate>The consumer framework and the rollout tooling, and I trained the other teams on it.",
      ]),
    );
  await expect(page.getByTestId("analysis-status")).toContainText("Connected");
  await page.getByTestId("tab-questions").click();
  await expect(page.getByTestId("model-insight").first()).toBeVisible({ timeout: 30_000 });
  expect(await modelCalls(page)).toBeGreaterThan(0);

  // Signed out again: analysis asks to sign in, local insights go on, nothing more reaches the model.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByTestId("account-status")).toContainText("Sign in for model analysis");
  const before = await modelCalls(page);
  await page
    .getByLabel("Import a recording or transcript")
    .setInputFiles(
      vtt(["<v Interviewer>And Kafka?", "<v Candidate>We reduced consumer lag by 400 percent with Kafka."]),
    );
  await expect(page.getByTestId("analysis-status")).toHaveText("Sign in to use model analysis: local insights only");
  await page.getByTestId("tab-facts").click();
  await expect(page.getByTestId("local-insight").filter({ hasText: "A 400% reduction is impossible" })).toHaveCount(1);
  expect(await modelCalls(page)).toBe(before);
  expect(errors).toEqual([]);
});

test("laptop mode listens on loopback only; organisation mode on the network", async () => {
  const address = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === "IPv4" && !a.internal)?.address;
  test.skip(!address, "this machine has no non-loopback IPv4 address to try");
  const reach = (port: number) =>
    new Promise<string>((resolve) => {
      const socket = connect(port, address ?? "");
      socket.once("connect", () => (socket.destroy(), resolve("connected")));
      socket.once("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? "error"));
    });
  expect(await reach(Number(process.env.E2E_PORT ?? 3100))).toBe("ECONNREFUSED");
  expect(await reach(ORG_PORT)).toBe("connected");
});
