import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import { LocalAnalyzer } from "../analysis/local-analyzer";
import { SAMPLE_INTERVIEW_ES, SAMPLE_PII_ES, SAMPLE_SETUP_ES } from "./sample-interview-es";
import { sampleFor } from "./samples";
import { TAB_OF, TABS } from "./tabs";

/** Words only the English cards use: none may show on a Spanish card. */
const ENGLISH = /\b(?:Ask|They|said|years|the|and|Risky|question|Skills|answer|missing|earlier|now|without)\b/;

function run() {
  const analyzer = new LocalAnalyzer({
    questionPlan: SAMPLE_SETUP_ES.questionPlan,
    jobDescription: SAMPLE_SETUP_ES.jobDescription,
    language: SAMPLE_SETUP_ES.language,
    today: new Date("2026-11-22"),
  });
  const insights = SAMPLE_INTERVIEW_ES.flatMap((line, n) =>
    analyzer.analyze({
      id: `muestra-${n}`,
      channel: "mic",
      speaker: line.speaker,
      startMs: line.startMs,
      endMs: line.startMs + line.durationMs,
      text: line.text,
      confidence: 1,
      final: true,
    }),
  );
  return { analyzer, insights };
}

describe("the Spanish sample interview", () => {
  const { analyzer, insights } = run();

  it("gives Spanish local insights in every tab and covers the question plan", () => {
    for (const tab of TABS) {
      expect(
        insights.filter((i) => TAB_OF[i.type] === tab.id).length,
        `local insights in the ${tab.label} tab`,
      ).toBeGreaterThan(0);
    }
    for (const i of insights) expect(`${i.title} ${i.content}`, i.check).not.toMatch(ENGLISH);
    expect(analyzer.state.plan.filter((p) => p.covered).map((p) => p.item)).toEqual(SAMPLE_SETUP_ES.questionPlan);
  });

  it("raises the moments it was written for, in Spanish", () => {
    const by = (check: string) => insights.filter((i) => i.check === check);
    expect(by("impossible_duration")[0]?.title).toBe("¿15 años de React?");
    expect(by("self_contradiction")[0]?.title).toBe("Kafka: antes 2 años, ahora 7");
    expect(by("self_contradiction")[0]?.relatedSegmentIds).toEqual(["muestra-6", "muestra-16"]);
    expect(by("impossible_reduction")[0]?.title).toBe("Una reducción del 400 % es imposible");
    expect(by("compliance")[0]?.content).toContain("«¿Puedes trabajar el horario que requiere el puesto?»");
    for (const check of ["vague_answer", "stress", "negative_trend", "star_missing", "ownership", "skills"])
      expect(by(check).length, check).toBeGreaterThan(0);
  });

  it("says the candidate's personal data aloud, valid as written, for the end-to-end privacy test", () => {
    const said = SAMPLE_INTERVIEW_ES.map((l) => l.text).join(" ");
    for (const value of Object.values(SAMPLE_PII_ES)) expect(said).toContain(value);
    expect(parsePhoneNumberFromString(SAMPLE_PII_ES.phone)?.isValid()).toBe(true);
    const digits = Number(SAMPLE_PII_ES.dni.slice(0, 8));
    expect("TRWAGMYFPDXBNJZSQVHLCKE"[digits % 23]).toBe(SAMPLE_PII_ES.dni.slice(8));
  });

  it("is the sample the session plays for Spanish, and English stays the default", () => {
    expect(sampleFor("es").lines).toBe(SAMPLE_INTERVIEW_ES);
    expect(sampleFor("es").language).toBe("es");
    expect(sampleFor("de").language).toBe("en");
  });
});
