/**
 * The analysis pipeline's own overhead in the browser, from a final segment to its model insight on
 * screen, minus the model's response time (measured at an in-process OpenAI-compatible test server that
 * answers at once): scrubbing, the one door out, the route, streaming, parsing, rendering.
 */
import { launchChromium, openApp } from "./browser";
import { startLlmTestServer } from "../lib/testing/llm-test-server";
import { row, type Row } from "./stats";
import { withServer } from "./server";

const PORT = 3202;
const WINDOWS = 24;

const vtt = (i: number) =>
  Buffer.from(
    `WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Interviewer>Question ${i}: how did you scale the service?\n\n2\n00:00:05.000 --> 00:00:09.000\n<v Candidate>Answer ${i}: we sharded Postgres and added a Redis cache for ${i * 7} regions.\n`,
  );

export async function benchInsightsBrowser(): Promise<Row[]> {
  const llm = await startLlmTestServer(0, { unique: true });
  try {
    return await withServer(
      PORT,
      async (baseUrl) => {
        const browser = await launchChromium();
        try {
          const page = await openApp(browser, `${baseUrl}/?metrics=1`);
          await page.getByRole("button", { name: "New interview" }).click();
          await page.getByRole("button", { name: "Start the interview" }).click();
          await page.getByTestId("analysis-status").filter({ hasText: "Connected" }).waitFor();
          for (let i = 0; i < WINDOWS; i += 1) {
            await page
              .getByLabel("Import a recording or transcript")
              .setInputFiles({ name: `w${i}.vtt`, mimeType: "text/vtt", buffer: vtt(i) });
            // The card is in the (virtualized) Questions tab; its timing is taken when it is put on screen.
            await page.waitForFunction(
              (n) => (window.__copilotAnalysis?.timings ?? []).filter((t) => t.firstInsightAt !== undefined).length > n,
              i,
            );
          }
          const timings = await page.evaluate(() => window.__copilotAnalysis?.timings ?? []);
          const ends = timings.filter((t) => t.firstInsightAt !== undefined);
          const overhead: number[] = [];
          ends.forEach((t, i) => {
            const request = llm.received[i];
            if (!request?.answeredAt || t.firstInsightAt === undefined) return;
            overhead.push(t.firstInsightAt - t.finalAt - (request.answeredAt - request.at));
          });
          return [
            row("Final segment → model insight on screen, minus model time", overhead, "ms", {
              text: "p95 ≤ 100",
              max: 100,
              on: "p95",
            }),
          ];
        } finally {
          await browser.close();
        }
      },
      { COPILOT_LLM_API_KEY: "sk-bench", COPILOT_LLM_BASE_URL: `${llm.url}/v1` },
    );
  } finally {
    await llm.close();
  }
}
