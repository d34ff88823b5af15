/**
 * A local OpenAI-compatible test server: the test double for the one boundary we do not own. It records
 * every request it receives and can answer normally (streamed or not), with malformed output, with 429s,
 * slowly, or not at all. Used by the route tests (vitest) and the e2e tests (Playwright).
 */
import { createServer, type Server } from "node:http";
import type { SummaryChunk } from "../privacy/analysis-request";

/** "stall": headers and one chunk, then nothing (a model that hangs mid-answer). */
export type LlmTestMode = "ok" | "down" | "malformed" | "slow" | "stall" | { rateLimited: number };

export interface Received {
  path: string;
  body: string;
  authorization: string | null;
  /** Date.now() when the request arrived, and when the answer was complete (the model's time). */
  at: number;
  answeredAt?: number;
  /** Date.now() when the caller closed the connection before the answer was complete. */
  closedAt?: number;
}

export const TEST_INSIGHTS = {
  insights: [
    {
      type: "question",
      priority: "high",
      title: "Probe ownership",
      content: "Ask [CANDIDATE] what they personally built.",
    },
    {
      type: "fact_check",
      priority: "medium",
      title: "Verify the numbers",
      content: "Check the deployment-time claim.",
    },
  ],
};

const SLOW_MS = 3_000;

/**
 * A summary request's answer, made from the request itself so tests can check where each item lands:
 * for every competency, the chunk's first line as evidence against and its last line as evidence for,
 * each point quoting the start of the line it cites; the overview names the part.
 */
export function testSummaryFor(request: {
  window?: string;
  competencies?: string[];
  part?: { index: number; of: number };
}): SummaryChunk {
  const lines = (request.window ?? "").split("\n");
  const cite = (n: number) => {
    const line = lines[n - 1] ?? "";
    return { segment: `L${n}`, quote: line.replace(/^\[L\d+\]\s*[^:]*:\s*/, "").slice(0, 40) };
  };
  const last = cite(lines.length);
  const firstLine = cite(1);
  return {
    overview: `Part ${request.part?.index ?? "?"} of ${request.part?.of ?? "?"} covered ${lines.length} lines.`,
    evidence: (request.competencies ?? []).flatMap((competency) => [
      { competency, stance: "for", point: `Said "${last.quote}"`, segment: last.segment },
      { competency, stance: "against", point: `Said "${firstLine.quote}"`, segment: firstLine.segment },
    ]),
    openQuestions: (request.competencies ?? []).map((competency) => ({
      competency,
      question: `What was the result for ${competency}?`,
    })),
  };
}

/** The analysis request inside a chat completion request's user message. */
function summaryOfCompletion(requestBody: string): SummaryChunk {
  const messages = (JSON.parse(requestBody) as { messages?: { role: string; content: string }[] }).messages ?? [];
  const user = messages.find((m) => m.role === "user")?.content ?? "";
  const data = /<transcript_data>\n([\s\S]*)\n<\/transcript_data>/.exec(user)?.[1] ?? "{}";
  return testSummaryFor(JSON.parse(data) as Parameters<typeof testSummaryFor>[0]);
}

function completion(content: string) {
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model: "gpt-4o-mini",
    choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content } }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

export interface LlmTestServer {
  url: string;
  received: Received[];
  setMode(mode: LlmTestMode): void;
  close(): Promise<void>;
}

/** `unique`: every answer's insights differ (benchmarks, where merged duplicates would hide renders). */
export function startLlmTestServer(port = 0, options: { unique?: boolean } = {}): Promise<LlmTestServer> {
  const received: Received[] = [];
  let mode: LlmTestMode = "ok";
  let rateLimitedLeft = 0;
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const send = (status: number, json: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { "content-type": "application/json", ...headers });
        res.end(JSON.stringify(json));
      };
      if (req.url === "/__requests" && req.method === "GET") return send(200, received);
      if (req.url === "/__requests" && req.method === "DELETE") {
        received.length = 0;
        return send(200, {});
      }
      if (req.url === "/__mode" && req.method === "POST") {
        setMode(JSON.parse(body) as LlmTestMode);
        return send(200, { ok: true });
      }
      const entry: Received = {
        path: req.url ?? "",
        body,
        authorization: req.headers.authorization ?? null,
        at: Date.now(),
      };
      received.push(entry);
      res.on("finish", () => (entry.answeredAt = Date.now()));
      res.on("close", () => {
        if (entry.answeredAt === undefined) entry.closedAt = Date.now();
      });
      if (mode === "down") return send(503, { error: { message: "test server is down" } });
      if (typeof mode === "object" && rateLimitedLeft > 0) {
        rateLimitedLeft -= 1;
        return send(429, { error: { message: "rate limited", type: "rate_limit" } });
      }
      if (!req.url?.endsWith("/chat/completions")) return send(404, { error: { message: `no route ${req.url}` } });
      const n = received.length;
      const unique = {
        insights: [
          {
            type: "question",
            priority: "high",
            title: `Follow-up ${n} ${Math.random().toString(36).slice(2)}`,
            content: `Window ${n}: ${Math.random().toString(36).slice(2)} ${Math.random().toString(36).slice(2)}`,
          },
        ],
      };
      let isSummary = false;
      try {
        const parsed = JSON.parse(body) as { response_format?: { json_schema?: { name?: string } } };
        isSummary = parsed.response_format?.json_schema?.name === "summary";
      } catch {
        return send(400, { error: { message: "the request body is not JSON" } });
      }
      const content =
        mode === "malformed"
          ? '{"insights": [{"type": "question", "prio'
          : JSON.stringify(isSummary ? summaryOfCompletion(body) : options.unique ? unique : TEST_INSIGHTS);
      const answer = () => {
        if (!(JSON.parse(body) as { stream?: boolean }).stream) return send(200, completion(content));
        // Server-sent events, a few characters per chunk, as a real model streams.
        res.writeHead(200, { "content-type": "text/event-stream" });
        for (let i = 0; i < content.length; i += 16) {
          const delta = {
            id: "chatcmpl-test",
            object: "chat.completion.chunk",
            created: 0,
            model: "gpt-4o-mini",
            choices: [{ index: 0, delta: { content: content.slice(i, i + 16) }, finish_reason: null }],
          };
          res.write(`data: ${JSON.stringify(delta)}\n\n`);
        }
        res.write(
          `data: ${JSON.stringify({ id: "chatcmpl-test", object: "chat.completion.chunk", created: 0, model: "gpt-4o-mini", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n`,
        );
        res.end("data: [DONE]\n\n");
      };
      const stall = () => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        const first = { id: "t", object: "chat.completion.chunk", created: 0, model: "gpt-4o-mini" };
        res.write(`data: ${JSON.stringify({ ...first, choices: [{ index: 0, delta: { content: '{"ins' } }] })}\n\n`);
      };
      if (mode === "slow") setTimeout(answer, SLOW_MS);
      else if (mode === "stall") stall();
      else answer();
    });
  });
  function setMode(next: LlmTestMode) {
    mode = next;
    rateLimitedLeft = typeof next === "object" ? next.rateLimited : 0;
  }
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        received,
        setMode,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // A stalled answer never ends by itself.
            server.closeAllConnections();
          }),
      });
    });
  });
}
