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

const PII = {
  candidate: "Marta Ruiz-López",
  colleague: "Dana Whitfield",
  referee: "Oluwaseun Adeyemi",
  email: "marta.ruiz@example.com",
  phone: "+44 20 7946 0958",
  usPhone: "(415) 555-0134",
  ssn: "123-45-6789",
};
const SEEDED = [
  PII.candidate,
  "Marta",
  "Ruiz-López",
  PII.colleague,
  "Whitfield",
  PII.referee,
  "Adeyemi",
  PII.email,
  PII.phone,
  PII.usPhone,
  PII.ssn,
];

const VTT = `WEBVTT

1
00:00:01.000 --> 00:00:04.000
<v ${PII.colleague}>Thanks for joining, ${PII.candidate.split(" ")[0]}. Could you confirm your email?</v>

2
00:00:04.500 --> 00:00:09.000
<v ${PII.candidate}>Sure, it is ${PII.email}, and my phone is ${PII.phone} or ${PII.usPhone}.</v>

3
00:00:09.500 --> 00:00:14.000
<v ${PII.candidate}>For the background check my SSN is ${PII.ssn}. ${PII.referee} can be my referee; I led our Kafka migration.</v>

4
00:00:14.500 --> 00:00:18.000
<v ${PII.colleague}>Great. Tell me about leading the Kafka migration at Stripe.</v>
`;

const containsPii = (text: string) => SEEDED.filter((v) => text.toLowerCase().includes(v.toLowerCase()));

test("a whole session with seeded PII: nothing personal and no audio leaves, and the outbound log shows exactly what the model host received", async ({
  page,
  context,
  baseURL,
  request,
}) => {
  const errors = trackPageErrors(page);
  await request.delete(`${LLM_TEST_URL}/__requests`);
  const requests: { url: string; method: string; body: string; bytes: number }[] = [];
  context.on("request", (r) => {
    const buffer = r.postDataBuffer();
    requests.push({
      url: r.url(),
      method: r.method(),
      body: buffer?.toString("utf8") ?? "",
      bytes: buffer?.byteLength ?? 0,
    });
  });

  // The organisation provides a transformer NER model on its mirror: names come from both detectors.
  await page.addInitScript(() => localStorage.setItem("copilot.nerModel", "copilot-test/bert-ner-micro"));
  await page.goto("/");
  await passVaultGate(page);
  await chooseModel(page, "copilot-test/whisper-micro");
  await setUpInterview(page, { candidate: PII.candidate });
  await expect(page.getByTestId("analysis-status")).toContainText("Connected: language model");
  await expect(page.getByTestId("name-detection")).toContainText("copilot-test/bert-ner-micro", { timeout: 30_000 });
  await page
    .getByLabel("Import a recording or transcript")
    .setInputFiles({ name: "call.vtt", mimeType: "text/vtt", buffer: Buffer.from(VTT) });
  await expect(page.getByTestId("segment-final")).toHaveCount(4);
  // The model's insight comes back with pseudonyms, shown with the real name on this device.
  await page.getByTestId("tab-questions").click();
  await expect(page.getByTestId("model-insight").first()).toContainText(
    `Ask ${PII.candidate} what they personally built.`,
    { timeout: 30_000 },
  );

  // Local insights come from the device alone, beside the model's.
  await page.getByTestId("tab-insights").click();
  await expect(page.getByTestId("local-insight").filter({ hasText: "Skills mentioned: Kafka" })).toHaveCount(1);
  await page.getByRole("button", { name: "Start recording" }).click();
  await expect(page.getByTestId("segment-final")).toHaveCount(4 + INTERVIEW_SENTENCES.length, { timeout: 60_000 });
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await expect(page.getByTestId("live-status")).toContainText("Stopped");
  await expect
    .poll(async () => (await (await request.get(`${LLM_TEST_URL}/__requests`)).json()).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(2);
  await expect(page.getByTestId("analysis-status")).not.toContainText("analysing");

  // 1. Nothing the page sent carries PII or audio, and it only talked to its own origin.
  const origin = new URL(baseURL ?? "").origin;
  for (const r of requests) {
    expect(new URL(r.url).origin, r.url).toBe(origin);
    expect(containsPii(r.body), r.url).toEqual([]);
    expect(r.body.startsWith("RIFF") || r.body.includes("\u0000"), r.url).toBe(false);
    if (r.bytes > 0) expect(new URL(r.url).pathname).toBe("/api/analyze");
  }
  expect(requests.some((r) => r.bytes > 0)).toBe(true);

  // 2. The model host received no PII either, and got the server's key (which the page never saw).
  const received: { body: string; authorization: string | null }[] = await (
    await request.get(`${LLM_TEST_URL}/__requests`)
  ).json();
  for (const r of received) expect(containsPii(r.body)).toEqual([]);
  expect(received.every((r) => r.authorization?.startsWith("Bearer "))).toBe(true);
  expect(received.some((r) => r.body.includes("[CANDIDATE]"))).toBe(true);

  // 3. "What left this device" lists, exactly, the payloads the model host received.
  await page.getByText(/What left this device/).click();
  const records = page.getByTestId("outbound-record");
  const logged: { destination: string; body: string }[] = [];
  for (let i = 0; i < (await records.count()); i += 1) {
    logged.push({
      destination: (await records.nth(i).getByTestId("outbound-destination").textContent()) ?? "",
      body: (await records.nth(i).getByTestId("outbound-body").textContent()) ?? "",
    });
  }
  // The server's hop is labelled: its URL (and any credentials in it) never reaches the browser.
  const toModelHost = logged.filter((l) => l.destination.startsWith("the organisation's model"));
  expect(toModelHost.map((l) => l.body)).toEqual(received.map((r) => r.body));
  expect(logged.some((l) => l.destination.includes(LLM_TEST_URL))).toBe(false);
  const toApp = logged.filter((l) => l.destination.startsWith(origin));
  expect(toApp.map((l) => l.body)).toEqual(requests.filter((r) => r.bytes > 0).map((r) => r.body));
  // Never the same window twice.
  expect(new Set(toApp.map((l) => l.body)).size).toBe(toApp.length);
  // The same suggestion from several windows is shown once.
  await page.getByTestId("tab-questions").click();
  await expect(page.getByTestId("model-insight")).toHaveCount(1);
  await page.getByTestId("tab-facts").click();
  await expect(page.getByTestId("model-insight")).toHaveCount(1);
  for (const l of logged) expect(containsPii(l.body)).toEqual([]);
  await page.screenshot({ path: "test-results/screens/outbound-log.png", fullPage: true });
  expect(errors).toEqual([]);
});

test("the interviewer greets the candidate by first name, with no name entered in setup: no request carries that name afterwards", async ({
  page,
  context,
  request,
}) => {
  const errors = trackPageErrors(page);
  await request.delete(`${LLM_TEST_URL}/__requests`);
  const bodies: string[] = [];
  context.on("request", (r) => {
    const body = r.postDataBuffer()?.toString("utf8");
    if (body) bodies.push(body);
  });
  // As a speech model writes it: lower case after the greeting, the name alone, possessive, mid-sentence.
  const transcript = [
    "Interviewer: Hi Priya, thanks for joining us today.",
    "Candidate: Thanks, happy to be here. I lead the payments platform at Flutterwave.",
    "Interviewer: so priya, walk me through the kafka migration you mentioned.",
    "Candidate: We moved forty services over in six months and cut p99 latency from 450 ms to 120 ms.",
    "Interviewer: Priya's team owned the rollout, or was that shared? and priya, what would you change?",
    "Candidate: We shared it with the SRE team. I would stage the consumers earlier.",
  ].join("\n");
  await page.goto("/");
  await passVaultGate(page);
  await chooseModel(page, "copilot-test/whisper-micro");
  await setUpInterview(page);
  await expect(page.getByTestId("analysis-status")).toContainText("Connected: language model");
  await page
    .getByLabel("Import a recording or transcript")
    .setInputFiles({ name: "call.txt", mimeType: "text/plain", buffer: Buffer.from(transcript) });
  await expect(page.getByTestId("segment-final")).toHaveCount(6);
  await expect
    .poll(async () => (await (await request.get(`${LLM_TEST_URL}/__requests`)).json()).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId("analysis-status")).not.toContainText("analysing");

  const received: { body: string }[] = await (await request.get(`${LLM_TEST_URL}/__requests`)).json();
  for (const body of [...bodies, ...received.map((r) => r.body)]) expect(body.toLowerCase()).not.toContain("priya");
  // The greeting taught the session who the candidate is.
  expect(received.some((r) => r.body.includes("[CANDIDATE]"))).toBe(true);
  // Shown on this device with the real name.
  await expect(page.getByTestId("segment-final").first()).toContainText("Priya");
  expect(errors).toEqual([]);
});
