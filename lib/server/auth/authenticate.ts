/**
 * The door every /api route passes first. In laptop mode the caller must be this server's own origin;
 * in organisation mode it must also hold a valid session cookie from the identity provider. Refusals
 * are typed route failures (401 sign_in_required, 403 forbidden_origin), never a page or a reason.
 */
import { resolveDeployment, signInRequired, type Deployment } from "../deployment";
import { requireSameOrigin, RouteFailure } from "../request-guard";
import { readCookie, SESSION_COOKIE, unseal } from "./sealed-cookie";

export interface Caller {
  /** Who is charged for rate limits: the signed-in user, or this origin in laptop mode. */
  id: string;
  name: string | null;
}

let cached: { env: string; deployment: Deployment | Error } | null = null;

/** The deployment, read once per configuration; a refused one fails every request closed. */
export function currentDeployment(env: Record<string, string | undefined> = process.env): Deployment {
  const key = JSON.stringify(Object.entries(env).filter(([k]) => k.startsWith("COPILOT_")));
  if (cached?.env !== key) {
    let deployment: Deployment | Error;
    try {
      deployment = resolveDeployment(env);
    } catch (error) {
      deployment = error as Error;
    }
    cached = { env: key, deployment };
  }
  if (cached.deployment instanceof Error) {
    console.error(cached.deployment.message);
    throw new RouteFailure(503, "not_configured");
  }
  return cached.deployment;
}

export async function authenticate(request: Request, deployment = currentDeployment()): Promise<Caller> {
  requireSameOrigin(request);
  // Laptop mode charges the calling origin (several server processes behind one origin share a limit).
  if (!signInRequired(deployment))
    return { id: `origin:${request.headers.get("origin") ?? "same-origin"}`, name: null };
  const session = await unseal(readCookie(request, SESSION_COOKIE), deployment.oidc.sessionSecret, SESSION_COOKIE);
  if (!session?.sub) throw new RouteFailure(401, "sign_in_required");
  return { id: `user:${session.sub}`, name: typeof session.name === "string" ? session.name : null };
}
