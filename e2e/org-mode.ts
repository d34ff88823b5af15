/** The organisation-mode server the sign-in e2e runs against, and its identity provider. */
export const ORG_PORT = Number(process.env.E2E_ORG_PORT ?? 3101);
export const ORG_URL = `http://localhost:${ORG_PORT}`;
export const OIDC_TEST = {
  port: Number(process.env.E2E_OIDC_PORT ?? 3198),
  clientId: "interview-copilot",
  clientSecret: "oidc-test-client-secret-5b21",
};
export const ORG_ENV = {
  COPILOT_DEPLOYMENT: "organisation",
  COPILOT_OIDC_ISSUER: `http://127.0.0.1:${OIDC_TEST.port}`,
  COPILOT_OIDC_CLIENT_ID: OIDC_TEST.clientId,
  COPILOT_OIDC_CLIENT_SECRET: OIDC_TEST.clientSecret,
  COPILOT_PUBLIC_URL: ORG_URL,
  COPILOT_SESSION_SECRET: "e2e-session-secret-that-is-long-enough-4c7d",
};
