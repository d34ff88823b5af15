import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { MalformedModelOutput } from "../../../lib/analysis/analyze-with-llm";
import { parseSummaryChunk } from "../../../lib/analysis/summarize-with-llm";
import { AnalysisClient, type OutboundRecord } from "../../../lib/privacy/analysis-client";
import { PseudonymMap } from "../../../lib/privacy/pseudonyms";
import { scrub } from "../../../lib/privacy/scrubber";
import { startLlmTestServer, type LlmTestServer } from "../../../lib/testing/llm-test-server";
import { POST } from "./route";

let server: LlmTestServer;

beforeAll(async () => {
  server = await startLlmTestServer();
  process.env.COPILOT_LLM_API_KEY = "sk-summary-test";
  process.env.COPILOT_LLM_BASE_URL = `${server.url}/v1`;
  process.env.COPILOT_RATE_PER_MINUTE = "100000";
});
afterEach(() => {
  server.setMode("ok");
  server.received.length = 0;
});
afterAll(() => server.close());

function client(log: OutboundRecord[] = []) {
  return new AnalysisClient({
    endpoint: "http://app.test/api/analyze",
    fetch: ((_: string, init: RequestInit) => POST(new Request("http://app.test/api/analyze", init))) as typeof fetch,
    record: (r) => void log.push(r),
  });
}

function input() {
  const names = new PseudonymMap("Marta Ruiz");
  const s = (text: string) => scrub(text, names).scrubbed;
  return {
    window: s("[L1] Interviewer: Tell me about the upgrade.\n[L2] Candidate: Marta Ruiz here; I ran it in stages."),
    competencies: [s("Postgres upgrade")],
    part: { index: 2, of: 5 },
  };
}

describe("a summary request through the analysis route", () => {
  it("asks the model with the summary prompt and schema, and brings back the chunk's evidence", async () => {
    const log: OutboundRecord[] = [];
    const chunk = await client(log).summarize(input());
    expect(chunk.overview).toBe("Part 2 of 5 covered 2 lines.");
    expect(chunk.evidence).toContainEqual({
      competency: "Postgres upgrade",
      stance: "for",
      point: 'Said "[CANDIDATE] here; I ran it in stages."',
      segment: "L2",
    });
    expect(server.received).toHaveLength(1);
    const sent = JSON.parse(server.received[0]?.body ?? "{}");
    expect(sent.response_format.json_schema.name).toBe("summary");
    expect(sent.messages[0].content).toMatch(/Never rate the candidate/);
    expect(sent.messages[1].content).toMatch(/"task": "summary"/);
    expect(sent.messages[1].content).not.toMatch(/Marta|Ruiz/);
    // Both hops are in the log: the device's request and what the server sent the model host.
    expect(log.map((l) => l.body)).toEqual([expect.stringContaining('"task":"summary"'), server.received[0]?.body]);
  });

  it("reports a malformed model reply as malformed, with nothing kept", async () => {
    server.setMode("malformed");
    await expect(client().summarize(input())).rejects.toMatchObject({ code: "analysis_malformed" });
  });

  it("refuses a summary request with fields it does not know, and a part out of range", async () => {
    const post = (body: unknown) =>
      POST(
        new Request("http://app.test/api/analyze", {
          method: "POST",
          body: JSON.stringify(body),
          headers: { "content-type": "application/json" },
        }),
      );
    expect((await post({ task: "summary", window: "x", part: { index: 0, of: 2 } })).status).toBe(400);
    expect((await post({ task: "summary", window: "x", rating: 4 })).status).toBe(400);
    expect((await post({ task: "grade", window: "x" })).status).toBe(400);
    expect(server.received).toHaveLength(0);
  });
});

describe("reading the model's summary", () => {
  it("holds a long reply to the schema's bounds instead of failing it", () => {
    const chunk = parseSummaryChunk(
      JSON.stringify({
        overview: "o".repeat(3_000),
        evidence: Array.from({ length: 60 }, () => ({
          competency: "Go",
          stance: "for",
          point: "p".repeat(900),
          segment: "L1",
        })),
        openQuestions: [{ competency: "Go", question: "q".repeat(800) }],
      }),
    );
    expect(chunk.overview.length).toBe(1_500);
    expect(chunk.evidence).toHaveLength(40);
    expect(chunk.evidence[0]?.point.length).toBe(500);
    expect(chunk.openQuestions[0]?.question.length).toBe(500);
  });

  it("calls a reply that is not JSON, or has the wrong shape, malformed", () => {
    expect(() => parseSummaryChunk('{"overview": "cut sh')).toThrow(MalformedModelOutput);
    expect(() => parseSummaryChunk(JSON.stringify({ overview: 3, evidence: [], openQuestions: [] }))).toThrow(
      MalformedModelOutput,
    );
    expect(() =>
      parseSummaryChunk(
        JSON.stringify({
          overview: "",
          evidence: [{ competency: "Go", stance: "maybe", point: "x", segment: "L1" }],
          openQuestions: [],
        }),
      ),
    ).toThrow(MalformedModelOutput);
  });
});
