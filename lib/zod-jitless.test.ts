import { describe, expect, it } from "vitest";

describe("zod-jitless", () => {
  it("makes Zod parse without generated code, set before Zod loads", async () => {
    await import("./zod-jitless");
    const { z } = await import("zod");
    expect(z.config().jitless).toBe(true);
    // A parse with it set must not reach `new Function` (the page's CSP forbids it).
    const original = globalThis.Function;
    let compiled = 0;
    globalThis.Function = new Proxy(original, {
      construct(target, args) {
        compiled += 1;
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      const schema = z.object({ a: z.string(), b: z.number().int(), c: z.array(z.object({ d: z.boolean() })) });
      expect(schema.parse({ a: "x", b: 1, c: [{ d: true }] })).toEqual({ a: "x", b: 1, c: [{ d: true }] });
    } finally {
      globalThis.Function = original;
    }
    expect(compiled).toBe(0);
  });
});
