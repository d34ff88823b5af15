import { expect, test } from "./fixtures";
import { LLM_TEST_URL } from "../playwright.config";
import type { Received } from "../lib/testing/llm-test-server";
import { passVaultGate, setUpInterview, trackPageErrors } from "./helpers";

/** Personal data the candidate says along the way: none of it may reach the model. */
const PII = [
  "You can reach me on 07700 900123 if the line drops.",
  "My email is marta.ruiz@example.com for the follow-up.",
  "I built it with Tomasz Kowalczyk from the data team.",
  "I moved to 42 Elm Street last spring, so the office is close.",
];
const FORBIDDEN = /Marta|Ruiz|Dana|Whitfield|07700|900123|example\.com|Tomasz|Kowalczyk|42 Elm/;

/** A long interview as a meeting tool writes it: 240 cues, about an hour. */
function longVtt(): string {
  const cue = (n: number, startS: number, speaker: string, text: string) => {
    const t = (s: number) => new Date(s * 1000).toISOString().slice(11, 23);
    return `${n}\n${t(startS)} --> ${t(startS + 12)}\n<v ${speaker}>${text}\n`;
  };
  const cues: string[] = [];
  for (let k = 0; k < 240; k += 1) {
    const asking = k % 2 === 0;
    const text = asking
      ? `Question ${k}: walk me through how you handled the Postgres upgrade and the Kubernetes rollout at that stage.`
      : k % 31 === 1
        ? (PII[Math.floor(k / 31) % PII.length] ?? "")
        : `Answer ${k}: I planned the upgrade myself, ran it in stages behind a flag and cut p99 latency by ${k % 40} percent.`;
    cues.push(cue(k + 1, k * 15, asking ? "Dana Whitfield" : "Marta Ruiz", text));
  }
  return `WEBVTT\n\n${cues.join("\n")}`;
}

const summaryRequests = async (): Promise<Received[]> => {
  const all = (await (await fetch(`${LLM_TEST_URL}/__requests`)).json()) as Received[];
  return all.filter(
    (r) =>
      (JSON.parse(r.body) as { response_format?: { json_schema?: { name?: string } } }).response_format?.json_schema
        ?.name === "summary",
  );
};

test("a long imported interview is summarised by the model in several scrubbed requests, and its evidence opens the right segments", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const errors = trackPageErrors(page);
  await fetch(`${LLM_TEST_URL}/__requests`, { method: "DELETE" });
  await page.goto("/");
  await passVaultGate(page);
  await setUpInterview(page, {
    candidate: "Marta Ruiz",
    role: "Site reliability engineer",
    plan: ["Postgres upgrade", "Kubernetes rollout"],
  });
  await page.getByLabel("Import a recording or transcript").setInputFiles({
    name: "long-interview.vtt",
    mimeType: "text/vtt",
    buffer: Buffer.from(longVtt()),
  });
  await expect(page.getByTestId("live-status")).toContainText("Stopped", { timeout: 60_000 });
  await page.getByRole("button", { name: "Finish and review" }).click();
  await expect(page.getByText("240 segments")).toBeVisible();
  await expect(page.getByTestId("debrief")).toBeVisible({ timeout: 30_000 });

  await page.getByRole("button", { name: "Summarise with the model" }).click();
  const result = page.getByTestId("model-summary-result");
  await expect(result).toBeVisible({ timeout: 60_000 });
  await expect(result).toContainText(/in \d+ requests/);

  // Several requests, each a part of the interview, none with the personal data in it.
  const sent = await summaryRequests();
  expect(sent.length).toBeGreaterThan(2);
  for (const r of sent) expect(r.body).not.toMatch(FORBIDDEN);
  await expect(result).toContainText(`in ${sent.length} requests`);

  const competencies = page.getByTestId("model-competency");
  await expect(competencies).toHaveCount(2);
  await expect(competencies.first()).toContainText("Postgres upgrade");

  // Each evidence item opens the segment it quotes (the test model quotes the line it cites).
  const items = page.getByTestId("model-evidence");
  const count = await items.count();
  expect(count).toBeGreaterThan(4);
  for (const index of [0, Math.floor(count / 2), count - 1]) {
    const item = items.nth(index);
    const point = (await item.getByTestId("model-evidence-point").textContent()) ?? "";
    const quote = /^Said "(.*)"$/.exec(point)?.[1] ?? "";
    expect(quote.length).toBeGreaterThan(10);
    const button = item.getByRole("button", { name: /Show at/ });
    const segmentId = await button.getAttribute("data-segment");
    await button.click();
    const row = page.locator(`[data-segment-id="${segmentId}"]`);
    await expect(row).toHaveAttribute("data-highlight", "true");
    // Names come back on this device: the quote is the segment's own words.
    expect((await row.getByTestId("review-text").textContent())?.startsWith(quote)).toBe(true);
  }

  // Stored encrypted with the session: after a reload it is there without asking the model again.
  await page.reload();
  await passVaultGate(page);
  await page.getByTestId("session-row").first().getByRole("button", { name: "Open" }).click();
  await expect(page.getByTestId("model-summary-result")).toBeVisible({ timeout: 30_000 });
  expect(await summaryRequests()).toHaveLength(sent.length);

  // What left this device lists each of those requests.
  await page.getByRole("button", { name: "Back to the list" }).click();
  await page.getByTestId("outbound-log-all").locator("summary").click();
  const logged = await page.getByTestId("outbound-entry").allTextContents();
  expect(logged.filter((t) => t.includes('"task":"summary"')).length).toBe(sent.length);
  expect(errors).toEqual([]);
});
