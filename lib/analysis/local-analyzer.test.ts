import { describe, expect, it } from "vitest";
import type { Segment } from "../transcript/segment";
import { nearDuplicate, sortInsights } from "./insight";
import { isQuestion, LocalAnalyzer } from "./local-analyzer";
import { claimChecks, ratioChecks, reductionChecks } from "./claims/checks";
import { experienceClaims } from "./claims/experience";
import { profile, star } from "./rules/language";
import { findSkills } from "./rules/skills";
import { sentimentOf } from "./sentiment";

const TODAY = new Date("2026-11-22");
let n = 0;
const seg = (speaker: string, text: string): Segment => {
  n += 1;
  return {
    id: `s${n}`,
    channel: "mic",
    speaker,
    startMs: n * 5000,
    endMs: n * 5000 + 4000,
    text,
    confidence: 0.9,
    final: true,
  };
};
const titles = (insights: { title: string }[]) => insights.map((i) => i.title);

describe("skills", () => {
  it("finds technologies by name and alias, longest first", () => {
    const names = findSkills(
      "We ran k8s with Helm, then moved the React Native app to Postgres and golang services.",
    ).map((s) => s.tech.name);
    expect(names).toEqual(["Kubernetes", "Helm", "React Native", "PostgreSQL", "Go"]);
  });
  it("ignores everyday words that are also technology names", () => {
    expect(findSkills("I had to go and rust never sleeps; the spark of the idea.").map((s) => s.tech.name)).toEqual([]);
    expect(findSkills("Go is fine. I wrote it in Go.").map((s) => s.tech.name)).toEqual(["Go"]);
  });
});

describe("fact checks (kept from the first wave, now through the claim checks)", () => {
  const factChecks = (text: string, today: Date) => [
    ...experienceClaims(text, today).flatMap((c) => claimChecks(c, today)),
    ...reductionChecks(text),
    ...ratioChecks(text),
  ];
  it("flags more years of a technology than it has existed, and says why", () => {
    const [flag] = factChecks("I have fifteen years of React experience.", TODAY);
    expect(flag?.type).toBe("fact_check");
    expect(flag?.content).toContain("2013");
    expect(flag?.content).toContain('"fifteen years of React"');
    expect(factChecks("I have 20 years of experience with Kubernetes", TODAY)).toHaveLength(1);
  });
  it("does not flag what is possible", () => {
    expect(factChecks("I have seven years of Docker.", TODAY)).toEqual([]);
    expect(factChecks("Ten years of Python and three years of Rust.", TODAY)).toEqual([]);
    expect(factChecks("We reduced latency by 40 percent.", TODAY)).toEqual([]);
  });
  it("flags impossible reductions", () => {
    expect(factChecks("We reduced latency by 400 percent in a quarter.", TODAY)[0]?.title).toBe(
      "A 400% reduction is impossible",
    );
    expect(factChecks("Throughput increased by 400%.", TODAY)).toEqual([]);
  });
  it("flags a stated percentage that contradicts the before and after", () => {
    const [flag] = factChecks("We cut deploys from two hours to fifteen minutes, a 50 percent reduction.", TODAY);
    expect(flag?.content).toContain("88%");
    expect(factChecks("We cut deploys from two hours to fifteen minutes, an 87 percent reduction.", TODAY)).toEqual([]);
  });
});

describe("language", () => {
  it("measures hedges, fillers, specifics and ownership", () => {
    const vague = profile("Um, we kind of handled it, you know, sort of with the team and stuff like that.");
    expect(vague.hedges).toBeGreaterThanOrEqual(2);
    expect(vague.fillers).toBeGreaterThanOrEqual(2);
    expect(vague.vagueActions).toBe(1);
    const crisp = profile("I rewrote the scheduler and cut p95 from 900 ms to 120 ms for 2 million users.");
    expect(crisp.specifics).toBeGreaterThanOrEqual(2);
    expect(crisp.hedges).toBe(0);
  });
  it("scores STAR completeness", () => {
    const full = star(
      "At my last job we had a flaky release process. I was responsible for fixing it. I automated the pipeline and added canaries. As a result we cut failed deploys by 80 percent.",
    );
    expect(full).toEqual({ situation: true, task: true, action: true, result: true, quantified: true });
    expect(star("We had a problem with releases and the team talked about it a lot.").result).toBe(false);
  });
  it("scores sentiment with VADER", () => {
    expect(sentimentOf("I really loved leading that project.")).toBeGreaterThan(0.5);
    expect(sentimentOf("It was a nightmare and I hated every day of it.")).toBeLessThan(-0.3);
  });
});

describe("LocalAnalyzer over an interview", () => {
  it("detects questions and analyses answers against them", () => {
    expect(isQuestion("Tell me about a time you resolved a conflict")).toBe(true);
    expect(isQuestion("Great, thanks.")).toBe(false);
    const a = new LocalAnalyzer({ today: TODAY, questionPlan: ["Conflict resolution", "Kubernetes experience"] });
    expect(a.analyze(seg("Interviewer", "Tell me about a time you resolved a conflict within your team."))).toEqual([]);
    expect(a.state.plan[0]?.covered).toBe(true);
    const first = a.analyze(
      seg(
        "Candidate",
        "So we kind of handled it, we talked and we sort of agreed on things, and we moved on with our roadmap.",
      ),
    );
    expect(titles(first)).toContain("Vague answer: probe for specifics");
    expect(titles(first)).toContain('Only "we" so far');
    const second = a.analyze(
      seg(
        "Candidate",
        "We had many meetings and our team discussed the plan and our roadmap and the priorities for the next quarter together.",
      ),
    );
    expect(titles(second).some((t) => t.startsWith("STAR: missing"))).toBe(true);
    // Each probe once per answer.
    expect(titles(second)).not.toContain("Vague answer: probe for specifics");
  });

  it("gives skills once, flags impossible claims, notes confident answers, and warns of stress", () => {
    const a = new LocalAnalyzer({ today: TODAY });
    a.analyze(seg("Interviewer", "What did you build with Kafka?"));
    const answer = a.analyze(
      seg(
        "Candidate",
        "I built the Kafka pipeline on Kubernetes and cut p95 from 900 ms to 120 ms for 2 million users.",
      ),
    );
    expect(titles(answer)).toContain("Skills mentioned: Kafka, Kubernetes");
    expect(titles(answer)).toContain("Specific, confident answer");
    expect(titles(a.analyze(seg("Candidate", "Kafka again, with Kubernetes.")))).not.toContain(
      "Skills mentioned: Kafka, Kubernetes",
    );
    expect(titles(a.analyze(seg("Candidate", "I also have fifteen years of React.")))).toContain("15 years of React?");
    const stressed = a.analyze(
      seg("Candidate", "Um, uh, I mean, I, I think maybe, sorry, I mean we, uh, kind of did, you know, the the thing."),
    );
    expect(titles(stressed)).toContain("Candidate may be stressed");
  });

  it("merges near-duplicate suggestions across windows, keeps different ones", () => {
    const a = { type: "question" as const, title: "Probe ownership", content: "Ask what they personally built." };
    expect(nearDuplicate(a, { ...a, content: "Ask what they personally built!" })).toBe(true);
    expect(nearDuplicate(a, { ...a, type: "insight" })).toBe(false);
    expect(nearDuplicate(a, { ...a, title: "Ask about testing", content: "How did they test the migration?" })).toBe(
      false,
    );
  });

  it("takes the first speaker of an imported transcript as the interviewer", () => {
    const a = new LocalAnalyzer({ today: TODAY });
    a.analyze(seg("Dana Whitfield", "What is your experience with Kafka?"));
    expect(a.state.currentQuestion).toBe("What is your experience with Kafka?");
    expect(titles(a.analyze(seg("Marta Ruiz", "I ran Kafka for three years.")))).toContain("Skills mentioned: Kafka");
  });

  it("sorts high priority first, newest first within a priority", () => {
    const sorted = sortInsights([
      { priority: "low", atMs: 5, title: "a" },
      { priority: "high", atMs: 1, title: "b" },
      { priority: "high", atMs: 9, title: "c" },
    ]);
    expect(sorted.map((s) => s.title)).toEqual(["c", "b", "a"]);
  });
});

describe("follow-ups against the job description and the plan", () => {
  const jd = "Own our Go and PostgreSQL services on Kubernetes.";
  it("asks for the depth behind a technology the role needs when it is only named in a list", () => {
    const a = new LocalAnalyzer({ today: TODAY, jobDescription: jd });
    a.analyze(seg("Interviewer", "What have you worked with?"));
    const out = a.analyze(seg("Candidate", "I used Kubernetes, Terraform, Helm and Redis at my last job."));
    const depth = out.find((i) => i.title === "Depth behind Kubernetes");
    expect(depth?.content).toContain('"Kubernetes"');
    const none = new LocalAnalyzer({ today: TODAY }).analyze(
      seg("Candidate", "I used Kubernetes, Terraform, Helm and Redis."),
    );
    expect(none.some((i) => i.title.startsWith("Depth behind"))).toBe(false);
  });
  it("moves follow-ups about what the role needs up one priority, and quotes the candidate", () => {
    const a = new LocalAnalyzer({ today: TODAY, jobDescription: jd });
    a.analyze(seg("Interviewer", "How did the PostgreSQL migration go?"));
    const q = a
      .analyze(seg("Candidate", "We kind of handled the PostgreSQL move and it got significantly better."))
      .find((i) => i.type === "question");
    expect(q?.type).toBe("question");
    expect(q?.priority).toBe("high");
    expect(q?.content).toContain("They said");
  });
});
