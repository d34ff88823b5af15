/** The rooms stay small (#12): no file in app/live/ or workers/ over 250 lines. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const MAX_LINES = 250;

describe("file sizes", () => {
  for (const dir of ["app/live", "workers"])
    it(`${dir}: every file at most ${MAX_LINES} lines`, () => {
      const files = readdirSync(path.join(ROOT, dir)).filter((f) => /\.tsx?$/.test(f));
      expect(files.length).toBeGreaterThan(3);
      const over = files
        .map((f) => [f, readFileSync(path.join(ROOT, dir, f), "utf8").split("\n").length - 1] as const)
        .filter(([, lines]) => lines > MAX_LINES);
      expect(over).toEqual([]);
    });
});
