/**
 * npm run models:import <dir> [--id owner/name]
 * Copies a model folder an organisation provides into the local model store (which the app also serves
 * as its self-hosted mirror), after checking every declared file. A failed check writes nothing.
 */
import path from "node:path";
import { findModel, MODEL_CATALOG } from "../models/catalog";
import { summarize } from "../cli/models";
import { importModel } from "../lib/models/node-store";
import { LOCAL_MODEL_DIR } from "../lib/models/paths";

const args = process.argv.slice(2);
const idFlag = args.indexOf("--id");
const explicitId = idFlag >= 0 ? args[idFlag + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith("--") && (idFlag < 0 || i !== idFlag + 1));
if (!dir) {
  console.error("usage: npm run models:import -- <dir> [--id owner/name]");
  process.exit(2);
}
const guessed = path.resolve(dir).split(path.sep).slice(-2).join("/");
const spec = findModel(explicitId ?? guessed);
if (!spec) {
  console.error(
    `models:import: ${explicitId ?? guessed} is not a declared model; pass --id with one of:\n  ${MODEL_CATALOG.map((m) => m.id).join("\n  ")}`,
  );
  process.exit(2);
}
try {
  const report = await importModel(spec, dir, LOCAL_MODEL_DIR);
  console.log(`imported ${spec.id} into ${report.dir}: ${summarize(report)}`);
} catch (error) {
  console.error(`models:import: ${(error as Error).message}`);
  process.exit(1);
}
