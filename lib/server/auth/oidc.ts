/**
 * Sign-in with the organisation's OpenID Connect provider (openid-client): authorization code flow
 * with PKCE, state and nonce, the ID token verified by the library. The provider's metadata is
 * discovered once per process (again after a failure).
 */
import * as client from "openid-client";
import type { OidcSettings } from "../deployment";
import { isLoopback } from "../deployment";

export const CALLBACK_PATH = "/api/auth/callback";

export interface SignInTransaction {
  state: string;
  nonce: string;
  verifier: string;
}

export interface SignedInUser {
  sub: string;
  /** What the app shows: the name, else the e-mail, else the subject. */
  name: string;
}

let discovered: { key: string; config: Promise<client.Configuration> } | null = null;

function configuration(settings: OidcSettings): Promise<client.Configuration> {
  const key = `${settings.issuer.href}|${settings.clientId}`;
  if (discovered?.key === key) return discovered.config;
  const config = client.discovery(
    settings.issuer,
    settings.clientId,
    settings.clientSecret,
    undefined,
    // Plain http only for a provider on this machine (the tests' one); anything else must be https.
    isLoopback(settings.issuer.hostname) ? { execute: [client.allowInsecureRequests] } : undefined,
  );
  discovered = { key, config };
  config.catch(() => {
    if (discovered?.config === config) discovered = null;
  });
  return config;
}

export const callbackUrl = (settings: OidcSettings) => new URL(CALLBACK_PATH, settings.publicUrl).href;

/** Where to send the browser to sign in, and the secrets its return must match. */
export async function beginSignIn(settings: OidcSettings): Promise<{ url: URL; transaction: SignInTransaction }> {
  const config = await configuration(settings);
  const transaction: SignInTransaction = {
    state: client.randomState(),
    nonce: client.randomNonce(),
    verifier: client.randomPKCECodeVerifier(),
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(settings),
    scope: settings.scopes,
    response_type: "code",
    code_challenge: await client.calculatePKCECodeChallenge(transaction.verifier),
    code_challenge_method: "S256",
    state: transaction.state,
    nonce: transaction.nonce,
  });
  return { url, transaction };
}

/** Exchanges the code the provider sent back; throws when anything does not match. */
export async function completeSignIn(
  settings: OidcSettings,
  search: string,
  transaction: SignInTransaction,
): Promise<SignedInUser> {
  const config = await configuration(settings);
  // The URL the browser was sent to, as the provider knows it (not the server's own view of the host).
  const current = new URL(CALLBACK_PATH + search, settings.publicUrl);
  const tokens = await client.authorizationCodeGrant(config, current, {
    pkceCodeVerifier: transaction.verifier,
    expectedState: transaction.state,
    expectedNonce: transaction.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims?.sub) throw new Error("the identity provider's ID token has no subject");
  let profile: Record<string, unknown> = claims;
  // Providers that keep profile claims out of the ID token give them at the userinfo endpoint.
  if (typeof claims.name !== "string" && typeof claims.email !== "string" && tokens.access_token) {
    profile = await client.fetchUserInfo(config, tokens.access_token, claims.sub).catch(() => claims);
  }
  const name = [profile.name, profile.email, claims.sub].find((v) => typeof v === "string" && v.trim()) as string;
  return { sub: claims.sub, name: name.slice(0, 200) };
}
