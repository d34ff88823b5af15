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

  it("call hands each step's result or failure to its caller, in order, and the next step still runs", async () => {
    const queue = new SerialQueue();
    const order: string[] = [];
    const first = queue.call(async () => {
      await new Promise((r) => setTimeout(r, 5));
      order.push("first");
      return 1;
    });
    const failing = queue.call(async () => {
      order.push("failing");
      throw new Error("inference failed");
    });
    const third = queue.call(() => {
      order.push("third");
      return "three";
    });
    await expect(first).resolves.toBe(1);
    await expect(failing).rejects.toThrow("inference failed");
    await expect(third).resolves.toBe("three");
    expect(order).toEqual(["first", "failing", "third"]);
  });
});
