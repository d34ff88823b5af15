/** Starts the shared OpenAI-compatible test server for the Playwright run (see lib/testing). */
import { startLlmTestServer } from "../lib/testing/llm-test-server";

const server = await startLlmTestServer(Number(process.env.LLM_TEST_PORT ?? 3199));
console.log(`LLM test server on ${server.url}`);
