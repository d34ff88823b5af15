import { describe, expect, it } from "vitest";
import { PseudonymMap } from "./pseudonyms";
import { isScrubbed, scrub } from "./scrubber";

describe("scrub", () => {
  it("gives consistent session pseudonyms: candidate, other people, first names, possessives", () => {
    const session = new PseudonymMap("Marta Ruiz-López");
    const a = scrub("Hi Marta, I'm Dana Whitfield. Marta's résumé mentions Go.", session);
    expect(a.scrubbed.text).toBe("Hi [CANDIDATE], I'm [PERSON_1]. [CANDIDATE]'s résumé mentions Go.");
    const b = scrub("Dana asked Ruiz-López about Kafka; priya@x.io and dana@y.io wrote.", session);
    expect(b.scrubbed.text).toBe("[PERSON_1] asked [CANDIDATE] about Kafka; [EMAIL_1] and [EMAIL_2] wrote.");
    expect(scrub("again priya@x.io", session).scrubbed.text).toBe("again [EMAIL_1]");
  });

  it("reports entities with original offsets, and reveals real values on the device", () => {
    const session = new PseudonymMap("Sam Patel");
    const text = "Call Sam on (415) 555-0134.";
    const { scrubbed, entities } = scrub(text, session);
    expect(entities.map((e) => [e.category, text.slice(e.start, e.end), e.pseudonym])).toEqual([
      ["person", "Sam", "[CANDIDATE]"],
      ["phone", "(415) 555-0134", "[PHONE_1]"],
    ]);
    expect(session.reveal(scrubbed.text)).toBe("Call Sam Patel on (415) 555-0134.");
  });

  it("keeps employers, schools, places and technologies by default, and scrubs per policy", () => {
    const text = "I worked at Stripe in Dublin after Stanford, mostly in Rust.";
    expect(scrub(text, new PseudonymMap()).scrubbed.text).toBe(text);
    const noPeople = scrub("Email Dana Whitfield at dana@y.io", new PseudonymMap(), { policy: { scrub: ["email"] } });
    expect(noPeople.scrubbed.text).toBe("Email Dana Whitfield at [EMAIL_1]");
  });

  it("only its own results count as scrubbed", () => {
    expect(isScrubbed(scrub("x", new PseudonymMap()).scrubbed)).toBe(true);
    expect(isScrubbed({ text: "x" })).toBe(false);
    expect(isScrubbed("x")).toBe(false);
  });
});

describe("pseudonym maps saved in the vault", () => {
  it("a restored map keeps its tokens and numbers new values after the old ones", () => {
    const map = new PseudonymMap("Marta Ruiz");
    const first = scrub("I worked with Priya Natarajan, mail priya@example.com.", map).scrubbed.text;
    const restored = PseudonymMap.fromJSON(JSON.parse(JSON.stringify(map.toJSON())));
    expect(scrub("I worked with Priya Natarajan, mail priya@example.com.", restored).scrubbed.text).toBe(first);
    expect(scrub("Marta said hi", restored).scrubbed.text).toBe("[CANDIDATE] said hi");
    expect(scrub("Write to other@example.org", restored).scrubbed.text).toBe("Write to [EMAIL_2]");
  });
});
