/**
 * The Content-Security-Policy every response carries: the browser's own enforcement of "one door out".
 * Pages may connect to this origin only (plus the model hub when the deployment lets the app download
 * models from one); scripts run only from this origin or with this response's nonce; WASM may compile
 * (ONNX Runtime); nothing may frame the app, change its base URL or embed plugins.
 */

/** The hub the app may download models from: COPILOT_MODEL_HUB, a base URL or `off`. */
export const DEFAULT_MODEL_HUB = "https://huggingface.co";

/**
 * The origins model downloads may reach. The Hugging Face hub answers file requests with redirects to
 * its storage hosts (LFS and Xet), so those are allowed with it; a mirror is allowed as itself.
 */
export function modelHubSources(env: Record<string, string | undefined> = process.env): string[] {
  const raw = (env.COPILOT_MODEL_HUB ?? DEFAULT_MODEL_HUB).trim();
  if (raw === "" || raw === "off") return [];
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`COPILOT_MODEL_HUB is not a URL or "off": ${JSON.stringify(raw)}`);
  }
  if (url.protocol !== "https:" && url.hostname !== "127.0.0.1" && url.hostname !== "localhost")
    throw new Error("COPILOT_MODEL_HUB must be an https URL (or a loopback mirror)");
  if (url.hostname === "huggingface.co") return [url.origin, "https://*.huggingface.co", "https://*.hf.co"];
  return [url.origin];
}

export interface CspOptions {
  /** A fresh per-response nonce for the page's inline scripts; absent for workers and other files. */
  nonce?: string;
  hubSources: string[];
  /** Next's development server evaluates code; production never does. */
  dev?: boolean;
}

function serialise(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

/** The policy for a document (with a nonce) or for a worker script and everything else (without). */
export function contentSecurityPolicy({ nonce, hubSources, dev = false }: CspOptions): string {
  const evalSources = dev ? ["'unsafe-eval'"] : [];
  const script = nonce
    ? [`'nonce-${nonce}'`, "'strict-dynamic'", "'self'", "'wasm-unsafe-eval'", ...evalSources]
    : // ONNX Runtime's worker imports its own glue code from a blob: URL.
      ["'self'", "blob:", "'wasm-unsafe-eval'", ...evalSources];
  return serialise({
    "default-src": ["'self'"],
    "script-src": script,
    // Inline style attributes (virtualised lists position rows with them) cannot carry a nonce.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'", ...hubSources, ...(dev ? ["ws:"] : [])],
    "worker-src": ["'self'", "blob:"],
    "media-src": ["'self'", "blob:"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "frame-ancestors": ["'none'"],
    "form-action": ["'self'"],
  });
}

/** 128 random bits, base64: unguessable and fresh for every page response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
