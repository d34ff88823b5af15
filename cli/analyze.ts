import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { sortInsights, type Insight } from "../lib/analysis/insight";
import { LocalAnalyzer } from "../lib/analysis/local-analyzer";
import { AnalysisClient } from "../lib/privacy/analysis-client";
import { buildWindow } from "../lib/privacy/analysis-window";
import { PseudonymMap } from "../lib/privacy/pseudonyms";
import { scrub } from "../lib/privacy/scrubber";
import { cuesToSegments, parseTranscript } from "../lib/transcript/import";
import { SegmentSchema, type Segment } from "../lib/transcript/segment";

export const ANALYZE_HELP = `copilot analyze <transcript.(txt|vtt|srt|json)> [--interviewer name] [--candidate name] [--offline] [--json]
  Runs the local analyzer over a transcript and prints the insights, high priority first. Unless
  --offline, the scrubbed transcript is also sent to the app's analysis route ($COPILOT_ANALYZE_URL,
  default http://localhost:3000/api/analyze) when it answers: the same one door out as in the app.
  JSON input: an array of segments or the JSON lines of "copilot transcribe --json".
  --interviewer  the interviewer's speaker label (default "Interviewer", else the first speaker)
`;

async function loadSegments(file: string): Promise<Segment[]> {
  const content = await readFile(file, "utf8");
  if (
    path.extname(file).toLowerCase() === ".json" ||
    content.trimStart().startsWith("{") ||
    content.trimStart().startsWith("[")
  ) {
    const trimmed = content.trim();
    const raw: unknown = trimmed.startsWith("[")
      ? JSON.parse(trimmed)
      : trimmed.split("\n").map((l) => JSON.parse(l) as unknown);
    return z.array(SegmentSchema).parse(raw);
  }
  return cuesToSegments(parseTranscript(path.basename(file), content), "t");
}

function format(i: Insight): string {
  const s = Math.floor(i.atMs / 1000);
  return `[${i.priority.toUpperCase()}] ${i.type} @${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")} (${i.source}) ${i.title}: ${i.content}`;
}

export async function analyzeCommand(args: string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(ANALYZE_HELP);
    return 0;
  }
  const valueFlags = new Set(["--interviewer", "--candidate"]);
  const file = args.find((a, i) => !a.startsWith("--") && !valueFlags.has(args[i - 1] ?? ""));
  if (!file) {
    process.stderr.write(ANALYZE_HELP);
    return 2;
  }
  const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const segments = await loadSegments(file);
  // Without --interviewer the analyzer's own rule applies (Interviewer label, else the first speaker).
  const interviewer = flag("--interviewer");
  const analyzer = new LocalAnalyzer(interviewer ? { isInterviewer: (s) => s.speaker === interviewer } : {});
  const insights: Insight[] = segments.flatMap((s) => analyzer.analyze(s));

  if (!args.includes("--offline")) {
    const session = new PseudonymMap(flag("--candidate"));
    const lines = segments.map((s) => ({
      id: s.id,
      line: `${scrub(s.speaker, session).scrubbed.text}: ${scrub(s.text, session).scrubbed.text}`,
    }));
    const { text, lastId } = buildWindow(lines);
    const client = new AnalysisClient({
      endpoint: process.env.COPILOT_ANALYZE_URL ?? "http://localhost:3000/api/analyze",
      fetch,
      record: () => undefined,
    });
    try {
      const reply = await client.analyze({ window: scrub(text, session).scrubbed });
      const last = segments.find((s) => s.id === lastId);
      reply.insights.forEach((m, n) =>
        insights.push({
          ...m,
          title: session.reveal(m.title),
          content: session.reveal(m.content),
          id: `m${n}`,
          source: "model",
          segmentId: lastId ?? "",
          atMs: last?.startMs ?? 0,
        }),
      );
    } catch (error) {
      process.stderr.write(`local insights only: ${(error as Error).message}\n`);
    }
  }
  const sorted = sortInsights(insights);
  for (const i of sorted) process.stdout.write(`${args.includes("--json") ? JSON.stringify(i) : format(i)}\n`);
  return 0;
}
