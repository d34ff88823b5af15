/** Starts the local ATS imitations for the Playwright run (see lib/testing/ats-test-server.ts). */
import { startAtsTestServer } from "../lib/testing/ats-test-server";

const server = await startAtsTestServer(Number(process.env.ATS_TEST_PORT ?? 3196));
console.log(`ATS test server on ${server.url}`);
