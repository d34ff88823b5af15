import { describe, expect, it } from "vitest";
import { formatClock, markdownText, toJson, toMarkdown } from "./exports";
import { SessionDataSchema, type SessionData } from "./model";

const data: SessionData = SessionDataSchema.parse({
  info: {
    id: "s1",
    candidate: "Marta Ruiz-López",
    role: "Data engineer",
    questionPlan: ["Kafka experience"],
    createdAt: Date.UTC(2026, 10, 22, 9, 0),
    endedAt: Date.UTC(2026, 10, 22, 9, 42, 5),
    retentionMs: 86_400_000,
  },
  segments: [
    {
      id: "a",
      channel: "mic",
      speaker: "Interviewer",
      startMs: 1000,
      endMs: 3000,
      text: "How did you scale Kafka?",
      confidence: 1,
      final: true,
    },
    {
      id: "b",
      channel: "mic",
      speaker: "Candidate",
      startMs: 65_000,
      endMs: 70_000,
      text: "We added   partitions.",
      confidence: 1,
      final: true,
    },
  ],
  insights: [
    {
      id: "i1",
      type: "question",
      priority: "high",
      title: "Ask for numbers",
      content: "How many?",
      source: "local",
      segmentId: "b",
      atMs: 65_000,
      flags: { asked: true },
    },
    {
      id: "i2",
      type: "insight",
      priority: "low",
      title: "Dismissed one",
      content: "x",
      source: "model",
      segmentId: "b",
      atMs: 65_000,
      flags: { dismissed: true },
    },
  ],
  notes: [{ id: "n1", kind: "note", atMs: 66_000, text: "Good depth" }],
  plan: [{ item: "Kafka experience", covered: true }],
});

describe("plain exports", () => {
  it("Markdown has the setup, plan, insights (not dismissed ones), notes and the transcript in order", () => {
    const md = toMarkdown(data);
    expect(md).toContain("# Interview: Marta Ruiz-López for Data engineer");
    expect(md).toContain("- Duration: 42:05");
    expect(md).toContain("- [x] Kafka experience");
    expect(md).toContain("**Ask for numbers** (question, 1:05, asked, high priority): How many?");
    expect(md).not.toContain("Dismissed one");
    expect(md).toContain("- 1:06 Good depth");
    expect(md.indexOf("How did you scale Kafka?")).toBeLessThan(md.indexOf("We added partitions."));
  });

  it("JSON round-trips through the session schema", () => {
    expect(SessionDataSchema.parse(JSON.parse(toJson(data)))).toEqual(data);
  });

  it("formats clock times", () => {
    expect(formatClock(0)).toBe("0:00");
    expect(formatClock(65_400)).toBe("1:05");
    expect(formatClock(3_725_000)).toBe("1:02:05");
  });

  it("keeps model and candidate text as text in Markdown: links dropped, markup escaped", () => {
    expect(markdownText("See [the docs](https://evil.example/x) or https://evil.example/y now")).toBe(
      "See the docs or \\[link removed\\] now",
    );
    const html = markdownText("![pixel](https://tracker.example/p.gif)<img src=x onerror=alert(1)>");
    expect(html).not.toMatch(/https?:|(^|[^\\])<img/);
    expect(html).toContain("\\<img");
    expect(markdownText("**bold** _it_ `code` # not a heading")).toBe(
      "\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\# not a heading",
    );
    expect(markdownText("We cut p99 latency by 40% in Q3.")).toBe("We cut p99 latency by 40% in Q3.");
  });
});

describe("the debrief in the exports", () => {
  const rated: SessionData = {
    ...data,
    info: {
      ...data.info,
      scorecard: {
        ratings: [{ competency: "Kafka experience", rating: 3, note: "Solid on partitions." }],
        recommendation: "Move to the system design round.",
        updatedAt: 1,
      },
    },
  };

  it("Markdown carries every figure with its explanation, and the scorecard with the interviewer's ratings", () => {
    const md = toMarkdown(rated);
    expect(md).toContain("## Debrief");
    expect(md).toContain("- Interviewer: talk share: 29%. Interviewer spoke 2.0 s of all talk time, 29%.");
    expect(md).toContain("### Kafka experience: Yes");
    expect(md).toContain("Solid on partitions.");
    expect(md).toContain("**Recommendation:** Move to the system design round.");
    expect(md).toContain("does not rate candidates");
  });

  it("JSON names its format and version and adds the analytics and the draft to the session", () => {
    const json = JSON.parse(toJson(rated));
    expect(json).toMatchObject({ format: "interview-copilot.session", version: 2 });
    expect(json.analytics.speakers.Candidate.talkShare).toBeCloseTo(5 / 7);
    expect(json.analytics.questions[0]).toMatchObject({ text: "How did you scale Kafka?", segmentId: "a" });
    expect(json.summary.competencies[0].competency).toBe("Kafka experience");
    expect(SessionDataSchema.parse(json).info.scorecard?.recommendation).toBe("Move to the system design round.");
  });

  it("Markdown and JSON carry the model's summary when there is one, with its times and no ratings", () => {
    const summarised: SessionData = {
      ...data,
      info: {
        ...data.info,
        modelSummary: {
          createdAt: 5,
          requests: 3,
          overview: [{ fromMs: 1_000, toMs: 70_000, text: "Covered Kafka scaling." }],
          competencies: [
            {
              competency: "Kafka experience",
              for: [{ segmentId: "b", atMs: 65_000, point: "Added partitions to scale." }],
              against: [],
              open: ["How were consumers rebalanced?"],
            },
          ],
        },
      },
    };
    const md = toMarkdown(summarised);
    expect(md).toContain("## Summary by the language model");
    expect(md).toContain("in 3 requests");
    expect(md).toContain("- 0:01–1:10: Covered Kafka scaling.");
    expect(md).toContain("- For (1:05): Added partitions to scale.");
    expect(md).toContain("- Open: How were consumers rebalanced?");
    expect(toMarkdown(data)).not.toContain("Summary by the language model");
    const json = JSON.parse(toJson(summarised));
    expect(SessionDataSchema.parse(json).info.modelSummary?.competencies[0]?.for[0]?.segmentId).toBe("b");
  });
});
