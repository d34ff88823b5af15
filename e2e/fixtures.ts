/**
 * The test object every spec uses: Playwright's, plus a check that runs after each test and fails it
 * when the Content-Security-Policy blocked anything the app's pages did. Violations are seen two
 * ways: the page's `securitypolicyviolation` events (these include blocked evals that log nothing) and
 * console messages. (A DevTools session of our own for its issues would also see them, but a second
 * session on the page undoes Playwright's offline emulation.) A test that provokes a violation on purpose says
 * so with `cspViolations.expected`.
 */
import { expect, test as base } from "@playwright/test";

export interface CspViolations {
  seen: string[];
  /** Violations matching this are the test's own doing and not a failure. */
  expected: RegExp | null;
}

declare global {
  interface Window {
    __cspViolation?: (text: string) => void;
  }
}

export const test = base.extend<{ cspViolations: CspViolations }>({
  cspViolations: [
    async ({ context }, use) => {
      const state: CspViolations = { seen: [], expected: null };
      await context.exposeFunction("__cspViolation", (text: string) => state.seen.push(text));
      await context.addInitScript(() =>
        document.addEventListener("securitypolicyviolation", (e) =>
          window.__cspViolation?.(
            `CSP ${e.effectiveDirective} blocked ${e.blockedURI} (${e.sourceFile}:${e.lineNumber}:${e.columnNumber})`,
          ),
        ),
      );
      context.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) state.seen.push(message.text());
      });
      await use(state);
      const unexpected = state.seen.filter((text) => !state.expected?.test(text));
      expect(unexpected, "the Content-Security-Policy blocked something the app did").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page } from "@playwright/test";
