#!/usr/bin/env node
// The `copilot` command: runs the TypeScript CLI through tsx's loader, so the CLI and the browser share
// one source of truth in lib/ with no separate build step.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
