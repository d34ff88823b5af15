import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, modelHubSources, newNonce } from "./csp";

const parse = (policy: string) =>
  new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );

describe("content security policy", () => {
  it("lets a page run only its own and nonced scripts, compile WASM, and connect to its own origin", () => {
    const policy = parse(contentSecurityPolicy({ nonce: "abc", hubSources: [] }));
    expect(policy.get("script-src")).toEqual(["'nonce-abc'", "'strict-dynamic'", "'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("gives files and workers the same door out without a nonce", () => {
    const policy = parse(contentSecurityPolicy({ hubSources: ["https://mirror.example.org"] }));
    expect(policy.get("script-src")).toEqual(["'self'", "blob:", "'wasm-unsafe-eval'"]);
    expect(policy.get("connect-src")).toEqual(["'self'", "https://mirror.example.org"]);
  });

  it("allows eval only for the development server", () => {
    expect(contentSecurityPolicy({ nonce: "n", hubSources: [] })).not.toContain(" 'unsafe-eval'");
    expect(parse(contentSecurityPolicy({ nonce: "n", hubSources: [], dev: true })).get("script-src")).toContain(
      "'unsafe-eval'",
    );
  });

  it("adds the hub's storage hosts for the Hugging Face hub, a mirror as itself, and nothing when off", () => {
    expect(modelHubSources({})).toEqual(["https://huggingface.co", "https://*.huggingface.co", "https://*.hf.co"]);
    expect(modelHubSources({ COPILOT_MODEL_HUB: "https://models.example.org/hub/" })).toEqual([
      "https://models.example.org",
    ]);
    expect(modelHubSources({ COPILOT_MODEL_HUB: "off" })).toEqual([]);
  });

  it("refuses a hub that is not a URL or not https", () => {
    expect(() => modelHubSources({ COPILOT_MODEL_HUB: "huggingface" })).toThrow(/not a URL/);
    expect(() => modelHubSources({ COPILOT_MODEL_HUB: "http://mirror.example.org" })).toThrow(/https/);
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const n of nonces) expect(atob(n)).toHaveLength(16);
  });
});
