import { describe, expect, it } from "vitest";
import { classify, formOf, isQuestionSentence, questionsIn, type QuestionClass } from "./questions";

/** Families of phrasings, each with the class a person would give it (written for these tests). */
const FAMILIES: Record<QuestionClass, string[]> = {
  open: [
    "What did you build there?",
    "Why did you leave that role?",
    "Could you walk me through your first month?",
    "Can you tell me about your role on that team?",
    "Would you mind explaining how the rollout went?",
    "Tell me about your last project.",
    "So, what happened next?",
    "Talk me through how the team decided.",
    "How did you get the stakeholders on board?",
  ],
  closed: [
    "Did you lead that team?",
    "Is that still in production?",
    "Have you worked remotely before?",
    "Can you start in March?",
    "Were you on call for it?",
    "Do you have any questions for me?",
    "Was it your decision?",
  ],
  leading: [
    "You enjoyed that part the most, right?",
    "That was the right call, wasn't it?",
    "Surely you checked with the customer first?",
    "I assume you were the lead on that?",
    "Wouldn't you agree the deadline was unrealistic?",
    "Don't you think the reorg made it harder?",
  ],
  behavioural: [
    "Tell me about a time you disagreed with your manager.",
    "Give me an example of a difficult stakeholder you won over.",
    "Can you describe a situation where you missed a deadline?",
    "Have you ever had to let someone go?",
    "What was the hardest decision you've made as a lead?",
  ],
  hypothetical: [
    "What would you do if a release went wrong on your first day?",
    "Imagine you inherit a team that missed every deadline: where do you start?",
    "How would you approach a stakeholder who keeps changing the scope?",
    "If you had to cut the budget by half, what goes first?",
    "Let's say two seniors disagree in public. How do you step in?",
  ],
  technical: [
    "How does Kafka handle consumer rebalancing?",
    "What's the time complexity of your approach?",
    "How did you shard the database?",
    "Tell me about your experience with Kubernetes.",
    "Why did the cache invalidation fail?",
  ],
  multi_part: [
    "What did you build, and how did you test it?",
    "How did you scale it? And what broke first?",
    "Why did you pick that vendor? Was it the team's call?",
    "Who was on the team and what was your part?",
  ],
};

describe("question classes, by phrasing family", () => {
  for (const [cls, phrasings] of Object.entries(FAMILIES))
    it(`${cls}: ${phrasings.length} phrasings`, () => {
      for (const text of phrasings) {
        const found = questionsIn(text);
        expect(found, text).toHaveLength(1);
        expect({ text, class: found[0]?.class }).toEqual({ text, class: cls });
        expect(found[0]?.rule.length).toBeGreaterThan(5);
      }
    });

  it("near misses: polite requests are open, questions about opinions are not leading, a leading 'Right,' opener is not a tag", () => {
    expect(classify("Could you walk me through the design?").class).toBe("open");
    expect(classify("Would you describe the outcome?").form).toBe("open");
    expect(classify("Can you start in March?").form).toBe("closed");
    expect(classify("What do you think about that approach?").class).toBe("open");
    expect(classify("Right, so what happened after the launch?").class).toBe("open");
    expect(classify("What would you say was your biggest contribution?").class).toBe("open");
  });

  it("a statement before a question is its context, not a second part", () => {
    expect(questionsIn("That sounds hard. What did you do next?")).toEqual([
      expect.objectContaining({ class: "open", text: "What did you do next?" }),
    ]);
    expect(questionsIn("Suppose the team disagrees with your design. How do you proceed?")[0]?.class).toBe(
      "hypothetical",
    );
  });

  it("statements are not questions", () => {
    for (const s of ["That sounds great.", "Thanks for explaining.", "I'll tell you about the team.", "Okay."])
      expect(isQuestionSentence(s), s).toBe(false);
    expect(questionsIn("Great, thanks. That's all from me.")).toEqual([]);
  });

  it("form: open invites an account, closed a yes/no or a fact", () => {
    expect(formOf("Which year did you join?")).toBe("closed");
    expect(formOf("How did it go?")).toBe("open");
    expect(formOf("Did it go well?")).toBe("closed");
  });
});
