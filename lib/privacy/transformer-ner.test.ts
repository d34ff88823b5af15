import { existsSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findModel } from "../../models/catalog";
import { pointTransformersAtStore } from "../asr/node-env";
import { LOCAL_MODEL_DIR } from "../models/paths";
import { findOccurrences } from "./align";
import { PseudonymMap } from "./pseudonyms";
import { scrub } from "./scrubber";
import { entitiesToSpans, TransformerNer } from "./transformer-ner";

const MICRO_NER = "copilot-test/bert-ner-micro";

describe("aligning model entities with the text", () => {
  it("finds uncased, accent-stripped, re-spaced entity text at its original offsets, whole words only", () => {
    const text = "I met Marta Ruiz-López and Susan; later Marta called.";
    const at = findOccurrences(text, "marta ruiz - lopez")[0];
    expect(at && text.slice(at.start, at.end)).toBe("Marta Ruiz-López");
    expect(findOccurrences(text, "marta").map((o) => text.slice(o.start, o.end))).toEqual(["Marta", "Marta"]);
    expect(findOccurrences(text, "san")).toEqual([]);
  });

  it("keeps only PER entities", () => {
    const text = "Dana Whitfield joined Stripe in Dublin.";
    const spans = entitiesToSpans(text, [
      { entity_group: "PER", word: "dana whitfield" },
      { entity_group: "ORG", word: "stripe" },
      { entity_group: "LOC", word: "dublin" },
    ]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Dana Whitfield"]);
  });

  it("unites model spans with the embedded detector's in the scrubber", () => {
    const text = "the design came from sandy shore on the data platform.";
    const expected = "the design came from [PERSON_1] on the data platform.";
    // A lower-cased name made of everyday words, with no cue around it, escapes the embedded detector.
    expect(scrub(text, new PseudonymMap()).scrubbed.text).not.toBe(expected);
    const extra = entitiesToSpans(text, [{ entity_group: "PER", word: "sandy shore" }]);
    expect(scrub(text, new PseudonymMap(), { extraSpans: extra }).scrubbed.text).toBe(expected);
  });
});

describe("the real token-classification pipeline on a generated BERT (real tokenizer, random weights)", () => {
  beforeAll(() => {
    if (!existsSync(path.join(LOCAL_MODEL_DIR, MICRO_NER, "copilot-manifest.json"))) {
      throw new Error("generated NER model missing: run npm run models:generate -- ner");
    }
    pointTransformersAtStore(LOCAL_MODEL_DIR);
  });

  it("loads from the local store and returns spans that lie inside the text", async () => {
    const spec = findModel(MICRO_NER);
    if (!spec) throw new Error("catalog lacks the NER test model");
    const ner = await TransformerNer.load(spec, "cpu");
    const text = "My manager Priya Natarajan and Oluwaseun Adeyemi reviewed the Kafka design.";
    const spans = await ner.personSpans(text);
    for (const s of spans) {
      expect(s.category).toBe("person");
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.start, s.end).trim().length).toBeGreaterThan(0);
    }
  });
});
