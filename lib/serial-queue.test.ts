import { describe, expect, it } from "vitest";
import { SerialQueue } from "./serial-queue";

describe("SerialQueue", () => {
  it("runs steps in order, and a failed step neither blocks the next nor goes unreported", async () => {
    const errors: unknown[] = [];
    const ran: number[] = [];
    const queue = new SerialQueue((e) => errors.push(e));
    void queue.run(async () => {
      await new Promise((r) => setTimeout(r, 5));
      ran.push(1);
    });
    void queue.run(() => {
      throw new Error("addSegment failed");
    });
    void queue.run(() => {
      ran.push(3);
    });
    await queue.idle();
    expect(ran).toEqual([1, 3]);
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe("addSegment failed");
  });
});
