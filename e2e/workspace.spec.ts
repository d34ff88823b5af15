import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./fixtures";
import { CHROMIUM_ARGS, LLM_TEST_URL } from "../playwright.config";
import { FIXTURE_DIR, fakeMicArgs, INTERVIEW_SENTENCES } from "../lib/testing/espeak";
import { chooseModel, passVaultGate, trackPageErrors } from "./helpers";

const SCREENS = "test-results/screens";
const TABS = ["insights", "questions", "facts", "sentiment"] as const;

const VTT = `WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v Interviewer>Tell me about a time when an incident went badly.

2
00:00:04.500 --> 00:00:12.000
<v Candidate>Um, so, we kind of had an outage, I mean, it was, uh, a bad night, and we sort of handled it together.

3
00:00:12.500 --> 00:00:18.000
<v Candidate>Honestly it was stressful and frustrating, I was worried and the whole team felt terrible about it.

4
00:00:18.500 --> 00:00:24.000
<v Candidate>We were blamed for the failure, the rollback failed, and we lost trust with an angry customer, which was awful.

5
00:00:24.500 --> 00:00:30.000
<v Candidate>Before that I had fifteen years of React, ran our Kubernetes clusters, and I moved 2 terabytes to PostgreSQL in 3 weekends with 12 rehearsals.
`;

/** Each tab's count badge equals the cards it shows, and is not zero. */
async function expectTabCounts(page: Page, shot?: string) {
  for (const tab of TABS) {
    await page.getByTestId(`tab-${tab}`).click();
    const cards = page.getByTestId(`panel-${tab}`).locator("article");
    await expect(cards.first()).toBeVisible();
    const badge = Number(await page.getByTestId(`count-${tab}`).textContent());
    expect(badge, `${tab} count`).toBeGreaterThan(0);
    await expect(cards).toHaveCount(badge);
    if (shot) await page.screenshot({ path: `${SCREENS}/${shot}-${tab}.png`, fullPage: true });
  }
}

async function noSeriousA11yViolations(page: Page, where: string) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa"]).analyze();
  const serious = result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(serious, `axe on ${where}`).toEqual([]);
}

// The fake microphone plays the interview fixture (the other tests here do not use it).
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...fakeMicArgs(path.join(FIXTURE_DIR, "interview-3.wav"))],
  },
});

test.describe("the whole journey with the fake microphone and the test model server", () => {
  test("set up, record, cards in every tab, pin, dismiss, asked, hotkeys, notes, review, Markdown export", async ({
    page,
    request,
  }) => {
    const errors = trackPageErrors(page);
    // The organisation provides a transformer sentiment model on its mirror: it is averaged with VADER.
    await page.addInitScript(() =>
      localStorage.setItem("copilot.sentimentModel", "copilot-test/distilbert-sst2-micro"),
    );
    await page.goto("/");
    await passVaultGate(page);
    await chooseModel(page, "copilot-test/whisper-micro");
    await page.getByRole("button", { name: "New interview" }).click();
    await page.getByLabel("Candidate name").fill("Priya Natarajan");
    await page.getByLabel("Role", { exact: true }).fill("Platform engineer");
    await page.getByLabel("Job description").fill("Run our Kubernetes platform and lead incident response.");
    await page.getByLabel(/Question plan/).fill("Incident response\nKubernetes experience");
    // The plan is kept as a template (encrypted in the vault) for the next interview.
    await page.getByLabel("Template name").fill("Platform loop");
    await page.getByRole("button", { name: "Save plan as template" }).click();
    await expect(page.getByLabel("Use a template").locator("option", { hasText: "Platform loop" })).toHaveCount(1);
    await page.screenshot({ path: `${SCREENS}/setup.png`, fullPage: true });
    await page.getByRole("button", { name: "Start the interview" }).click();

    await page.getByRole("button", { name: "Start recording" }).click();
    await expect(page.getByTestId("live-status")).toContainText("Recording");
    await expect(page.getByTestId("current-speaker")).toHaveText("Interviewer");
    await page.keyboard.press("s");
    await expect(page.getByTestId("current-speaker")).toHaveText("Candidate");
    await expect(page.getByTestId("segment-final")).toHaveCount(INTERVIEW_SENTENCES.length, { timeout: 60_000 });
    await page.keyboard.press("Shift+X");
    await expect(page.getByTestId("live-status")).toContainText("Stopped");

    // The rest of the conversation comes from the meeting tool's transcript, into the same session.
    await page.getByLabel("Import a recording or transcript").setInputFiles({
      name: "call.vtt",
      mimeType: "text/vtt",
      buffer: Buffer.from(VTT),
    });
    await expect(page.getByTestId("segment-final")).toHaveCount(INTERVIEW_SENTENCES.length + 5);
    await expect(
      page.getByTestId("model-insight").or(page.getByTestId("panel-insights").locator("article")).first(),
    ).toBeVisible();
    await page.getByTestId("tab-questions").click();
    await expect(page.getByTestId("model-insight").first()).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId("analysis-status")).not.toContainText("analysing");
    await expectTabCounts(page, "live");
    await page.getByTestId("tab-sentiment").click();
    await expect(page.getByTestId("sentiment-source")).toContainText(
      "averaged with copilot-test/distilbert-sst2-micro",
    );

    // Role, job description and plan went with the window, scrubbed: the candidate's name never did.
    const received: { body: string }[] = await (await request.get(`${LLM_TEST_URL}/__requests`)).json();
    const ours = received.filter((r) => r.body.includes("Platform engineer"));
    expect(ours.length).toBeGreaterThan(0);
    expect(
      ours.some((r) => r.body.includes("lead incident response") && r.body.includes("Kubernetes experience")),
    ).toBe(true);
    expect(received.filter((r) => r.body.includes("Priya"))).toEqual([]);

    // A card refers to its segment: "Jump" scrolls to it and highlights it.
    await page.getByTestId("tab-facts").click();
    const react = page.getByTestId("local-insight").filter({ hasText: "React" });
    await react.getByRole("button", { name: "Jump" }).click();
    await expect(page.getByTestId("segment-final").filter({ hasText: "fifteen years of React" })).toHaveClass(
      /bg-amber-100/,
    );

    // Pin: the pinned card goes to the top of its tab.
    await page.getByTestId("tab-questions").click();
    const questions = page.getByTestId("panel-questions").locator("article");
    const lastTitle = await questions.last().locator("h3").textContent();
    await questions.last().getByRole("button", { name: "Pin" }).click();
    await expect(questions.first().locator("h3")).toHaveText(lastTitle ?? "");
    await expect(questions.first()).toContainText("Pinned");
    // Asked: a suggested question is marked as asked.
    await questions.first().getByRole("button", { name: "Asked" }).click();
    await expect(questions.first().getByRole("button", { name: "Asked ✓" })).toBeVisible();
    // Dismiss: the card goes and the count follows.
    const before = Number(await page.getByTestId("count-questions").textContent());
    await questions.first().getByRole("button", { name: "Dismiss" }).click();
    await expect(page.getByTestId("count-questions")).toHaveText(String(before - 1));
    await expect(questions).toHaveCount(before - 1);
    // Keyboard: 3 opens Fact Check; a note and a marked moment.
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("3");
    await expect(page.getByTestId("tab-facts")).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("n");
    await expect(page.getByTestId("note-input")).toBeFocused();
    await page.keyboard.type("Strong on incident follow-up");
    await page.keyboard.press("Enter");
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("m");
    await expect(page.getByTestId("notes-list")).toContainText("Strong on incident follow-up");
    await expect(page.getByTestId("notes-list")).toContainText("Marked moment");
    await page.keyboard.press("?");
    await expect(page.getByTestId("help-dialog")).toContainText("Switch speaker");
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Finish and review" }).click();
    await expect(page.getByTestId("review-row")).toHaveCount(INTERVIEW_SENTENCES.length + 5);
    await expect(page.getByTestId("review-notes")).toContainText("Strong on incident follow-up");
    await expect(page.getByTestId("review-plan")).toContainText("2 of 2 covered");
    await page.screenshot({ path: `${SCREENS}/review.png`, fullPage: true });

    await page.getByRole("button", { name: "Export Markdown" }).click();
    await expect(page.getByTestId("plain-export-dialog")).toContainText("not encrypted");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export unencrypted" }).click(),
    ]);
    const file = path.join(test.info().outputDir, "export.md");
    await download.saveAs(file);
    const markdown = readFileSync(file, "utf8");
    expect(markdown).toContain("# Interview: Priya Natarajan for Platform engineer");
    expect(markdown).toContain("## Transcript");
    expect(markdown).toContain("we lost trust with an angry customer");
    expect(markdown).toContain("Strong on incident follow-up");
    expect(errors).toEqual([]);
  });
});

/** No model files and no analysis endpoint: the mirror and the route answer as an empty deployment would. */
async function bareDeployment(page: Page) {
  await page.route("**/models/**", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.route("**/api/analyze", (route) =>
    route.request().method() === "GET"
      ? route.fulfill({ json: { configured: false, allowed: true, reason: null } })
      : route.fulfill({ status: 503, json: { error: "not_configured" } }),
  );
}

test("a fresh profile with no models and no endpoint: the sample interview fills every tab with local insights", async ({
  page,
}) => {
  const errors = trackPageErrors(page);
  await bareDeployment(page);
  await page.goto("/?sampleSpeed=16");
  await passVaultGate(page);
  await page.getByRole("button", { name: "Try a sample interview" }).click();
  await expect(page.getByTestId("segment-final").first()).toBeVisible();
  await expect(page.getByTestId("live-status")).toContainText("Stopped", { timeout: 60_000 });
  await expect(page.getByTestId("analysis-status")).toContainText("Local insights only");
  for (const tab of TABS) {
    await page.getByTestId(`tab-${tab}`).click();
    await expect(page.getByTestId(`panel-${tab}`).getByTestId("local-insight").first()).toBeVisible();
  }
  await expect(page.getByTestId("sentiment-chart")).toBeVisible();
  await expect(page.getByTestId("sentiment-source")).toContainText("no transformer sentiment model provided");
  await expectTabCounts(page);
  expect(errors).toEqual([]);
});

test("accessibility: no serious or critical axe violations on home, setup, live and review", async ({ page }) => {
  await bareDeployment(page);
  await page.goto("/?sampleSpeed=16");
  await passVaultGate(page);
  await noSeriousA11yViolations(page, "home");
  await page.getByRole("button", { name: "New interview" }).click();
  await noSeriousA11yViolations(page, "setup");
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Try a sample interview" }).click();
  await expect(page.getByTestId("segment-final").nth(3)).toBeVisible({ timeout: 30_000 });
  await noSeriousA11yViolations(page, "live");
  await expect(page.getByTestId("live-status")).toContainText("Stopped", { timeout: 60_000 });
  await page.getByTestId("tab-sentiment").click();
  await noSeriousA11yViolations(page, "live, sentiment tab");
  await page.getByRole("button", { name: "Finish and review" }).click();
  await expect(page.getByTestId("review-row").first()).toBeVisible();
  await noSeriousA11yViolations(page, "review");
  // The dark theme keeps its contrast too.
  await page.evaluate(() => {
    localStorage.setItem("copilot.theme", "dark");
    document.documentElement.classList.add("dark");
  });
  await noSeriousA11yViolations(page, "review, dark theme");
  await page.getByRole("button", { name: "Back to the list" }).click();
  await noSeriousA11yViolations(page, "home, dark theme");
});

for (const mode of ["as the browser offers it", "through the Document Picture-in-Picture API"] as const) {
  test(`the pop-out panel (${mode}) shows the same cards and stays in sync as new ones arrive`, async ({
    page,
    context,
  }) => {
    const errors = trackPageErrors(page);
    if (mode !== "as the browser offers it") {
      // Headless Chromium cannot open Document Picture-in-Picture windows: a stand-in for that browser API
      // opens a same-origin window, so the app's Picture-in-Picture branch (styles copied, portal) is used.
      await page.addInitScript(() => {
        const w = window as unknown as { __pipRequests: number };
        w.__pipRequests = 0;
        const standIn = {
          window: null as Window | null,
          async requestWindow(options: { width: number; height: number }) {
            w.__pipRequests += 1;
            const opened = window.open("", "pip-stand-in", `popup,width=${options.width},height=${options.height}`);
            if (!opened) throw new Error("blocked");
            standIn.window = opened;
            return opened;
          },
        };
        // The native property is a read-only accessor (present, but failing in headless mode).
        Object.defineProperty(window, "documentPictureInPicture", { value: standIn, configurable: true });
      });
    }
    await bareDeployment(page);
    await page.goto("/?sampleSpeed=3");
    await passVaultGate(page);
    await page.getByRole("button", { name: "Try a sample interview" }).click();
    await expect(page.getByTestId("local-insight").first()).toBeVisible({ timeout: 30_000 });
    const popupEvent = context.waitForEvent("page", { timeout: 5_000 });
    await page.getByRole("button", { name: "Pop out" }).click();
    const popup = await popupEvent;
    if (mode !== "as the browser offers it") {
      expect(await page.evaluate(() => (window as unknown as { __pipRequests: number }).__pipRequests)).toBe(1);
      // The page's styles came along.
      expect(await popup.locator('link[rel="stylesheet"], style').count()).toBeGreaterThan(0);
    }
    const badges = async () => (await popup.locator("[data-testid^=count-]").allTextContents()).join(",");
    const mainBadges = async () => (await page.locator("[data-testid^=count-]").allTextContents()).join(",");
    await expect(popup.getByTestId("copilot-panel")).toBeVisible();
    await expect.poll(badges).toBe(await mainBadges());
    const first = await mainBadges();
    // A new insight arrives: both windows show it.
    await expect.poll(mainBadges, { timeout: 60_000 }).not.toBe(first);
    await expect.poll(async () => (await badges()) === (await mainBadges())).toBe(true);
    // A click in the floating window acts on the same state: dismissing there removes the card here too.
    const before = Number(await page.getByTestId("count-insights").textContent());
    await popup
      .getByTestId("panel-insights")
      .locator("article")
      .first()
      .getByRole("button", { name: "Dismiss" })
      .click();
    await expect(page.getByTestId("count-insights")).toHaveText(String(before - 1));
    expect(errors).toEqual([]);
  });
}

test("a policy that forbids cloud analysis: local insights only, and nothing is sent", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (r) => {
    if (r.method() !== "GET" && r.method() !== "HEAD") posts.push(r.url());
  });
  await page.route("**/policy.json", (route) =>
    route.fulfill({ json: { retentionHours: 8, cloudAnalysis: false, autoLockMinutes: 5 } }),
  );
  await page.goto("/?sampleSpeed=16");
  await passVaultGate(page);
  await expect(page.getByTestId("policy-cloud")).toHaveText("Not allowed");
  await expect(page.getByTestId("policy-retention")).toHaveText("8 hours");
  await page.getByRole("button", { name: "New interview" }).click();
  await expect(page.getByTestId("setup-policy-note")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await page.getByRole("button", { name: "Try a sample interview" }).click();
  await expect(page.getByTestId("live-status")).toContainText("Stopped", { timeout: 60_000 });
  await expect(page.getByTestId("analysis-status")).toContainText("not allowed by policy");
  await expect(page.getByTestId("local-insight").first()).toBeVisible();
  expect(posts.filter((u) => u.includes("/api/analyze"))).toEqual([]);
  await page.getByRole("button", { name: "Finish and review" }).click();
  await page.getByRole("button", { name: "Back to the list" }).click();
  await expect(page.getByTestId("session-expiry").first()).toContainText(/Expires in (7 h|8 h)/);
});

/** Presses Tab until the focused element's text is `name` (keyboard only, like a user would). */
async function tabTo(page: Page, name: string | RegExp, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press("Tab");
    const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? "");
    if (typeof name === "string" ? text === name : name.test(text)) return;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

test("keyboard only: set up the vault, play the sample, switch tabs, pin a card, get help, finish", async ({
  page,
}) => {
  const errors = trackPageErrors(page);
  await bareDeployment(page);
  await page.goto("/?sampleSpeed=16");
  await expect(page.getByLabel("Passphrase", { exact: true })).toBeFocused();
  await page.keyboard.type("keyboard only passphrase");
  await page.keyboard.press("Tab");
  await page.keyboard.type("keyboard only passphrase");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "New interview" })).toBeVisible();
  await tabTo(page, "Try a sample interview");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("live-status")).toContainText("Stopped", { timeout: 60_000 });
  await page.keyboard.press("2");
  await expect(page.getByTestId("tab-questions")).toHaveAttribute("aria-selected", "true");
  // Arrow keys move between tabs (WAI-ARIA tabs).
  await tabTo(page, /^Questions/);
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("tab-facts")).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("tab-questions")).toHaveAttribute("aria-selected", "true");
  await tabTo(page, "Pin");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("panel-questions").locator("article").first()).toContainText("Pinned");
  await page.keyboard.press("?");
  await expect(page.getByTestId("help-dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("help-dialog")).toHaveCount(0);
  await tabTo(page, "Finish and review");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("review-row").first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("the sample interview's judgement: a compliance card within a second of the risky question, a contradiction linked to both answers, a follow-up in the candidate's words", async ({
  page,
}) => {
  const errors = trackPageErrors(page);
  await bareDeployment(page);
  await page.goto("/?sampleSpeed=4");
  await passVaultGate(page);
  await page.getByRole("button", { name: "Try a sample interview" }).click();

  // The guardrail: private, high priority, on the tab in view, with a lawful way to ask.
  const risky = page.getByTestId("segment-final").filter({ hasText: "how old are your kids" });
  await expect(risky).toBeVisible({ timeout: 60_000 });
  const compliance = page.locator('[data-insight-type="compliance"]');
  await expect(compliance).toBeVisible({ timeout: 1_000 });
  await expect(compliance).toContainText("High Priority");
  await expect(compliance).toContainText("Can you work the hours this role requires?");

  await expect(page.getByTestId("live-status")).toContainText("Stopped", { timeout: 90_000 });
  // The candidate contradicts their own earlier claim: the card jumps to both answers.
  await page.getByTestId("tab-facts").click();
  const contradiction = page.getByTestId("local-insight").filter({ hasText: "Kafka: 2 years earlier, 7 now" });
  await expect(contradiction).toHaveCount(1);
  await contradiction.getByTestId("jump-related").click();
  await expect(page.getByTestId("segment-final").filter({ hasText: "Kafka, about two years" })).toHaveClass(
    /bg-amber-100/,
  );
  await contradiction.getByRole("button", { name: "Jump", exact: true }).click();
  await expect(page.getByTestId("segment-final").filter({ hasText: "seven years of Kafka" })).toHaveClass(
    /bg-amber-100/,
  );

  // Follow-ups quote what was said.
  await page.getByTestId("tab-questions").click();
  await expect(page.getByTestId("local-insight").filter({ hasText: 'They said "we kind of had"' })).toHaveCount(1);
  await page.screenshot({ path: "test-results/screens/judgement.png", fullPage: true });
  expect(errors).toEqual([]);
});
