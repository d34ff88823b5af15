import { expect, test } from "./fixtures";
import { passVaultGate } from "./helpers";
import { LLM_TEST_URL } from "../playwright.config";

/** Parses a policy header into its directives. */
function directives(header: string | undefined): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of (header ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name, values);
  }
  return map;
}

test("every page carries a strict Content-Security-Policy with a fresh nonce", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of ["/", "/?session=x", "/no-such-page"]) {
    const response = await request.get(path);
    const policy = directives(response.headers()["content-security-policy"]);
    const script = policy.get("script-src") ?? [];
    expect(script, path).not.toContain("'unsafe-inline'");
    expect(script, path).not.toContain("'unsafe-eval'");
    expect(script, path).toContain("'wasm-unsafe-eval'");
    const nonce = script.find((s) => s.startsWith("'nonce-"));
    expect(nonce, `${path} has a nonce`).toBeTruthy();
    nonces.add(nonce ?? "");
    // Every inline script in the page carries the nonce the header names.
    const html = await response.text();
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>/g)];
    expect(inline.length).toBeGreaterThan(0);
    for (const [, attributes] of inline) expect(attributes).toContain(`nonce="${nonce?.slice(7, -1)}"`);
    expect(policy.get("connect-src")?.[0]).toBe("'self'");
    expect(policy.get("connect-src")).not.toContain(new URL(LLM_TEST_URL).origin);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("worker-src")).toEqual(["'self'", "blob:"]);
  }
  expect(nonces.size).toBe(3);
  // Worker scripts and other files carry the policy too (a worker is held to the same door out).
  const sw = await request.get("/sw.js");
  expect(directives(sw.headers()["content-security-policy"]).get("connect-src")?.[0]).toBe("'self'");
});

test("a fetch from the page to another origin is blocked by the browser", async ({ page, cspViolations }) => {
  cspViolations.expected = new RegExp(LLM_TEST_URL.replace(/[.:/]/g, "\\$&"));
  await page.goto("/");
  await passVaultGate(page);
  const outcome = await page.evaluate(async (target) => {
    const violation = new Promise<{ directive: string; blocked: string }>((resolve) =>
      document.addEventListener(
        "securitypolicyviolation",
        (e) => resolve({ directive: e.effectiveDirective, blocked: e.blockedURI }),
        { once: true },
      ),
    );
    let fetched: string;
    try {
      await fetch(`${target}/v1/chat/completions`, { method: "POST", body: "exfiltrate" });
      fetched = "sent";
    } catch (error) {
      fetched = `refused: ${(error as Error).name}`;
    }
    return { fetched, violation: await violation };
  }, LLM_TEST_URL);
  expect(outcome.fetched).toBe("refused: TypeError");
  expect(outcome.violation.directive).toBe("connect-src");
  expect(outcome.violation.blocked).toContain("127.0.0.1:3199");
  // A worker is held to the same policy. (Chromium does not report a worker's violations to the page's
  // console, so the check after each test sees the page's only; a worker's blocked request fails the
  // feature it serves, which the other tests would see.)
  const fromWorker = await page.evaluate(async (target) => {
    const source = `fetch(${JSON.stringify(target)} + "/v1/models").then(() => postMessage("sent"), (e) => postMessage("refused: " + e.name))`;
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
    return new Promise<string>((resolve) => (worker.onmessage = (e) => resolve(String(e.data))));
  }, LLM_TEST_URL);
  expect(fromWorker).toBe("refused: TypeError");
  // The test server never saw either.
  const seen = (await (await page.request.get(`${LLM_TEST_URL}/__requests`)).json()) as unknown[];
  expect(JSON.stringify(seen)).not.toContain("exfiltrate");
});
