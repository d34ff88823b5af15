import { describe, expect, it } from "vitest";
import { durationMinutes } from "./numbers";

describe("durationMinutes", () => {
  it("converts durations to minutes", () => {
    expect(durationMinutes(2, "hours")).toBe(120);
    expect(durationMinutes(15, "minutes")).toBe(15);
    expect(durationMinutes(3, "parsecs")).toBeNull();
  });
});
