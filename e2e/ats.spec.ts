import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./fixtures";
import { ATS_BUILD_CANARIES, ATS_TEST_URL } from "../playwright.config";
import { TEST_ATS, type AtsReceived } from "../lib/testing/ats-test-server";
import { clientFiles, passVaultGate, trackPageErrors } from "./helpers";

interface Seen {
  received: AtsReceived[];
  notes: Record<"greenhouse" | "lever" | "ashby", { id: string; body: string }[]>;
}
const seen = async (): Promise<Seen> => (await (await fetch(`${ATS_TEST_URL}/__received`)).json()) as Seen;
const noteWrites = (s: Seen, vendor: string) =>
  s.received.filter((r) => r.vendor === vendor && r.method === "POST" && /notes$|createNote$/.test(r.path));

async function rateAndPreview(page: Page, ats: string, record: string, rating: string, fromSetup = false) {
  await expect(page.getByTestId("debrief")).toBeVisible({ timeout: 30_000 });
  const competency = page.getByTestId("competency").first();
  const name = (await competency.locator("h4").textContent()) ?? "";
  await page.getByLabel(`Your rating for ${name}`).selectOption({ label: rating });
  await page.getByLabel("Your recommendation").fill(`Recommendation for ${record}.`);
  await expect(page.getByTestId("scorecard-saved")).toHaveText("Saved on this device, encrypted");
  const panel = page.getByTestId("ats-panel");
  await panel.getByRole("combobox", { name: "ATS", exact: true }).selectOption({ label: ats });
  // Linked in setup: the field holds it already.
  if (fromSetup) await expect(panel.getByLabel(/ATS record/)).toHaveValue(record);
  else await panel.getByLabel(/ATS record/).fill(record);
  await panel.getByRole("button", { name: "Preview" }).click();
  const preview = panel.getByTestId("ats-preview");
  await expect(preview).toContainText(`${name}: ${rating}`);
  await expect(preview).toContainText(`Recommendation for ${record}.`);
  return { panel, preview: (await preview.textContent()) ?? "" };
}

test("the approved debrief lands in the ATS once, and a push made offline waits in the outbox until the network returns", async ({
  page,
  context,
}) => {
  test.setTimeout(240_000);
  const errors = trackPageErrors(page);
  const before = await seen();
  await page.goto("/?sampleSpeed=16");
  await passVaultGate(page);
  await page.getByRole("button", { name: "Try a sample interview" }).click();
  await expect(page.getByTestId("live-status")).toContainText("Stopped", { timeout: 90_000 });
  await page.getByRole("button", { name: "Finish and review" }).click();

  // The server has no Ashby credentials: the app says so.
  await expect(page.getByTestId("ats-not-configured")).toContainText(
    "Ashby: not configured on the organisation's server.",
  );
  const record = `https://app.greenhouse.io/people/${TEST_ATS.greenhouse.candidateId}?application_id=77`;
  const { panel, preview } = await rateAndPreview(page, "Greenhouse", record, "Strong yes");
  await panel.getByRole("button", { name: "Push to Greenhouse" }).click();
  await expect(panel.getByTestId("ats-push")).toHaveAttribute("data-status", "sent");
  await expect(panel.getByTestId("ats-push")).toContainText("open in Greenhouse");

  // Exactly one write, with the scorecard as previewed and no transcript (the policy's default).
  const after = await seen();
  const writes = noteWrites(after, "greenhouse").slice(noteWrites(before, "greenhouse").length);
  expect(writes).toHaveLength(1);
  const written = JSON.parse(writes[0]?.body ?? "{}") as { body: string };
  expect(written.body).toBe(preview);
  expect(written.body).not.toContain("Transcript:");
  expect(written.body).not.toMatch(/Lumenpay|point in time recovery|on-call rota/);

  // A second session, pushed while offline.
  await page.getByRole("button", { name: "Back to the list" }).click();
  await page.getByRole("button", { name: "New interview" }).click();
  await page.getByLabel("Candidate name").fill("Priya Raman");
  await page.getByLabel(/Question plan/).fill("Kafka experience");
  const lever = `https://hire.lever.co/candidates/${TEST_ATS.lever.opportunityId}`;
  await page.getByLabel("ATS record (optional)").fill(lever);
  await page.getByRole("button", { name: "Start the interview" }).click();
  await page.getByLabel("Import a recording or transcript").setInputFiles({
    name: "call.vtt",
    mimeType: "text/vtt",
    buffer: Buffer.from(
      "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Interviewer>Tell me about Kafka.\n\n2\n00:00:05.000 --> 00:00:12.000\n<v Candidate>I ran our Kafka experience upgrade and cut lag by half.\n",
    ),
  });
  await expect(page.getByTestId("live-status")).toContainText("Stopped", { timeout: 60_000 });
  await page.getByRole("button", { name: "Finish and review" }).click();
  await expect(page.getByTestId("ats-panel")).toBeVisible({ timeout: 30_000 });
  await context.setOffline(true);
  const offline = await rateAndPreview(page, "Lever", lever, "Yes", true);
  await offline.panel.getByRole("button", { name: "Push to Lever" }).click();
  await expect(offline.panel.getByTestId("ats-push")).toHaveAttribute("data-status", "pending");

  // It survives a reload (still offline: the app comes from its service worker).
  await page.reload();
  await passVaultGate(page);
  const row = page.getByTestId("session-row").filter({ hasText: "Priya Raman" });
  await expect(row.getByTestId("session-ats")).toHaveAttribute("data-state", "pending");
  expect(noteWrites(await seen(), "lever")).toHaveLength(noteWrites(before, "lever").length);

  // Back online: sent once.
  await context.setOffline(false);
  await expect(row.getByTestId("session-ats")).toHaveAttribute("data-state", "sent", { timeout: 30_000 });
  await expect(row.getByTestId("session-ats")).toContainText("Sent to lever (id note-");
  const final = await seen();
  const leverWrites = noteWrites(final, "lever").slice(noteWrites(before, "lever").length);
  expect(leverWrites).toHaveLength(1);
  expect((JSON.parse(leverWrites[0]?.body ?? "{}") as { value: string }).value).toBe(offline.preview);

  // What left this device lists both pushes beside the analysis requests.
  await page.reload();
  await passVaultGate(page);
  await page.getByTestId("outbound-log-all").locator("summary").click();
  const logged = await page.getByTestId("outbound-entry").allTextContents();
  expect(logged.filter((t) => t.includes("ATS push: greenhouse"))).toHaveLength(1);
  expect(logged.filter((t) => t.includes("ATS push: lever")).length).toBeGreaterThanOrEqual(1);
  expect(logged.some((t) => t.includes("Lever (through the organisation's server)"))).toBe(true);
  expect(errors).toEqual([]);
});

test("no client file contains a connector credential", () => {
  const files = clientFiles();
  expect(files.length).toBeGreaterThan(10);
  const secrets = [
    ...ATS_BUILD_CANARIES,
    TEST_ATS.greenhouse.clientSecret,
    TEST_ATS.lever.apiKey,
    TEST_ATS.ashby.apiKey,
    TEST_ATS.webhook.secret,
    "COPILOT_LEVER_API_KEY",
    "COPILOT_GREENHOUSE_CLIENT_SECRET",
    "COPILOT_WEBHOOK_SECRET",
  ];
  for (const file of files) {
    const text = readFileSync(file).toString("latin1");
    for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
  }
});
