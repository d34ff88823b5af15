import { describe, expect, it } from "vitest";
import { AnalysisClient, type OutboundRecord } from "./analysis-client";
import { PseudonymMap } from "./pseudonyms";
import { scrub, type ScrubbedText } from "./scrubber";

function harness() {
  const sent: { url: string; body: string }[] = [];
  const log: OutboundRecord[] = [];
  const client = new AnalysisClient({
    endpoint: "http://localhost/api/analyze",
    fetch: (async (url: string, init: RequestInit) => {
      sent.push({ url, body: String(init.body) });
      const insight = { type: "question", priority: "high", title: "Probe", content: "Ask [CANDIDATE] how." };
      const forwarded = [{ destination: "http://model.test/v1/chat/completions", body: '{"model":"m"}' }];
      return new Response(`${JSON.stringify({ insight })}\n${JSON.stringify({ done: true, forwarded })}\n`);
    }) as typeof fetch,
    record: (r) => void log.push(r),
  });
  return { client, sent, log };
}

describe("AnalysisClient, the one door out", () => {
  it("refuses unscrubbed text at runtime, even when the type system is bypassed, and sends nothing", async () => {
    const { client, sent, log } = harness();
    const raw = "My SSN is 123-45-6789 and I'm Marta Ruiz";
    const forged = [raw, { text: raw }, Object.freeze({ text: raw })] as unknown as ScrubbedText[];
    for (const window of forged) {
      await expect(client.analyze({ window })).rejects.toMatchObject({ code: "unscrubbed_text" });
    }
    const { scrubbed } = scrub("fine", new PseudonymMap());
    await expect(
      client.analyze({ window: scrubbed, role: "Staff engineer" as unknown as ScrubbedText }),
    ).rejects.toMatchObject({
      code: "unscrubbed_text",
    });
    expect(sent).toEqual([]);
    expect(log).toEqual([]);
  });

  it("sends scrubbed text and logs exactly the body that left", async () => {
    const { client, sent, log } = harness();
    const session = new PseudonymMap("Marta Ruiz");
    const { scrubbed } = scrub("Marta Ruiz here, marta@example.com, SSN 123-45-6789.", session);
    const reply = await client.analyze({ window: scrubbed });
    expect(sent).toHaveLength(1);
    expect(sent[0]?.body).not.toMatch(/Marta|marta@example|123-45-6789/);
    // Both hops: what the device posted, then what the server forwarded to the model host.
    expect(log.map((l) => l.body)).toEqual([sent[0]?.body, '{"model":"m"}']);
    expect(log.map((l) => l.destination)).toEqual([
      "http://localhost/api/analyze",
      "http://model.test/v1/chat/completions",
    ]);
    expect(session.reveal(reply.insights[0]?.content ?? "")).toBe("Ask Marta Ruiz how.");
  });
});
