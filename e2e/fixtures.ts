/**
 * The test object every spec uses: Playwright's, plus a check that runs after each test and fails it
 * when the Content-Security-Policy blocked anything the app's pages did (Chromium reports it to the
 * page's console; a worker's own violations are not reported there). A test that provokes a violation on purpose says so with
 * `cspViolations.expected`.
 */
import { expect, test as base } from "@playwright/test";

export interface CspViolations {
  seen: string[];
  /** Violations matching this are the test's own doing and not a failure. */
  expected: RegExp | null;
}

export const test = base.extend<{ cspViolations: CspViolations }>({
  cspViolations: [
    async ({ context }, use) => {
      const state: CspViolations = { seen: [], expected: null };
      const record = (text: string) => {
        if (/Content Security Policy/i.test(text)) state.seen.push(text);
      };
      context.on("console", (message) => record(message.text()));
      context.on("weberror", (error) => record(error.error().message));
      await use(state);
      const unexpected = state.seen.filter((text) => !state.expected?.test(text));
      expect(unexpected, "the Content-Security-Policy blocked something the app did").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page } from "@playwright/test";
