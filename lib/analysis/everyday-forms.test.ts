import { describe, expect, it } from "vitest";
import data from "./data/everyday-forms.json";
import { isEverydayForm } from "./everyday-forms";
import { everydayForms } from "./everyday-forms-list";
import { dictionaryForms, technologies } from "./tech-dictionary";
import { isCommonWord } from "../privacy/name-lexicon";

describe("the precomputed everyday forms", () => {
  it("are exactly what SCOWL says of the dictionary's forms today (else: npm run -s build:everyday-forms)", () => {
    expect(data.words).toEqual(everydayForms(dictionaryForms()));
  });

  it("answer like isCommonWord for every form the skills matcher asks about, in any case", () => {
    const forms = technologies()
      .flatMap((t) => [t.name, ...t.aliases])
      .filter((f) => /^[a-z]+$/i.test(f));
    expect(forms.length).toBeGreaterThan(400);
    for (const form of forms) expect([form, isEverydayForm(form)]).toEqual([form, isCommonWord(form)]);
  });

  it("mark the everyday-word technologies ambiguous, and leave proper names alone", () => {
    const tech = (name: string) => technologies().find((t) => t.name === name);
    expect(tech("Swift")?.ambiguous).toBe(true);
    expect(tech("Cypress")?.ambiguous).toBe(true);
    expect(tech("Kubernetes")?.ambiguous).toBe(false);
    expect(isEverydayForm("kubernetes")).toBe(false);
  });
});
