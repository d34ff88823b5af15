import { describe, expect, it } from "vitest";
import { PseudonymMap } from "./pseudonyms";
import { scrub } from "./scrubber";

const scrubbed = (text: string, session = new PseudonymMap()) => scrub(text, session).scrubbed.text;

describe("names as a speech model writes them", () => {
  it.each([
    ["my name is dana whitfield", "my name is [PERSON_1]"],
    ["i'm kwame asante, i lead the data team", "i'm [PERSON_1], i lead the data team"],
    ["thanks, maria.", "thanks, [PERSON_1]."],
    ["me and jorge rebuilt it", "me and [PERSON_1] rebuilt it"],
    ["my manager raj patel pushed for it", "my manager [PERSON_1] pushed for it"],
    ["Grace Park was my manager", "[PERSON_1] was my manager"],
    ["Hope Williams hired me", "[PERSON_1] hired me"],
    ["kim min-jun and i wrote the proposal", "[PERSON_1] and i wrote the proposal"],
    ["nguyen thi mai owned the rollout", "[PERSON_1] owned the rollout"],
  ])("%s", (text, expected) => {
    expect(scrubbed(text)).toBe(expected);
  });

  it.each([
    "i'm excited about the role",
    "this is kafka streams, mostly",
    "with grpc and nginx in front",
    "we handled it with grace under pressure",
    "I relocated from São Paulo to Kraków in 2021.",
    "We had an outage on Christmas Eve and I was on call.",
    "Amazon Alexa skills, and a bit of Google Assistant",
    "my lead gave me a pat on the back",
    "the victor in that bake-off was postgres",
    "qwen and phi were the small models we tested",
  ])("leaves ordinary words: %s", (text) => {
    expect(scrubbed(text)).toBe(text);
  });

  it("a wrongly taken phrase never spreads: Computer Science, then computer vision", () => {
    const session = new PseudonymMap();
    scrubbed("I studied Computer Science at Stanford.", session);
    expect(scrubbed("now I work on computer vision and computer graphics", session)).toBe(
      "now I work on computer vision and computer graphics",
    );
  });

  it("a candidate named Will: every later 'I will' stays, the name goes", () => {
    const session = new PseudonymMap("Will Turner");
    expect(scrubbed("I will migrate it. Will we ship? Then Will joined.", session)).toBe(
      "I will migrate it. Will we ship? Then [CANDIDATE] joined.",
    );
  });

  it("the interviewer's greeting teaches the session the candidate's name", () => {
    const session = new PseudonymMap();
    expect(scrub("hi priya, thanks for joining", session, { isInterviewer: true }).scrubbed.text).toBe(
      "hi [CANDIDATE], thanks for joining",
    );
    expect(scrubbed("so priya, what happened next? Priya said it was fine.", session)).toBe(
      "so [CANDIDATE], what happened next? [CANDIDATE] said it was fine.",
    );
  });

  it("a greeting by the candidate does not make the interviewer the candidate", () => {
    const session = new PseudonymMap();
    scrub("hi dana, nice to meet you", session, { isInterviewer: false });
    expect(session.hasCandidate()).toBe(false);
  });
});
