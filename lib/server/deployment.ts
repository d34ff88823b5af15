/**
 * Who may call this server, decided once from the environment (README, "Deployment modes"):
 *
 * - `laptop` (the default): the server listens on loopback only and answers its own origin only.
 * - `organisation`: the server may listen on the network, and every /api route needs a session from the
 *   organisation's identity provider (OpenID Connect).
 *
 * A server on the network without sign-in would let anyone who can reach it spend the organisation's
 * model key, so that configuration is refused unless COPILOT_UNSAFE_ALLOW_NETWORK_WITHOUT_SIGN_IN=yes.
 */

export const UNSAFE_OVERRIDE = "COPILOT_UNSAFE_ALLOW_NETWORK_WITHOUT_SIGN_IN";

export interface OidcSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The app's address as the browser sees it; the callback is `${publicUrl}/api/auth/callback`. */
  publicUrl: URL;
  /** Encrypts the session cookie: at least 32 characters. */
  sessionSecret: string;
  scopes: string;
}

export type Deployment =
  | { mode: "laptop"; host: string; oidc: null; unsafe: boolean }
  | { mode: "organisation"; host: string; oidc: OidcSettings | null; unsafe: boolean };

export class DeploymentError extends Error {
  constructor(readonly problems: string[]) {
    super(`this server's configuration is refused:\n- ${problems.join("\n- ")}`);
    this.name = "DeploymentError";
  }
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);
export const isLoopback = (host: string) => LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);

function oidcSettings(env: Record<string, string | undefined>, problems: string[]): OidcSettings | null {
  const names = [
    "COPILOT_OIDC_ISSUER",
    "COPILOT_OIDC_CLIENT_ID",
    "COPILOT_OIDC_CLIENT_SECRET",
    "COPILOT_PUBLIC_URL",
    "COPILOT_SESSION_SECRET",
  ] as const;
  const missing = names.filter((n) => !env[n]?.trim());
  if (missing.length === names.length) return null;
  if (missing.length > 0) {
    problems.push(`sign-in is half configured: ${missing.join(", ")} missing`);
    return null;
  }
  const url = (name: string): URL | null => {
    try {
      return new URL(env[name] ?? "");
    } catch {
      problems.push(`${name} is not a URL`);
      return null;
    }
  };
  const issuer = url("COPILOT_OIDC_ISSUER");
  const publicUrl = url("COPILOT_PUBLIC_URL");
  const secret = env.COPILOT_SESSION_SECRET ?? "";
  if (secret.length < 32) problems.push("COPILOT_SESSION_SECRET must be at least 32 characters");
  for (const [name, u] of [
    ["COPILOT_OIDC_ISSUER", issuer],
    ["COPILOT_PUBLIC_URL", publicUrl],
  ] as const) {
    if (u && u.protocol !== "https:" && !isLoopback(u.hostname))
      problems.push(`${name} must be https (plain http only on loopback, for testing)`);
  }
  if (!issuer || !publicUrl || secret.length < 32) return null;
  return {
    issuer,
    clientId: env.COPILOT_OIDC_CLIENT_ID ?? "",
    clientSecret: env.COPILOT_OIDC_CLIENT_SECRET ?? "",
    publicUrl,
    sessionSecret: secret,
    scopes: env.COPILOT_OIDC_SCOPES?.trim() || "openid profile email",
  };
}

/** The deployment this environment asks for, or every reason it is refused. */
export function resolveDeployment(env: Record<string, string | undefined> = process.env): Deployment {
  const problems: string[] = [];
  const mode = env.COPILOT_DEPLOYMENT?.trim() || "laptop";
  const unsafe = env[UNSAFE_OVERRIDE] === "yes";
  if (mode !== "laptop" && mode !== "organisation")
    throw new DeploymentError([`COPILOT_DEPLOYMENT must be "laptop" or "organisation", not ${JSON.stringify(mode)}`]);
  if (mode === "laptop") {
    const host = env.COPILOT_HOST?.trim() || "127.0.0.1";
    if (!isLoopback(host) && !unsafe)
      problems.push(
        `laptop mode listens on loopback only (COPILOT_HOST=${host}); use COPILOT_DEPLOYMENT=organisation with sign-in`,
      );
    if (problems.length) throw new DeploymentError(problems);
    return { mode, host, oidc: null, unsafe };
  }
  const host = env.COPILOT_HOST?.trim() || "0.0.0.0";
  const oidc = oidcSettings(env, problems);
  if (!oidc && problems.length === 0 && !unsafe)
    problems.push(
      `organisation mode needs sign-in: set COPILOT_OIDC_ISSUER, COPILOT_OIDC_CLIENT_ID, COPILOT_OIDC_CLIENT_SECRET, COPILOT_PUBLIC_URL and COPILOT_SESSION_SECRET (or, knowing anyone who reaches the server can use the model key, ${UNSAFE_OVERRIDE}=yes)`,
    );
  if (problems.length) throw new DeploymentError(problems);
  return { mode, host, oidc, unsafe };
}

/** Whether callers must be signed in: organisation mode with sign-in configured. */
export const signInRequired = (d: Deployment): d is Deployment & { oidc: OidcSettings } => d.oidc !== null;
