import { defineConfig } from "@playwright/test";
import { OIDC_TEST, ORG_ENV, ORG_PORT } from "./e2e/org-mode";
import { atsTestEnv } from "./lib/testing/ats-test-server";

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const LLM_TEST_URL = "http://127.0.0.1:3199";
/** The server-side key: it must never appear in anything the browser receives. */
export const LLM_TEST_KEY = "sk-test-server-side-only-0f3a9c";
/** Set as the key while the production build runs (scripts/test-all.sh): it must not be bundled. */
export const BUILD_KEY_CANARY = "sk-build-canary-7d1e55";

// Debian's Chromium (never a downloaded browser), with the flags measured to work on these machines.
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const ATS_TEST_URL = "http://127.0.0.1:3196";
/** Set as connector credentials while the production build runs (scripts/test-all.sh): never bundled. */
export const ATS_BUILD_CANARIES = [
  "gh-build-canary-3c9e1f",
  "lever-build-canary-4d0f2a",
  "ashby-build-canary-5e1a3b",
  "whsec_YnVpbGQtY2FuYXJ5LXdlYmhvb2stNmYyYjRj",
];

// Every connector but Ashby configured: the app must say Ashby is not set up on the server.
const ATS_ENV = Object.fromEntries(
  Object.entries(atsTestEnv(ATS_TEST_URL)).filter(([name]) => name !== "COPILOT_ASHBY_API_KEY"),
);

const SERVER_ENV = {
  ...ATS_ENV,
  COPILOT_LLM_API_KEY: LLM_TEST_KEY,
  COPILOT_LLM_BASE_URL: `${LLM_TEST_URL}/v1`,
  // Every test's browser is the same origin to the server: one test's windows must not use up the next's.
  COPILOT_RATE_PER_MINUTE: "100000",
};

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  outputDir: "test-results/e2e",
  timeout: 120_000,
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"], ["html", { open: "never", outputFolder: "test-results/e2e-report" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: CHROMIUM_ARGS,
    },
  },
  webServer: [
    {
      command: "npx tsx e2e/llm-test-server.ts",
      url: `${LLM_TEST_URL}/__requests`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: "npx tsx e2e/ats-test-server.ts",
      url: `${ATS_TEST_URL}/__received`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // Laptop mode (the default): the deployment's own start script, listening on loopback only.
      command: `npx tsx scripts/serve.ts --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: SERVER_ENV,
    },
    {
      command: "npx tsx e2e/oidc-test-provider.ts",
      url: `http://127.0.0.1:${OIDC_TEST.port}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      // Organisation mode: sign-in through the identity provider above (e2e/sign-in.spec.ts).
      command: `npx tsx scripts/serve.ts --port ${ORG_PORT}`,
      url: `http://127.0.0.1:${ORG_PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { ...SERVER_ENV, ...ORG_ENV },
    },
  ],
});
