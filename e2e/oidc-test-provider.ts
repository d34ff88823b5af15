/** Starts the OpenID Connect provider the organisation-mode e2e signs in with (see lib/testing). */
import { startOidcTestProvider } from "../lib/testing/oidc-test-provider";
import { OIDC_TEST, ORG_PORT } from "./org-mode";

const provider = await startOidcTestProvider(OIDC_TEST.port, [`http://localhost:${ORG_PORT}/api/auth/callback`]);
console.log(`OIDC test provider on ${provider.issuer}`);
