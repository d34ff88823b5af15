import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { figureValue } from "../lib/analytics/format";
import type { InterviewAnalytics } from "../lib/analytics/analyze";
import { passVaultGate, trackPageErrors } from "./helpers";

const OUT = path.resolve("test-results/debrief");

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .include('[data-testid="debrief"]')
    .withTags(["wcag2a", "wcag2aa", "wcag21aa"])
    .analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("the sample interview ends in a debrief whose numbers are the CLI's, ratings survive a reload, and it prints", async ({
  page,
}) => {
  test.setTimeout(180_000);
  mkdirSync(OUT, { recursive: true });
  const errors = trackPageErrors(page);
  await page.goto("/?sampleSpeed=16");
  await passVaultGate(page);
  await page.getByRole("button", { name: "Try a sample interview" }).click();
  await expect(page.getByTestId("live-status")).toContainText("Stopped", { timeout: 90_000 });
  await page.getByRole("button", { name: "Finish and review" }).click();
  const debrief = page.getByTestId("debrief");
  await expect(debrief).toBeVisible();

  // The same session, exported, through `copilot report`: every figure on screen is the CLI's.
  await page.getByRole("button", { name: "Export JSON" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export unencrypted" }).click(),
  ]);
  const file = path.join(OUT, "session.json");
  await download.saveAs(file);
  const report = JSON.parse(
    execFileSync(process.execPath, ["bin/copilot.mjs", "report", file, "--json"], { encoding: "utf8" }),
  ) as { analytics: InterviewAnalytics };
  expect(report.analytics.figures.length).toBeGreaterThan(8);
  const shown = await page
    .getByTestId("figure")
    .evaluateAll((nodes) =>
      nodes.map((n) => [n.getAttribute("data-figure"), n.querySelector('[data-testid="figure-value"]')?.textContent]),
    );
  expect(Object.fromEntries(shown)).toEqual(
    Object.fromEntries(report.analytics.figures.map((f) => [f.id, figureValue(f)])),
  );
  expect(report.analytics.speakers.Interviewer?.talkShare).toBeGreaterThan(0);
  expect(report.analytics.questions.length).toBeGreaterThan(3);

  // A figure's link opens the segment it counts in the transcript.
  const monologue = report.analytics.figures.find((f) => f.id === "monologue:Candidate");
  await page.locator('[data-figure="monologue:Candidate"]').getByRole("button", { name: "Show" }).click();
  await expect(page.locator(`[data-segment-id="${monologue?.segmentIds[0]}"]`)).toHaveAttribute(
    "data-highlight",
    "true",
  );

  // The interviewer rates two competencies; they are stored encrypted with the session.
  await expect(page.getByTestId("no-rating-notice")).toContainText("does not rate candidates");
  await page.getByLabel("Your rating for Kubernetes experience").selectOption({ label: "Strong yes" });
  await page.getByLabel("Your rating for Incident response").selectOption({ label: "No" });
  await page.getByLabel("Your recommendation").fill("Hire for the platform team.");
  await expect(page.getByTestId("scorecard-saved")).toHaveText("Saved on this device, encrypted");
  await page.reload();
  await passVaultGate(page);
  await page.getByTestId("session-row").first().getByRole("button", { name: "Open" }).click();
  await expect(page.getByLabel("Your rating for Kubernetes experience")).toHaveValue("4");
  await expect(page.getByLabel("Your rating for Incident response")).toHaveValue("2");
  await expect(page.getByLabel("Your recommendation")).toHaveValue("Hire for the platform team.");

  // Print: the debrief as a PDF, scorecard included.
  await page.emulateMedia({ media: "print" });
  const pdf = path.join(OUT, "debrief.pdf");
  await page.pdf({ path: pdf, format: "A4" });
  await page.emulateMedia({ media: "screen" });
  execFileSync("pdftotext", ["-layout", pdf, path.join(OUT, "debrief.txt")]);
  const printed = readFileSync(path.join(OUT, "debrief.txt"), "utf8");
  for (const text of [
    "Debrief",
    "Scorecard draft",
    "Kubernetes experience",
    "Incident response",
    "Hire for the platform team.",
  ])
    expect(printed, text).toContain(text);
  expect(printed).not.toContain("Print or save as PDF");

  // Accessible in both themes.
  expect(await seriousViolations(page), "light theme").toEqual([]);
  await page.evaluate(() => document.documentElement.classList.add("dark"));
  expect(await seriousViolations(page), "dark theme").toEqual([]);
  expect(errors).toEqual([]);
});

test("a coaching nudge appears when the interviewer talks too long, and can be turned off", async ({ page }) => {
  const lines = [
    "00:00:00.000 --> 00:01:00.000\n<v Interviewer>Let me tell you about the team, how we plan and how we ship every week.",
    "00:01:01.000 --> 00:01:10.000\n<v Candidate>That sounds good.",
    "00:01:11.000 --> 00:02:40.000\n<v Interviewer>And our roadmap for next year has three parts that I will go through now.",
  ];
  await page.goto("/");
  await passVaultGate(page);
  await page.getByRole("button", { name: "New interview" }).click();
  await page.getByRole("button", { name: "Start the interview" }).click();
  await page.getByLabel("Import a recording or transcript").setInputFiles({
    name: "lecture.vtt",
    mimeType: "text/vtt",
    buffer: Buffer.from(`WEBVTT\n\n${lines.map((l, i) => `${i + 1}\n${l}\n`).join("\n")}`),
  });
  const nudge = page.getByTestId("coaching-nudge");
  await expect(nudge).toContainText("of the last five minutes: let the candidate speak");
  await page.getByLabel("Coaching nudges").uncheck();
  await expect(nudge).toHaveCount(0);
});
