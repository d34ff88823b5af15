import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";
import { BUILD_KEY_CANARY, LLM_TEST_KEY, LLM_TEST_URL } from "../playwright.config";
import { clientFiles, passVaultGate, trackPageErrors } from "./helpers";

const transcript = (lines: string[]) =>
  Buffer.from(
    `WEBVTT\n\n${lines.map((l, i) => `${i + 1}\n00:00:${String(i * 5 + 1).padStart(2, "0")}.000 --> 00:00:${String(i * 5 + 4).padStart(2, "0")}.000\n${l}\n`).join("\n")}`,
  );

test("with the model host down the app says local insights only, and local insights keep coming", async ({
  page,
  request,
}) => {
  const errors = trackPageErrors(page);
  await request.post(`${LLM_TEST_URL}/__mode`, { data: JSON.stringify("down") });
  try {
    await page.goto("/");
    await passVaultGate(page);
    const input = page.getByLabel("Import a recording or transcript");
    await input.setInputFiles({
      name: "one.vtt",
      mimeType: "text/vtt",
      buffer: transcript([
        "<v Interviewer>What is your experience with Kubernetes?",
        "<v Candidate>I have fifteen years of Kubernetes and we kind of handled the rest.",
      ]),
    });
    await expect(page.getByTestId("analysis-status")).toContainText("local insights only", { timeout: 30_000 });
    await page.getByTestId("tab-facts").click();
    await expect(page.getByTestId("local-insight").filter({ hasText: "15 years of Kubernetes?" })).toHaveCount(1);
    await input.setInputFiles({
      name: "two.vtt",
      mimeType: "text/vtt",
      buffer: transcript([
        "<v Interviewer>And Kafka?",
        "<v Candidate>We reduced consumer lag by 400 percent with Kafka.",
      ]),
    });
    await expect(page.getByTestId("local-insight").filter({ hasText: "A 400% reduction is impossible" })).toHaveCount(
      1,
    );
    await expect(page.getByTestId("model-insight")).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await request.post(`${LLM_TEST_URL}/__mode`, { data: JSON.stringify("ok") });
  }
});

test("the server's API key never reaches anything the browser can download", () => {
  const files = clientFiles();
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file).toString("latin1");
    expect(text.includes(LLM_TEST_KEY), file).toBe(false);
    expect(text.includes(BUILD_KEY_CANARY), file).toBe(false);
    expect(text.includes("COPILOT_LLM_API_KEY"), file).toBe(false);
  }
});
