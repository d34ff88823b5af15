import { describe, expect, it } from "vitest";
import { normalizeSpoken } from "./spoken";

describe("normalizeSpoken: the written form of what was said", () => {
  it.each([
    ["dana dot w at proton dot me", "dana.w at proton.me"],
    ["priya underscore n at the rate yahoo dot co dot in", "priya_n at yahoo.co.in"],
    ["linkedin dot com slash in slash priya dash n", "linkedin.com/in/priya-n"],
    ["oh seven seven double oh nine one one two three four", "07700911234"],
    ["plus four four seven seven triple oh", "+4477000"],
    ["call me at 415 555 oh one three four", "call me at 415 555 0134"],
    ["twenty two elm street", "22 elm street"],
    ["the fourteenth of march nineteen ninety", "the 14th of march 1990"],
    ["the twenty first of may two thousand and five", "the 21st of may 2005"],
    ["oh four slash twelve slash ninety one", "04/12/91"],
    ["twelve hundred requests", "1200 requests"],
  ])("%s -> %s", (said, written) => {
    expect(normalizeSpoken(said).text).toBe(written);
  });

  it("leaves interjections and ordinary words alone", () => {
    expect(normalizeSpoken("oh, I see. it was a dot on the map").text).toBe("oh, I see. it was a dot on the map");
  });

  it("maps every written range back to the words it came from", () => {
    const said = "reach me on four one five, five five five, zero one three four please";
    const form = normalizeSpoken(said);
    const start = form.text.indexOf("415");
    const end = form.text.indexOf("0134") + 4;
    const back = form.toOriginal(start, end);
    expect(said.slice(back.start, back.end)).toBe("four one five, five five five, zero one three four");
  });
});
