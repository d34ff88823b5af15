#!/usr/bin/env node
// The `copilot` command: runs the TypeScript CLI through tsx's loader, so the CLI and the browser share
// one source of truth in lib/ with no separate build step.
import { register } from "tsx/esm/api";

register();
// `copilot transcribe x.wav | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
