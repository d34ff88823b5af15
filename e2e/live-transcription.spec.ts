import path from "node:path";
import { expect, test } from "./fixtures";
import { CHROMIUM_ARGS, LLM_TEST_URL } from "../playwright.config";
import { FIXTURE_DIR, fakeMicArgs, INTERVIEW_SENTENCES } from "../lib/testing/espeak";
import { chooseModel, passVaultGate, setUpInterview, trackPageErrors } from "./helpers";

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...fakeMicArgs(path.join(FIXTURE_DIR, "interview-3.wav"))],
  },
});

interface Seen {
  id: string;
  kind: string;
  at: number;
}

// Moonshine (built for short audio) and Whisper: the same live path, the same guarantees.
for (const model of ["copilot-test/moonshine-micro", "copilot-test/whisper-micro"]) {
  test(`live microphone speech becomes partial then final segments, one per sentence, and no audio leaves (${model})`, async ({
    page,
    context,
    baseURL,
  }) => {
    const errors = trackPageErrors(page);
    const requests: { url: string; method: string; body: number }[] = [];
    context.on("request", (r) =>
      requests.push({ url: r.url(), method: r.method(), body: r.postDataBuffer()?.byteLength ?? 0 }),
    );
    // Record the order in which partial and final rows appear for each segment id.
    await page.addInitScript(() => {
      const seen: { id: string; kind: string; at: number }[] = [];
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        document.querySelectorAll<HTMLElement>("[data-segment-id]").forEach((el) => {
          const id = el.dataset.segmentId ?? "";
          const kind = el.dataset.testid ?? "";
          if (!seen.some((s) => s.id === id && s.kind === kind)) seen.push({ id, kind, at: performance.now() });
        });
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });

    await page.goto("/");
    await passVaultGate(page);
    await chooseModel(page, model);
    await setUpInterview(page, { candidate: "Marta Ruiz-López" });
    await page.getByRole("button", { name: "Start recording" }).click();
    await expect(page.getByTestId("live-status")).toContainText("Recording");
    await expect(page.getByTestId("live-status")).toContainText(/on wasm/);
    await expect(page.getByTestId("current-speaker")).toHaveText("Interviewer");
    await page.keyboard.press("s");
    await expect(page.getByTestId("current-speaker")).toHaveText("Candidate");
    await page.keyboard.press("s");
    await expect(page.getByTestId("current-speaker")).toHaveText("Interviewer");
    await expect(page.getByTestId("segment-partial").first()).toBeVisible({ timeout: 20_000 });
    await expect(page.getByTestId("segment-final")).toHaveCount(INTERVIEW_SENTENCES.length, { timeout: 60_000 });
    await page.screenshot({ path: `test-results/screens/live-transcript-${model.split("/")[1]}.png`, fullPage: true });
    // The file ends with silence: nothing more may appear from it.
    await page.waitForTimeout(2500);
    await page.getByRole("button", { name: "Stop", exact: true }).click();
    await expect(page.getByTestId("live-status")).toContainText("Stopped");
    await expect(page.getByTestId("segment-final")).toHaveCount(INTERVIEW_SENTENCES.length);
    await expect(page.getByTestId("segment-partial")).toHaveCount(0);
    // A segment's speaker can be corrected afterwards, and the correction is what the session keeps.
    const firstSpeaker = page.getByTestId("segment-final").first().getByRole("button");
    await expect(firstSpeaker).toHaveText("Interviewer");
    await firstSpeaker.click();
    await expect(firstSpeaker).toHaveText("Candidate");
    await page.getByRole("button", { name: "Finish and review" }).click();
    await expect(page.getByTestId("review-row")).toHaveCount(INTERVIEW_SENTENCES.length);
    await expect(page.getByTestId("review-row").first()).toContainText("Candidate:");

    const seen = await page.evaluate(() => (window as unknown as { __seen: Seen[] }).__seen);
    const finals = seen.filter((s) => s.kind === "segment-final");
    expect(finals).toHaveLength(INTERVIEW_SENTENCES.length);
    for (const final of finals) {
      const partial = seen.find((s) => s.id === final.id && s.kind === "segment-partial");
      expect(partial, `segment ${final.id} showed partial text first`).toBeDefined();
      expect(partial?.at ?? Infinity).toBeLessThan(final.at);
    }

    const origin = new URL(baseURL ?? "").origin;
    expect(
      requests.filter(
        (r) => new URL(r.url).origin !== origin && !r.url.startsWith("blob:") && !r.url.startsWith("data:"),
      ),
    ).toEqual([]);
    // The only requests with a body are analysis calls: small JSON of scrubbed text, never audio.
    const withBody = requests.filter((r) => r.body > 0 || !["GET", "HEAD"].includes(r.method));
    for (const r of withBody) {
      expect(new URL(r.url).pathname).toBe("/api/analyze");
      expect(r.body).toBeLessThan(20_000);
    }
    expect(errors).toEqual([]);
  });
}

test("live microphone: each candidate answer gets its on-device sentiment score, linked to the final segment it scores", async ({
  page,
}) => {
  // The generated model's words are noise, so no insight card can be expected from them (that needs real
  // weights: e2e/real-weights.spec.ts); VADER scores any text, so this shows the live path from the
  // microphone to a local analysis result that refers to its segment.
  const errors = trackPageErrors(page);
  await page.goto("/");
  await passVaultGate(page);
  await chooseModel(page, "copilot-test/whisper-micro");
  await setUpInterview(page, { candidate: "Marta Ruiz-López", localOnly: true });
  await page.getByRole("button", { name: "Start recording" }).click();
  await expect(page.getByTestId("live-status")).toContainText("Recording");
  await page.keyboard.press("s");
  await expect(page.getByTestId("current-speaker")).toHaveText("Candidate");
  await expect(page.getByTestId("segment-final")).toHaveCount(INTERVIEW_SENTENCES.length, { timeout: 60_000 });
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  const candidateSegments = await page
    .getByTestId("segment-final")
    .filter({ has: page.getByRole("button", { name: "Candidate", exact: true }) })
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-segment-id")));
  expect(candidateSegments.length).toBeGreaterThan(0);

  await page.getByTestId("tab-sentiment").click();
  const points = page.getByTestId("sentiment-point");
  await expect(points).toHaveCount(candidateSegments.length);
  expect(await points.evaluateAll((dots) => dots.map((d) => d.getAttribute("data-segment-id")))).toEqual(
    candidateSegments,
  );
  const last = candidateSegments.at(-1) ?? "";
  await points.last().focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(`[data-testid="segment-final"][data-segment-id="${last}"]`)).toHaveClass(/bg-amber-100/);
  expect(errors).toEqual([]);
});

test("while someone is still speaking, the settled part of the utterance is analysed before it ends", async ({
  page,
  request,
}) => {
  const errors = trackPageErrors(page);
  await request.delete(`${LLM_TEST_URL}/__requests`);
  await page.addInitScript(() => {
    const w = window as unknown as { __firstFinalAt?: number };
    new MutationObserver(() => {
      if (w.__firstFinalAt === undefined && document.querySelector('[data-testid="segment-final"]'))
        w.__firstFinalAt = Date.now();
    }).observe(document, { subtree: true, childList: true });
  });
  await page.goto("/");
  await passVaultGate(page);
  await chooseModel(page, "copilot-test/whisper-micro");
  await setUpInterview(page, { candidate: "Marta Ruiz-López" });
  await expect(page.getByTestId("analysis-status")).toContainText("Connected: language model");
  await page.getByRole("button", { name: "Start recording" }).click();
  await expect(page.getByTestId("segment-final")).toHaveCount(INTERVIEW_SENTENCES.length, { timeout: 60_000 });
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await expect(page.getByTestId("analysis-status")).not.toContainText("analysing");

  const firstFinalAt = await page.evaluate(() => (window as unknown as { __firstFinalAt?: number }).__firstFinalAt);
  const received: { at: number; body: string }[] = await (await request.get(`${LLM_TEST_URL}/__requests`)).json();
  // Partial text reached the model host (scrubbed, through the one door out) before the first utterance ended.
  expect(firstFinalAt).toBeDefined();
  expect(received.filter((r) => r.at < (firstFinalAt ?? 0)).length).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});
