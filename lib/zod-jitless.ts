/**
 * Zod compiles fast parsers with `new Function` when it may; the Content-Security-Policy forbids
 * eval in pages and workers, so its probe would be a violation on every load. Imported first by the
 * page's entry and by every worker: Zod parses without generated code.
 *
 * It sets Zod's global configuration without importing Zod: Zod keeps that configuration on
 * `globalThis.__zod_globalConfig` and adopts an object already there, so the first screen's scripts
 * do not carry Zod at all (it loads with the vault, decision 121). `zod-jitless.test.ts` fails if a
 * Zod upgrade stops reading it.
 */
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, { jitless: true });

export {};
