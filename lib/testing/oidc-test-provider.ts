/**
 * A real OpenID Connect provider (the maintained `oidc-provider` package) on loopback, for the sign-in
 * tests: one confidential client, PKCE required, its development login page (any login, any password)
 * and consent page. Test infrastructure only; it never runs in the app.
 */
import type { Server } from "node:http";
import Provider from "oidc-provider";

export interface OidcTestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close: () => Promise<void>;
}

export async function startOidcTestProvider(
  port: number,
  redirectUris: string[],
  clientId = "interview-copilot",
  clientSecret = "oidc-test-client-secret-5b21",
): Promise<OidcTestProvider> {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_post",
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ["sub"], profile: ["name"], email: ["email"] },
    findAccount: async (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: async () => ({ sub, name: `Interviewer ${sub}`, email: `${sub}@example.org` }),
    }),
    cookies: { keys: ["oidc-test-provider-cookie-key"] },
  });
  const server: Server = await new Promise((resolve) => {
    const s = provider.listen(port, "127.0.0.1", () => resolve(s));
  });
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
