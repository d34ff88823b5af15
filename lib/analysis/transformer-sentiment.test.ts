import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findModel } from "../../models/catalog";
import { pointTransformersAtStore } from "../asr/node-env";
import { LOCAL_MODEL_DIR } from "../models/paths";
import { LocalAnalyzer } from "./local-analyzer";
import { combineSentiment, polarity, TransformerSentiment } from "./transformer-sentiment";

const MICRO = "copilot-test/distilbert-sst2-micro";

describe("combining the model's sentiment with VADER's", () => {
  it("turns the classifier's labels into a polarity from -1 to 1", () => {
    expect(
      polarity([
        { label: "POSITIVE", score: 0.9 },
        { label: "NEGATIVE", score: 0.1 },
      ]),
    ).toBeCloseTo(0.8);
    expect(polarity([{ label: "NEGATIVE", score: 0.75 }])).toBeCloseTo(-0.75);
  });

  it("averages with VADER when a model is provided, VADER alone otherwise", () => {
    expect(combineSentiment(0.4, null)).toBe(0.4);
    expect(combineSentiment(0.4, -0.8)).toBeCloseTo(-0.2);
  });

  it("the analyzer's sentiment points and trend use the combined score", () => {
    const segment = {
      id: "c1",
      channel: "mic" as const,
      speaker: "Candidate",
      startMs: 0,
      endMs: 2000,
      text: "I loved that project, it went great.",
      confidence: 1,
      final: true,
    };
    const vaderOnly = new LocalAnalyzer();
    vaderOnly.analyze(segment);
    const withModel = new LocalAnalyzer();
    withModel.analyze(segment, { modelSentiment: -1 });
    const vader = vaderOnly.state.sentiment[0]?.compound ?? NaN;
    expect(vader).toBeGreaterThan(0.5);
    expect(withModel.state.sentiment[0]?.compound).toBeCloseTo((vader - 1) / 2);
    expect(withModel.state.sentiment[0]?.model).toBe(-1);
  });
});

describe("the real text-classification pipeline on a generated DistilBERT (real tokenizer, random weights)", () => {
  beforeAll(() => {
    if (!existsSync(path.join(LOCAL_MODEL_DIR, MICRO, "copilot-manifest.json")))
      throw new Error("generated sentiment model missing: run npm run models:generate -- sentiment");
    pointTransformersAtStore(LOCAL_MODEL_DIR);
  });

  it("loads from the local store and scores utterances within -1..1, the same text the same way", async () => {
    const spec = findModel(MICRO);
    if (!spec) throw new Error("catalog lacks the sentiment test model");
    const model = await TransformerSentiment.load(spec, "cpu");
    const a = await model.score("Honestly it was stressful and frustrating.");
    const b = await model.score("We shipped it on time and the team was proud.");
    for (const v of [a, b]) {
      expect(v).toBeGreaterThanOrEqual(-1);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(await model.score("Honestly it was stressful and frustrating.")).toBeCloseTo(a, 6);
  });
});
