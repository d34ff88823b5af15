import { describe, expect, it } from "vitest";
import { sentimentOf } from "./sentiment";
import { afinnScore, lexiconCompound } from "./sentiment-lexicon";

describe("sentiment in the other languages (translated AFINN)", () => {
  it.each([
    ["es", "fue un desastre y el cliente estaba furioso", "fue un proyecto genial, estoy muy contento"],
    ["de", "das war eine katastrophe, der kunde war wütend", "das war ein tolles projekt, ich bin zufrieden"],
    ["fr", "c'était une catastrophe, le client était furieux", "c'était un super projet, je suis ravi"],
    ["it", "è stato un disastro, il cliente era arrabbiato", "è stato un progetto fantastico, sono contento"],
  ] as const)("%s: negative below, positive above zero", (lang, negative, positive) => {
    expect(lexiconCompound(negative, lang)).toBeLessThan(-0.3);
    expect(lexiconCompound(positive, lang)).toBeGreaterThan(0.3);
  });

  it("flips a negated word, past articles and auxiliaries", () => {
    expect(afinnScore("no fue un desastre", "es")).toBeGreaterThan(0);
    expect(afinnScore("non è stato un disastro", "it")).toBeGreaterThan(0);
    expect(afinnScore("das war keine katastrophe", "de")).toBeGreaterThan(0);
    expect(afinnScore("ce n'était pas une catastrophe", "fr")).toBeGreaterThan(0);
  });

  it("uses VADER's scale and leaves English to VADER", () => {
    const x = afinnScore("fue un desastre horrible", "es");
    expect(lexiconCompound("fue un desastre horrible", "es")).toBeCloseTo(x / Math.sqrt(x * x + 15), 10);
    expect(sentimentOf("This was a disaster.", "en")).toBe(sentimentOf("This was a disaster."));
  });
});
