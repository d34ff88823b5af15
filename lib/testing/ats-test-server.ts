/**
 * Local imitations of the ATS APIs we write to, the test double for a boundary we do not own: one HTTP
 * server with Greenhouse Harvest v3 under /greenhouse (OAuth client-credentials token, candidates,
 * notes), Lever v1 under /lever/v1 (Basic auth, opportunities, notes), Ashby under /ashby (Basic auth,
 * RPC-style POSTs answering HTTP 200 with success:false for business errors), and a Standard Webhooks
 * receiver under /webhook (signature checked, repeats by webhook-id dropped). Each checks its vendor's
 * auth scheme and required fields, answers the documented error statuses, and records every request.
 * Failures can be injected per vendor (`fail`): a status a number of times, with Retry-After.
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";

export type Vendor = "greenhouse" | "lever" | "ashby" | "webhook";

export interface AtsReceived {
  vendor: Vendor;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

export const TEST_ATS = {
  greenhouse: { clientId: "gh-client", clientSecret: "gh-secret-canary-55aa", userId: "7001", candidateId: "4242" },
  lever: { apiKey: "lever-key-canary-66bb", opportunityId: "0f5b3c1e-2d4a-4b6c-8e9f-1a2b3c4d5e6f" },
  ashby: { apiKey: "ashby-key-canary-77cc", candidateId: "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d" },
  webhook: { secret: `whsec_${Buffer.from("webhook-secret-canary-88dd-0123456789").toString("base64")}` },
  candidateName: "Marta Ruiz",
} as const;

export interface AtsTestServer {
  url: string;
  received: AtsReceived[];
  /** The notes each vendor holds (what was written). */
  notes: Record<Exclude<Vendor, "webhook">, { id: string; body: string; candidate: string }[]>;
  webhookDeliveries: { id: string; body: string }[];
  /** The next `times` requests to `vendor` answer `status` (429 with `retryAfterS`). */
  fail(vendor: Vendor, status: number, times?: number, retryAfterS?: number): void;
  reset(): void;
  close(): Promise<void>;
}

const basicOk = (header: string | undefined, user: string) =>
  header === `Basic ${Buffer.from(`${user}:`).toString("base64")}`;

export function startAtsTestServer(port = 0): Promise<AtsTestServer> {
  const received: AtsReceived[] = [];
  const notes: AtsTestServer["notes"] = { greenhouse: [], lever: [], ashby: [] };
  const webhookDeliveries: { id: string; body: string }[] = [];
  const failures = new Map<Vendor, { status: number; times: number; retryAfterS: number }>();
  const tokens = new Set<string>();
  let counter = 1000;

  const send = (res: ServerResponse, status: number, json: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(json));
  };

  function greenhouse(req: IncomingMessage, path: string, body: string, res: ServerResponse) {
    const gh = TEST_ATS.greenhouse;
    if (path === "/auth/token" && req.method === "POST") {
      const form = new URLSearchParams(body);
      if (req.headers.authorization !== `Basic ${Buffer.from(`${gh.clientId}:${gh.clientSecret}`).toString("base64")}`)
        return send(res, 401, { error: "invalid_client" });
      if (form.get("grant_type") !== "client_credentials") return send(res, 400, { error: "unsupported_grant_type" });
      const token = `gh-token-${(counter += 1)}`;
      tokens.add(token);
      return send(res, 200, { access_token: token, token_type: "Bearer", expires_in: 3600 });
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    if (!token || !tokens.has(token)) return send(res, 401, { message: "Invalid Basic Auth credentials" });
    const url = new URL(path, "http://x");
    if (url.pathname === "/v3/candidates" && req.method === "GET") {
      const ids = (url.searchParams.get("ids") ?? "").split(",");
      return send(
        res,
        200,
        ids.includes(gh.candidateId) ? [{ id: Number(gh.candidateId), first_name: "Marta", last_name: "Ruiz" }] : [],
      );
    }
    if (url.pathname === "/v3/notes" && req.method === "GET") {
      const id = url.searchParams.get("candidate_ids");
      return send(
        res,
        200,
        notes.greenhouse
          .filter((n) => n.candidate === id)
          .map((n) => ({ id: Number(n.id), candidate_id: Number(id), body: n.body })),
      );
    }
    if (url.pathname === "/v3/notes" && req.method === "POST") {
      const note = JSON.parse(body || "{}") as Record<string, unknown>;
      const errors = ["candidate_id", "user_id", "body", "visibility"]
        .filter((f) => note[f] === undefined || note[f] === "")
        .map((field) => ({ message: "Missing required field", field }));
      if (!["admin_only", "private", "public"].includes(String(note.visibility)) && note.visibility !== undefined)
        errors.push({ message: "Must be one of: admin_only, private, public", field: "visibility" });
      if (errors.length) return send(res, 422, { message: "Validation error", errors });
      if (String(note.candidate_id) !== gh.candidateId) return send(res, 404, { message: "Resource not found" });
      const id = String((counter += 1));
      notes.greenhouse.push({ id, body: String(note.body), candidate: String(note.candidate_id) });
      return send(res, 201, {
        id: Number(id),
        candidate_id: note.candidate_id,
        user_id: note.user_id,
        body: note.body,
        visibility: note.visibility,
      });
    }
    return send(res, 404, { message: "Resource not found" });
  }

  function lever(req: IncomingMessage, path: string, body: string, res: ServerResponse) {
    const lv = TEST_ATS.lever;
    if (!basicOk(req.headers.authorization, lv.apiKey))
      return send(res, 401, { code: "UnauthorizedError", message: "Invalid API key" });
    const url = new URL(path, "http://x");
    const match = /^\/v1\/opportunities\/([^/]+)(\/notes)?$/.exec(url.pathname);
    if (!match) return send(res, 404, { code: "ResourceNotFound", message: "Not found" });
    const [, id, isNotes] = match;
    if (id !== lv.opportunityId) return send(res, 404, { code: "ResourceNotFound", message: "Opportunity not found" });
    if (!isNotes && req.method === "GET")
      return send(res, 200, {
        data: { id, name: TEST_ATS.candidateName, urls: { show: `https://hire.lever.co/candidates/${id}` } },
      });
    if (isNotes && req.method === "GET")
      return send(res, 200, {
        data: notes.lever.map((n) => ({ id: n.id, text: n.body, fields: [{ type: "note", value: n.body }] })),
        hasNext: false,
      });
    if (isNotes && req.method === "POST") {
      const note = JSON.parse(body || "{}") as { value?: unknown };
      if (typeof note.value !== "string" || !note.value)
        return send(res, 400, { code: "BadRequestError", message: "value is required" });
      const noteId = `note-${(counter += 1)}`;
      notes.lever.push({ id: noteId, body: note.value, candidate: id ?? "" });
      return send(res, 200, { data: { noteId } });
    }
    return send(res, 404, { code: "ResourceNotFound", message: "Not found" });
  }

  function ashby(req: IncomingMessage, path: string, body: string, res: ServerResponse) {
    const ab = TEST_ATS.ashby;
    if (!req.headers.authorization) return send(res, 401, { success: false, errors: ["missing_api_key"] });
    if (!basicOk(req.headers.authorization, ab.apiKey))
      return send(res, 403, { success: false, errorInfo: { code: "invalid_api_key", message: "Invalid API key" } });
    if (req.method !== "POST") return send(res, 405, { success: false, errors: ["method_not_allowed"] });
    const input = JSON.parse(body || "{}") as Record<string, unknown>;
    const notFound = () =>
      send(res, 200, { success: false, errorInfo: { code: "candidate_not_found", message: "Candidate not found" } });
    if (path === "/candidate.info") {
      if (input.id !== ab.candidateId) return notFound();
      return send(res, 200, { success: true, results: { id: ab.candidateId, name: TEST_ATS.candidateName } });
    }
    if (path === "/candidate.listNotes") {
      if (input.candidateId !== ab.candidateId) return notFound();
      return send(res, 200, {
        success: true,
        results: notes.ashby.map((n) => ({ id: n.id, content: n.body })),
        moreDataAvailable: false,
      });
    }
    if (path === "/candidate.createNote") {
      const note = input.note as { type?: unknown; value?: unknown } | string | undefined;
      const value = typeof note === "string" ? note : note?.value;
      if (typeof input.candidateId !== "string" || typeof value !== "string")
        return send(res, 200, {
          success: false,
          errorInfo: { code: "invalid_input", message: "candidateId and note are required" },
        });
      if (input.candidateId !== ab.candidateId) return notFound();
      const id = `ashby-note-${(counter += 1)}`;
      notes.ashby.push({ id, body: value, candidate: input.candidateId });
      return send(res, 200, { success: true, results: { id, content: value } });
    }
    return send(res, 404, { success: false, errors: ["unknown_endpoint"] });
  }

  function webhook(req: IncomingMessage, body: string, res: ServerResponse) {
    const id = String(req.headers["webhook-id"] ?? "");
    const timestamp = String(req.headers["webhook-timestamp"] ?? "");
    const signatures = String(req.headers["webhook-signature"] ?? "").split(" ");
    const key = Buffer.from(TEST_ATS.webhook.secret.slice(6), "base64");
    const expected = createHmac("sha256", key).update(`${id}.${timestamp}.${body}`).digest();
    const valid = signatures.some((s) => {
      const [version, sig] = s.split(",");
      const given = Buffer.from(sig ?? "", "base64");
      return version === "v1" && given.length === expected.length && timingSafeEqual(given, expected);
    });
    if (!valid || Math.abs(Date.now() / 1000 - Number(timestamp)) > 300)
      return send(res, 401, { error: "bad signature" });
    const earlier = webhookDeliveries.find((d) => d.id === id);
    if (earlier) return send(res, 200, { id, duplicate: true });
    webhookDeliveries.push({ id, body });
    return send(res, 200, { id });
  }

  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      const url = req.url ?? "";
      if (url === "/__received") return send(res, 200, { received, notes, webhookDeliveries });
      const vendor = (["greenhouse", "lever", "ashby", "webhook"] as const).find((v) => url.startsWith(`/${v}`));
      if (!vendor) return send(res, 404, { error: "no such vendor" });
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)]));
      received.push({ vendor, method: req.method ?? "", path: url, headers, body });
      const failure = failures.get(vendor);
      if (failure && failure.times > 0) {
        failure.times -= 1;
        const extra: Record<string, string> =
          failure.status === 429 ? { "retry-after": String(failure.retryAfterS) } : {};
        return send(res, failure.status, { message: `injected ${failure.status}` }, extra);
      }
      const path = url.slice(vendor.length + 1);
      try {
        if (vendor === "greenhouse") return greenhouse(req, path, body, res);
        if (vendor === "lever") return lever(req, path, body, res);
        if (vendor === "ashby") return ashby(req, path, body, res);
        return webhook(req, body, res);
      } catch {
        return send(res, 400, { message: "Malformed JSON" });
      }
    });
  });
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        received,
        notes,
        webhookDeliveries,
        fail: (vendor, status, times = 1, retryAfterS = 1) => failures.set(vendor, { status, times, retryAfterS }),
        reset: () => {
          received.length = 0;
          notes.greenhouse.length = 0;
          notes.lever.length = 0;
          notes.ashby.length = 0;
          webhookDeliveries.length = 0;
          failures.clear();
        },
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/** The environment a server needs to push to this test server (every connector configured). */
export function atsTestEnv(url: string): Record<string, string> {
  return {
    COPILOT_GREENHOUSE_CLIENT_ID: TEST_ATS.greenhouse.clientId,
    COPILOT_GREENHOUSE_CLIENT_SECRET: TEST_ATS.greenhouse.clientSecret,
    COPILOT_GREENHOUSE_USER_ID: TEST_ATS.greenhouse.userId,
    COPILOT_GREENHOUSE_BASE_URL: `${url}/greenhouse`,
    COPILOT_GREENHOUSE_AUTH_URL: `${url}/greenhouse/auth`,
    COPILOT_LEVER_API_KEY: TEST_ATS.lever.apiKey,
    COPILOT_LEVER_BASE_URL: `${url}/lever/v1`,
    COPILOT_ASHBY_API_KEY: TEST_ATS.ashby.apiKey,
    COPILOT_ASHBY_BASE_URL: `${url}/ashby`,
    COPILOT_WEBHOOK_URL: `${url}/webhook`,
    COPILOT_WEBHOOK_SECRET: TEST_ATS.webhook.secret,
  };
}
