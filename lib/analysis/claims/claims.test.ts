import { describe, expect, it } from "vitest";
import { claimChecks, ratioChecks, reductionChecks } from "./checks";
import { experienceClaims } from "./experience";
import { InterviewClaims } from "./interview-claims";

const TODAY = new Date("2026-12-01T12:00:00Z");
const claims = (text: string) => experienceClaims(text, TODAY).map((c) => [c.tech.name, c.years, c.sinceYear]);
const flagged = (text: string) =>
  experienceClaims(text, TODAY)
    .flatMap((c) => claimChecks(c, TODAY))
    .map((d) => d.check);

describe("experience claims, by form", () => {
  it.each([
    ["I've programmed in Kotlin for 18 years", "Kotlin", 18],
    ["25-plus years of Docker", "Docker", 25],
    ["a decade and a half of Vue", "Vue", 15],
    ["nineteen years of Go", "Go", 19],
    ["um so nineteen years of go at this point", "Go", 19],
    ["i've been doing kotlin for like eighteen years", "Kotlin", 18],
    ["I have over 20 years of experience with Kubernetes", "Kubernetes", 20],
    ["my experience with react goes back fifteen years", "React", 15],
    ["two decades of TypeScript", "TypeScript", 20],
    ["Kotlin's been my main tool for 9 years", "Kotlin", 9],
  ])("%s", (text, tech, years) => {
    expect(claims(text)).toContainEqual([tech, years, null]);
  });

  it.each([
    ["Terraform since 2009", "Terraform", 2009],
    ["I've used MySQL since 2004", "MySQL", 2004],
    ["back in 2008 I started with Swift", "Swift", 2008],
    ["i've been on kubernetes since twenty twelve", "Kubernetes", 2012],
  ])("since: %s", (text, tech, year) => {
    expect(claims(text).find((c) => c[0] === tech)?.[2]).toBe(year);
  });

  it.each([
    "eleven years in banking before I picked up Kotlin",
    "I spent 20 years at IBM, then learned Go",
    "I've been coding for 25 years, and using Docker since it came out",
    "I've had a rust problem on my car for 30 years",
  ])("no claim about a technology: %s", (text) => {
    expect(experienceClaims(text, TODAY).map((c) => [c.tech.name, c.years])).toEqual([]);
  });
});

describe("checks on claims", () => {
  it("impossible durations and since-years are flagged, with the release and the words", () => {
    expect(flagged("I've programmed in Kotlin for 18 years")).toEqual(["impossible_duration"]);
    expect(flagged("Terraform since 2009")).toEqual(["since_before_release"]);
    const [draft] = experienceClaims("25-plus years of Docker", TODAY).flatMap((c) => claimChecks(c, TODAY));
    expect(draft?.content).toContain('"25-plus years of Docker"');
    expect(draft?.content).toMatch(/2013/);
  });
  it("possible ones are not", () => {
    expect(flagged("I've used MySQL since 2004")).toEqual([]);
    expect(flagged("seven years of Docker")).toEqual([]);
    expect(flagged("nearly 12 years of Go")).toEqual([]);
  });
  it.each([
    "error rates dropped by 300%",
    "we cut costs by 150 percent",
    "latency went down 200%",
    "slashed build times by 120%",
    "a 400% reduction in pages",
    "it used two hundred and fifty percent less memory",
  ])("impossible reduction: %s", (text) => {
    expect(reductionChecks(text).map((d) => d.check)).toEqual(["impossible_reduction"]);
  });
  it.each(["throughput went up 300%", "errors dropped by 95%", "100% uptime last year", "3x faster builds"])(
    "possible: %s",
    (text) => {
      expect(reductionChecks(text)).toEqual([]);
    },
  );
  it("ratios that contradict their figures", () => {
    expect(ratioChecks("queries went from 2 seconds to 1 second, ten times faster").map((d) => d.check)).toEqual([
      "ratio_contradiction",
    ]);
    expect(ratioChecks("from 800ms to 400ms, a 90% improvement")).toHaveLength(1);
    expect(ratioChecks("from 2 seconds to 200 ms, ten times faster")).toEqual([]);
    expect(ratioChecks("build time went from 10 minutes to 5, a 50% cut")).toEqual([]);
  });
});

describe("checks across the interview", () => {
  it("career arithmetic: a graduation year and a total that cannot both be true", () => {
    const c = new InterviewClaims(TODAY);
    expect(c.read("a", "I graduated in 2018 with a CS degree.", [])).toEqual([]);
    const [draft] = c.read("b", "So all in all I have fifteen years of professional experience.", []);
    expect(draft?.check).toBe("career_arithmetic");
    expect(draft?.relatedSegmentIds).toEqual(["a", "b"]);
  });
  it("consistent careers and internships before graduating are fine", () => {
    const c = new InterviewClaims(TODAY);
    c.read("a", "I graduated in 2012.", []);
    expect(c.read("b", "I have twelve years of experience.", [])).toEqual([]);
    const d = new InterviewClaims(TODAY);
    d.read("a", "I graduated in 2020 but I did internships all through university.", []);
    expect(d.read("b", "I have eight years of experience.", [])).toEqual([]);
  });
  it("a claim that contradicts the candidate's own earlier one links to both segments", () => {
    const c = new InterviewClaims(TODAY);
    c.read("a", "about two years with Kafka", experienceClaims("about two years with Kafka", TODAY));
    const now = "after seven years of Kafka I know its failure modes";
    const [draft] = c.read("b", now, experienceClaims(now, TODAY));
    expect(draft?.check).toBe("self_contradiction");
    expect(draft?.relatedSegmentIds).toEqual(["a", "b"]);
    const same = "five or six years of Kafka";
    const d = new InterviewClaims(TODAY);
    d.read("a", "about five years of Kafka", experienceClaims("about five years of Kafka", TODAY));
    expect(d.read("b", same, experienceClaims(same, TODAY))).toEqual([]);
  });
});
