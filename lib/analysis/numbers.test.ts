import { describe, expect, it } from "vitest";
import { durationMinutes, parseNumber } from "./numbers";

describe("parseNumber", () => {
  it("reads digits and spoken numbers", () => {
    expect(parseNumber("15")).toBe(15);
    expect(parseNumber("2,000,000")).toBe(2_000_000);
    expect(parseNumber("1.5k")).toBe(1500);
    expect(parseNumber("fifteen")).toBe(15);
    expect(parseNumber("twenty-five")).toBe(25);
    expect(parseNumber("two hundred")).toBe(200);
    expect(parseNumber("three thousand five hundred")).toBe(3500);
    expect(parseNumber("banana")).toBeNull();
  });
  it("converts durations to minutes", () => {
    expect(durationMinutes(2, "hours")).toBe(120);
    expect(durationMinutes(15, "minutes")).toBe(15);
    expect(durationMinutes(3, "parsecs")).toBeNull();
  });
});
