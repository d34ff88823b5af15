import { describe, expect, it } from "vitest";
import { CompliancePolicySchema, complianceChecks, COMPLIANCE_TOPICS, topicsFor } from "./compliance";

const topic = (text: string) => complianceChecks(text, COMPLIANCE_TOPICS)[0]?.title ?? null;

describe("compliance guardrail", () => {
  it.each([
    ["When were you born?", "age"],
    ["What year did you graduate high school?", "age"],
    ["Are you close to retirement?", "age"],
    ["Are you married?", "marital status"],
    ["How old are your kids?", "children"],
    ["Do you plan to have children?", "children"],
    ["Do you observe Ramadan?", "religion"],
    ["Where are you originally from?", "national origin"],
    ["Is English your first language?", "national origin"],
    ["Do you have any disabilities?", "disability"],
    ["How many sick days did you take last year?", "disability"],
    ["Have you ever been arrested?", "arrest"],
    ["What is your current salary?", "salary history"],
    ["so how much were you making at your last job?", "salary history"],
    ["Are you gay or straight?", "sexual orientation"],
    ["what gender were you assigned at birth", "gender identity"],
    ["Are you a member of any political party?", "political affiliation"],
    ["Was your discharge honorable?", "military discharge"],
    ["Does cancer run in your family?", "genetic information"],
  ])("%s -> %s", (text, label) => {
    expect(topic(text)).toContain(label);
  });

  it.each([
    "Are you authorised to work in the US?",
    "Will you now or in the future require visa sponsorship?",
    "Are you at least 18?",
    "Can you work the hours this role requires?",
    "What salary range are you looking for?",
    "Are you able to travel 20% of the time?",
    "Which time zone are you in?",
    "Can you perform the essential functions of this role with or without accommodation?",
    "Have you ever been convicted of a crime relevant to this role?",
    "How old is the codebase?",
    "Is the team married to Java?",
    "What drew you to this party planning app?",
    "Did the genetic algorithm converge?",
    "How did you discharge the capacitor safely?",
  ])("lawful: %s", (text) => {
    expect(topic(text)).toBeNull();
  });

  it("says why and what to ask instead, as a private high-priority card", () => {
    const [card] = complianceChecks("When were you born?", COMPLIANCE_TOPICS);
    expect(card).toMatchObject({ type: "compliance", priority: "high", check: "compliance" });
    expect(card?.content).toContain("at least 18");
  });

  it("the policy can turn it off or add the organisation's own topics", () => {
    expect(topicsFor(CompliancePolicySchema.parse({ enabled: false }))).toEqual([]);
    const own = topicsFor(
      CompliancePolicySchema.parse({
        extraTopics: [{ id: "union", label: "union plans", patterns: ["\\bjoin a union\\b"], instead: "Do not ask." }],
      }),
    );
    expect(complianceChecks("Would you join a union here?", own)[0]?.title).toContain("union plans");
    expect(() => CompliancePolicySchema.parse({ enabled: true, bogus: 1 })).toThrow();
  });
});
