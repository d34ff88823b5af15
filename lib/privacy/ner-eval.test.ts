/**
 * What the optional transformer NER model adds to the embedded detector, on the speech evaluation sets.
 * Needs the real Xenova/bert-base-NER-uncased weights in the model store; they cannot be downloaded on
 * these machines, so this skips with the reason (a random-weight twin would say nothing about accuracy).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_NER_MODEL, findModel } from "../../models/catalog";
import { pointTransformersAtStore } from "../asr/node-env";
import { inspectModel } from "../models/node-store";
import { LOCAL_MODEL_DIR } from "../models/paths";
import type { Span } from "./categories";
import { evaluate, loadEvalSet, SPEECH_EVAL_FILE, SPEECH_HOLDOUT_FILE } from "./evaluate";
import { TransformerNer } from "./transformer-ner";

const spec = findModel(DEFAULT_NER_MODEL);
const present = spec ? (await inspectModel(spec, LOCAL_MODEL_DIR)).usable : false;
if (!present) {
  console.warn(
    `SKIPPED NER-model evaluation: ${DEFAULT_NER_MODEL} weights are not in ${path.relative(process.cwd(), LOCAL_MODEL_DIR)} ` +
      "(they cannot be downloaded on this machine; provide them with npm run models:fetch or models:import).",
  );
}

describe.skipIf(!present)(`the embedded detector with and without ${DEFAULT_NER_MODEL}`, () => {
  it("the model never lowers person recall, and survival stays >= 0.98", async () => {
    if (!spec) throw new Error("no NER model declared");
    pointTransformersAtStore(LOCAL_MODEL_DIR);
    const ner = await TransformerNer.load(spec, "cpu");
    for (const file of [SPEECH_EVAL_FILE, SPEECH_HOLDOUT_FILE]) {
      const rows = loadEvalSet(file);
      const extra = new Map<string, Span[]>();
      for (const text of rows.flatMap((r) => [...(r.context ?? []), r.text]))
        extra.set(text, await ner.personSpans(text));
      const alone = evaluate(rows);
      const withModel = evaluate(rows, undefined, extra);
      console.log(
        `${path.basename(file)}: person recall ${alone.recall.person?.rate.toFixed(3)} alone, ${withModel.recall.person?.rate.toFixed(3)} with the model; survival ${alone.survival.rate.toFixed(3)} / ${withModel.survival.rate.toFixed(3)}`,
      );
      expect(withModel.recall.person?.rate ?? 0).toBeGreaterThanOrEqual(alone.recall.person?.rate ?? 0);
      expect(withModel.survival.rate).toBeGreaterThanOrEqual(0.98);
    }
  });
});
