/** The cards follow the interview's language: the same moments in each language, each card in its words. */
import { describe, expect, it } from "vitest";
import type { Language } from "../language";
import type { Segment } from "../transcript/segment";
import { LocalAnalyzer } from "./local-analyzer";
import { MESSAGES } from "./messages";

const SCRIPTS: Record<Exclude<Language, "en">, { question: string; risky: string; answer: string }> = {
  es: {
    question: "¿cuánto tiempo llevas con docker?",
    risky: "¿estás casada?",
    answer: "llevo veinte años con docker",
  },
  de: {
    question: "wie lange arbeiten sie mit docker?",
    risky: "sind sie verheiratet?",
    answer: "zwanzig jahre docker",
  },
  fr: {
    question: "depuis combien de temps faites-vous du docker?",
    risky: "vous êtes mariée?",
    answer: "ça fait vingt ans que je fais du docker",
  },
  it: { question: "da quanto tempo usa docker?", risky: "è sposata?", answer: "uso docker da vent'anni" },
};

let n = 0;
const seg = (speaker: string, text: string): Segment => {
  n += 1;
  return {
    id: `l${n}`,
    channel: "mic",
    speaker,
    startMs: n * 5000,
    endMs: n * 5000 + 4000,
    text,
    confidence: 1,
    final: true,
  };
};

describe.each(Object.entries(SCRIPTS) as [Exclude<Language, "en">, (typeof SCRIPTS)["es"]][])(
  "cards in %s",
  (language, script) => {
    it("flags the risky question and the impossible claim in the interview's language", () => {
      const say = MESSAGES[language];
      const analyzer = new LocalAnalyzer({ language, today: new Date("2026-12-01") });
      const risky = analyzer.analyze(seg("Interviewer", script.risky));
      expect(risky[0]?.title.startsWith(say.compliance.title(""))).toBe(true);
      analyzer.analyze(seg("Interviewer", script.question));
      const claim = analyzer.analyze(seg("Candidate", script.answer)).find((i) => i.check === "impossible_duration");
      expect(claim?.title).toBe(say.impossibleDuration.title(20, "Docker"));
      expect(claim?.content).not.toMatch(/\b(?:Ask|released|years)\b/);
    });

    it("says nothing in English about the same moments", () => {
      const analyzer = new LocalAnalyzer({ language, today: new Date("2026-12-01") });
      const insights = [script.risky, script.question].flatMap((t) => analyzer.analyze(seg("Interviewer", t)));
      insights.push(...analyzer.analyze(seg("Candidate", script.answer)));
      for (const i of insights) expect(`${i.title} ${i.content}`).not.toMatch(/\b(?:Risky question|Ask|They said)\b/);
    });
  },
);
