import { describe, expect, it } from "vitest";
import knowledge from "./data/technologies.json";
import { KnowledgeSchema } from "./knowledge-schema";
import { KNOWLEDGE, technologies, releaseDate } from "./tech-dictionary";

const KINDS = new Set([
  "language",
  "framework",
  "library",
  "runtime",
  "database",
  "cloud-service",
  "devops-tool",
  "platform",
  "ai-model",
  "ai-tool",
  "feature",
  "protocol",
  "os",
  "other",
]);

describe("the dated knowledge base", () => {
  it("matches its schema (checked here, not at every start)", () => {
    const parsed = KnowledgeSchema.safeParse(knowledge);
    expect(parsed.error?.issues.slice(0, 3) ?? []).toEqual([]);
    expect(KnowledgeSchema.safeParse([{ ...knowledge[0], released: "soon" }]).success).toBe(false);
  });

  it("has several hundred entries, each with a first public release, a kind and a source", () => {
    expect(KNOWLEDGE.length).toBeGreaterThanOrEqual(300);
    for (const k of KNOWLEDGE) {
      const [year = "0", month] = k.released.split("-");
      expect(Number(year), k.name).toBeGreaterThanOrEqual(1950);
      expect(Number(year), k.name).toBeLessThanOrEqual(2026);
      if (month) expect(Number(month), k.name).toBeGreaterThanOrEqual(1);
      if (month) expect(Number(month), k.name).toBeLessThanOrEqual(12);
      expect(KINDS.has(k.kind), `${k.name}: ${k.kind}`).toBe(true);
      expect(k.source, k.name).toMatch(/^https:\/\//);
    }
  });

  it("names every technology once: no alias belongs to two entries", () => {
    const seen = new Map<string, string>();
    for (const t of technologies()) {
      for (const form of [t.name, ...t.aliases].map((f) => f.toLowerCase())) {
        expect(seen.get(form) ?? t.name, `${form}: ${seen.get(form)} and ${t.name}`).toBe(t.name);
        seen.set(form, t.name);
      }
    }
  });

  it("dates the features and services the judgement issue names", () => {
    for (const name of [
      "Next.js App Router",
      "React Hooks",
      "Swift",
      "ChatGPT",
      "LangChain",
      "AWS Lambda",
      "Vite",
      "Bun",
      "Deno",
      "Playwright",
      "Tailwind CSS",
    ]) {
      const tech = technologies().find((t) => t.name === name || t.aliases.includes(name));
      expect(tech && releaseDate(tech), name).toBeTruthy();
    }
  });
});
