/**
 * The sign-in routes' work, kept out of the route files so tests can call it with a deployment:
 * start (redirect to the identity provider), finish (check its answer, set the session cookie),
 * sign out, and who is signed in. Failures redirect home with `?signin=failed` and log a class name,
 * never a token or a provider's message.
 */
import { signInRequired, type Deployment, type OidcSettings } from "../deployment";
import { requireSameOrigin, RouteFailure } from "../request-guard";
import { authenticate } from "./authenticate";
import type { SessionAnswer } from "./session-answer";
import { beginSignIn, CALLBACK_PATH, completeSignIn, type SignInTransaction } from "./oidc";
import {
  clearCookieHeader,
  cookieHeader,
  readCookie,
  seal,
  SESSION_COOKIE,
  SESSION_SECONDS,
  TRANSACTION_COOKIE,
  TRANSACTION_SECONDS,
  unseal,
} from "./sealed-cookie";

function redirect(location: string, cookies: string[] = [], status = 303): Response {
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const c of cookies) headers.append("set-cookie", c);
  return new Response(null, { status, headers });
}

/** Sign-in routes exist in organisation mode only. */
function requireSignIn(deployment: Deployment): asserts deployment is Deployment & { oidc: OidcSettings } {
  if (!signInRequired(deployment)) throw new RouteFailure(404, "not_configured");
}

export async function startSignIn(deployment: Deployment): Promise<Response> {
  requireSignIn(deployment);
  const { oidc } = deployment;
  try {
    const { url, transaction } = await beginSignIn(oidc);
    const sealed = await seal({ ...transaction }, oidc.sessionSecret, TRANSACTION_COOKIE, TRANSACTION_SECONDS);
    return redirect(url.href, [cookieHeader(TRANSACTION_COOKIE, sealed, TRANSACTION_SECONDS, CALLBACK_PATH)], 302);
  } catch (error) {
    console.warn(`sign-in could not start: ${error instanceof Error ? error.name : typeof error}`);
    return redirect("/?signin=unavailable");
  }
}

export async function finishSignIn(deployment: Deployment, request: Request): Promise<Response> {
  requireSignIn(deployment);
  const { oidc } = deployment;
  const clearTransaction = clearCookieHeader(TRANSACTION_COOKIE, CALLBACK_PATH);
  const raw = await unseal(readCookie(request, TRANSACTION_COOKIE), oidc.sessionSecret, TRANSACTION_COOKIE);
  const transaction = raw as (SignInTransaction & Record<string, unknown>) | null;
  if (!transaction?.state || !transaction.nonce || !transaction.verifier)
    return redirect("/?signin=failed", [clearTransaction]);
  try {
    const user = await completeSignIn(oidc, new URL(request.url).search, transaction);
    const session = await seal(user as never, oidc.sessionSecret, SESSION_COOKIE, SESSION_SECONDS);
    return redirect("/", [clearTransaction, cookieHeader(SESSION_COOKIE, session, SESSION_SECONDS)]);
  } catch (error) {
    console.warn(`sign-in failed: ${error instanceof Error ? error.name : typeof error}`);
    return redirect("/?signin=failed", [clearTransaction]);
  }
}

export function signOut(request: Request): Response {
  requireSameOrigin(request);
  return new Response(null, {
    status: 204,
    headers: { "set-cookie": clearCookieHeader(SESSION_COOKIE), "cache-control": "no-store" },
  });
}

export async function whoIsSignedIn(deployment: Deployment, request: Request): Promise<Response> {
  const caller = await authenticate(request, deployment);
  const answer: SessionAnswer = {
    mode: deployment.mode,
    signInRequired: signInRequired(deployment),
    user: caller.name,
  };
  return Response.json(answer, { headers: { "cache-control": "no-store" } });
}
