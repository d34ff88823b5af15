/**
 * Structured identifiers as people say them, and the numbers that only look like them. The negative
 * cases came first: each was a false positive of the earlier patterns.
 */
import { describe, expect, it } from "vitest";
import { PseudonymMap } from "./pseudonyms";
import { scrub } from "./scrubber";

const scrubbed = (text: string) => scrub(text, new PseudonymMap()).scrubbed.text;
const categories = (text: string) => scrub(text, new PseudonymMap()).entities.map((e) => e.category);

describe("numbers that are not identifiers survive", () => {
  it.each([
    "we went from 2016 2017 2018 to 2019 on the same stack",
    "from 2015, 2016 through 2020 I ran the platform team",
    "p99 went 450 380 320 ms after the cache",
    "throughput went 800, 950, 1100 per node as we tuned it",
    "1200 1500 1800 requests per second at peak",
    "it ran on EC2 4GB instances, later r6g.2xlarge",
    "the rewrite didn't pan out",
    "we pinned version 10.0.0.1 of the SDK",
    "I upgraded to 1.2.3.4 last week",
    "we met at the stripe dot com offices",
    "I was at google dot com for three years",
    "we used the 2023-11-01 snapshot of the model",
    "revenue grew to $150,000 a month, 30 000 users",
    "5 miles down the road, and a 4 hard drive array",
    "the H100 80GB cards and 10 Gbps links",
  ])("%s", (text) => {
    expect(scrubbed(text)).toBe(text);
  });
});

describe("identifiers in speech are found", () => {
  it.each([
    ["my email is dana dot w at proton dot me", "email"],
    ["it's k dash lee at outlook dot com", "email"],
    ["mail me at mark at gmail dot com", "email"],
    ["my github is github dot com slash dwhit", "profile"],
    ["my handle is at dwhit on twitter", "profile"],
    ["my site is danawhitfield dot dev", "profile"],
    ["call me on oh seven seven double oh nine one one two three four", "phone"],
    ["my number is nine eight two triple five four three two one", "phone"],
    ["six five oh, two two one, four four nine eight, that's my cell", "phone"],
    ["you can reach me on +91 98765 43210", "phone"],
    ["i live at twenty two elm street apartment 3b", "address"],
    ["Calle de Alcalá 45, 28014 Madrid", "address"],
    ["my postcode is SW1A 1AA", "address"],
    ["the zip code is nine four one oh seven", "address"],
    ["I was born on the fourteenth of march nineteen ninety", "dob"],
    ["date of birth is oh four slash twelve slash ninety one", "dob"],
    ["my social is one two three, four five, six seven eight nine", "ssn"],
    ["card number five five five five, five five five five, five five five five, four four four four", "card"],
    ["my home server is 192.168.1.20", "ip"],
  ])("%s", (text, category) => {
    expect(categories(text)).toContain(category);
  });

  it("takes the whole address, city and postcode, so no fragment is left", () => {
    expect(scrubbed("I live at 48 Baker Street, London NW1 6XE.")).toBe("I live at [ADDRESS_1].");
  });

  it("a person at a company is not an e-mail: hired by khalid at noon dot com", () => {
    expect(scrubbed("i was hired by khalid al-mansouri at noon dot com")).toBe(
      "i was hired by [PERSON_1] at noon dot com",
    );
  });
});
