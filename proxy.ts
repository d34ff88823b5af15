/**
 * Runs before every response: pages get a fresh nonce and the strict Content-Security-Policy that names
 * it (Next.js reads the nonce from the request's policy header and puts it on its own scripts); every
 * other file, worker scripts included, gets the same policy without a nonce, so a worker is held to
 * the same door out as the page.
 */
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, modelHubSources, newNonce } from "./lib/server/csp";

const dev = process.env.NODE_ENV === "development";

function isDocument(request: NextRequest): boolean {
  const path = request.nextUrl.pathname;
  return !path.startsWith("/_next/") && !path.startsWith("/api/") && !/\.[a-z0-9]+$/i.test(path);
}

export function proxy(request: NextRequest): NextResponse {
  const hubSources = modelHubSources();
  if (!isDocument(request)) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ hubSources, dev }));
    return response;
  }
  const nonce = newNonce();
  const policy = contentSecurityPolicy({ nonce, hubSources, dev });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}
