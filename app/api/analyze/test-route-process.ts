/**
 * One server process for the route tests: the analysis route handler behind a plain Node HTTP server,
 * so two processes can share one Redis (the rate-limit test). Run with tsx; prints "ready <port>".
 *   tsx app/api/analyze/test-route-process.ts <port>
 */
import { createServer } from "node:http";
import { Readable } from "node:stream";
import { POST } from "./route";

const port = Number(process.argv[2] ?? 0);
const server = createServer(async (req, res) => {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
  const request = new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
    method: req.method,
    headers,
    body: req.method === "POST" ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    duplex: "half",
  } as RequestInit);
  const response = await POST(request);
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
});
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`ready ${typeof address === "object" && address ? address.port : port}\n`);
});
