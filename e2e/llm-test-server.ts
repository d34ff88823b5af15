/**
 * A local OpenAI-compatible test server (test double for the boundary we do not own). It records every
 * request body it receives, and answers chat completions with a structured insight that uses a
 * pseudonym, so the device's reveal path is exercised.
 *   GET /__requests   -> the recorded bodies      DELETE /__requests -> clear
 *   POST /__mode      -> {"mode": "ok" | "down"}  ("down" answers 503, like an outage)
 */
import { createServer } from "node:http";

const PORT = Number(process.env.LLM_TEST_PORT ?? 3199);
const received: { path: string; body: string; authorization: string | null }[] = [];
let mode: "ok" | "down" = "ok";

const INSIGHTS = {
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

createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
  req.on("end", () => {
    const send = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(json));
    };
    if (req.url === "/__requests" && req.method === "GET") return send(200, received);
    if (req.url === "/__requests" && req.method === "DELETE") {
      received.length = 0;
      return send(200, {});
    }
    if (req.url === "/__mode" && req.method === "POST") {
      mode = (JSON.parse(body) as { mode: "ok" | "down" }).mode;
      return send(200, { mode });
    }
    received.push({ path: req.url ?? "", body, authorization: req.headers.authorization ?? null });
    if (mode === "down") return send(503, { error: { message: "test server is down" } });
    if (req.url?.endsWith("/chat/completions")) {
      return send(200, {
        id: "chatcmpl-test",
        object: "chat.completion",
        created: Math.floor(Date.now() / 1000),
        model: "gpt-4o-mini",
        choices: [
          { index: 0, finish_reason: "stop", message: { role: "assistant", content: JSON.stringify(INSIGHTS) } },
        ],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      });
    }
    return send(404, { error: { message: `no route ${req.url}` } });
  });
}).listen(PORT, "127.0.0.1", () => console.log(`LLM test server on http://127.0.0.1:${PORT}`));
