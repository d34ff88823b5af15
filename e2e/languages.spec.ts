import path from "node:path";
import { expect, test } from "./fixtures";
import { CHROMIUM_ARGS, LLM_TEST_URL } from "../playwright.config";
import { FIXTURE_DIR, fakeMicArgs, SPANISH_SENTENCES } from "../lib/testing/espeak";
import { passVaultGate, setUpInterview, trackPageErrors } from "./helpers";
import { SAMPLE_PII_ES } from "../lib/session/sample-interview-es";

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS, ...fakeMicArgs(path.join(FIXTURE_DIR, "entrevista-es-3.wav"))],
  },
});

const CANDIDATE = "José Álvarez Romero";

test("an interview set up in Spanish: espeak-ng Spanish on the microphone becomes partial then final segments in Spanish, and the model is asked in Spanish with a scrubbed window", async ({
  page,
  context,
  baseURL,
  request,
}) => {
  const errors = trackPageErrors(page);
  await request.delete(`${LLM_TEST_URL}/__requests`);
  const bodies: { url: string; body: string }[] = [];
  context.on("request", (r) => bodies.push({ url: r.url(), body: r.postDataBuffer()?.toString("utf8") ?? "" }));
  await page.goto("/");
  await passVaultGate(page);
  await page.getByRole("button", { name: "New interview" }).click();
  // Spanish needs a multilingual model: the setup offers only those once Spanish is chosen.
  await page.getByLabel("Interview language").selectOption("es");
  await expect(page.getByLabel("Speech model")).toHaveValue("Xenova/whisper-tiny");
  const offered = await page.getByLabel("Speech model").locator("option").allTextContents();
  expect(offered.some((o) => o.includes("moonshine") || o.includes(".en"))).toBe(false);
  await page.getByRole("button", { name: "Cancel" }).click();
  await setUpInterview(page, { candidate: CANDIDATE, language: "es", speechModel: "copilot-test/whisper-multi-micro" });

  await page.getByRole("button", { name: "Start recording" }).click();
  await expect(page.getByTestId("live-status")).toContainText("Recording");
  await expect(page.getByTestId("live-status")).toContainText("Spanish");
  await expect(page.getByTestId("live-language")).toHaveValue("es");
  await expect(page.getByTestId("segment-partial").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("segment-partial").first()).toHaveAttribute("data-language", "es");
  await expect(page.getByTestId("segment-final")).toHaveCount(SPANISH_SENTENCES.length, { timeout: 90_000 });
  for (const row of await page.getByTestId("segment-final").all())
    await expect(row).toHaveAttribute("data-language", "es");
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await expect(page.getByTestId("live-status")).toContainText("Stopped");

  // The model host got scrubbed windows, each naming Spanish, with the instruction to answer in it.
  await expect
    .poll(async () => (await (await request.get(`${LLM_TEST_URL}/__requests`)).json()).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(1);
  const received: { body: string }[] = await (await request.get(`${LLM_TEST_URL}/__requests`)).json();
  for (const r of received) {
    const sent = JSON.parse(r.body) as { messages: { role: string; content: string }[] };
    const system = sent.messages.find((m) => m.role === "system")?.content ?? "";
    const user = sent.messages.find((m) => m.role === "user")?.content ?? "";
    expect(system).toContain("The interview is in Spanish");
    expect(user).toContain('"language": "es"');
    expect(user).toContain('"window"');
    for (const part of ["José", "Álvarez", "Romero"]) expect(r.body).not.toContain(part);
  }
  // The page itself talked only to its own origin, and sent no audio.
  const origin = new URL(baseURL ?? "").origin;
  for (const b of bodies.filter((b) => b.body)) {
    expect(new URL(b.url).origin).toBe(origin);
    expect(new URL(b.url).pathname).toBe("/api/analyze");
    for (const part of ["José", "Álvarez", "Romero"]) expect(b.body).not.toContain(part);
  }

  // The interviewer can correct the language; the choice is kept with the session.
  await page.getByTestId("live-language").selectOption("detect");
  await expect(page.getByTestId("live-status")).toContainText(/detect/i);
  expect(errors).toEqual([]);
});

test("detecting the language: each final keeps the language detected for it, the status names it, and the interviewer can fix it", async ({
  page,
}) => {
  const errors = trackPageErrors(page);
  await page.goto("/");
  await passVaultGate(page);
  await setUpInterview(page, {
    candidate: CANDIDATE,
    language: "detect",
    speechModel: "copilot-test/whisper-multi-micro",
    localOnly: true,
  });
  await page.getByRole("button", { name: "Start recording" }).click();
  await expect(page.getByTestId("live-language")).toHaveValue("detect");
  await expect(page.getByTestId("segment-final")).toHaveCount(SPANISH_SENTENCES.length, { timeout: 90_000 });
  // Random weights pick a random language of the five: what is checked is that one was detected and kept.
  const languages = await page
    .getByTestId("segment-final")
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-language")));
  for (const l of languages) expect(["en", "es", "de", "fr", "it"]).toContain(l);
  await expect(page.getByTestId("live-status")).toContainText("(detected)");
  await page.getByTestId("live-language").selectOption("es");
  await expect(page.getByTestId("live-status")).toContainText("Spanish");
  await expect(page.getByTestId("live-status")).not.toContainText("(detected)");
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  expect(errors).toEqual([]);
});

test("the Spanish sample interview fills every tab with Spanish local insights, and none of its candidate's personal data reaches any request", async ({
  page,
  context,
  request,
}) => {
  const errors = trackPageErrors(page);
  await request.delete(`${LLM_TEST_URL}/__requests`);
  const bodies: string[] = [];
  context.on("request", (r) => bodies.push(r.postDataBuffer()?.toString("utf8") ?? ""));
  await page.goto("/?sampleSpeed=16");
  await passVaultGate(page);
  await page.getByLabel("Sample language").selectOption("es");
  await page.getByRole("button", { name: "Try a sample interview" }).click();
  await expect(page.getByTestId("segment-final").first()).toBeVisible();
  await expect(page.getByTestId("live-status")).toContainText("Stopped", { timeout: 90_000 });
  // Words only English cards use: none may show on a card of the Spanish interview.
  const english = /\b(?:Ask|They|said|years|the|and|Risky|question|Skills|answer|missing|earlier|without)\b/;
  for (const tab of ["insights", "questions", "facts", "sentiment"]) {
    await page.getByTestId(`tab-${tab}`).click();
    const cards = page.getByTestId(`panel-${tab}`).getByTestId("local-insight");
    await expect(cards.first()).toBeVisible();
    // The card's own words (title and text); the interface around them stays English.
    const words = await cards.evaluateAll((all) =>
      all.map((c) => `${c.querySelector("h3")?.textContent ?? ""} ${c.querySelector("p")?.textContent ?? ""}`),
    );
    for (const text of words) expect(text, `${tab}: ${text}`).not.toMatch(english);
  }
  await page.getByTestId("tab-facts").click();
  await expect(page.getByTestId("panel-facts")).toContainText("¿15 años de React?");

  await expect
    .poll(async () => (await (await request.get(`${LLM_TEST_URL}/__requests`)).json()).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId("analysis-status")).not.toContainText("analysing");
  const received: { body: string }[] = await (await request.get(`${LLM_TEST_URL}/__requests`)).json();
  const seeded = [
    ...Object.values(SAMPLE_PII_ES),
    ...SAMPLE_PII_ES.name.split(" "),
    SAMPLE_PII_ES.phone.replace(/\s/g, ""),
    SAMPLE_PII_ES.dni.toLowerCase(),
  ];
  const leaks = (text: string) => seeded.filter((v) => text.toLowerCase().includes(v.toLowerCase()));
  for (const r of received) {
    expect(leaks(r.body)).toEqual([]);
    expect(r.body).toContain("The interview is in Spanish");
  }
  for (const body of bodies) expect(leaks(body)).toEqual([]);
  expect(received.some((r) => r.body.includes("[CANDIDATE]"))).toBe(true);
  expect(errors).toEqual([]);
});
