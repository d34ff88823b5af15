import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { sortInsights, type Insight } from "../lib/analysis/insight";
import { DEFAULT_LANGUAGE, LANGUAGE_NAMES, LANGUAGES } from "../lib/language";
import { LocalAnalyzer } from "../lib/analysis/local-analyzer";
import { AnalysisClient } from "../lib/privacy/analysis-client";
import { buildWindow, segmentOfRef } from "../lib/privacy/analysis-window";
import { commandArgs, languageFlag } from "./args";
import { PseudonymMap } from "../lib/privacy/pseudonyms";
import { scrub } from "../lib/privacy/scrubber";
import { loadScrubLanguage } from "../lib/privacy/language-words";
import { cuesToSegments, parseTranscript } from "../lib/transcript/import";
import { SegmentSchema, type Segment } from "../lib/transcript/segment";

export const ANALYZE_HELP = `copilot analyze <transcript.(txt|vtt|srt|json)> [--lang code] [--interviewer name] [--candidate name] [--today date] [--offline] [--json]
  Runs the local analyzer over a transcript and prints the insights, high priority first. Unless
  --offline, the scrubbed transcript is also sent to the app's analysis route ($COPILOT_ANALYZE_URL,
  default http://localhost:3000/api/analyze) when it answers: the same one door out as in the app.
  JSON input: an array of segments or the JSON lines of "copilot transcribe --json".
  --lang         the interview's language: ${LANGUAGES.map((l) => `${l} (${LANGUAGE_NAMES[l].english})`).join(", ")};
                 default ${DEFAULT_LANGUAGE}. The local insights listen for it and their cards are written in it
  --interviewer  the interviewer's speaker label (default "Interviewer", else the first speaker)
  --today        judge claims as of this date (YYYY-MM-DD; default today)
  --json         one JSON object per insight: type (insight, question, fact_check, compliance, ...),
                 check (the local check that raised it), priority, title, content, segmentId
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
  const parsed = commandArgs("analyze", ANALYZE_HELP, args, {
    json: { type: "boolean" },
    offline: { type: "boolean" },
    interviewer: { type: "string" },
    candidate: { type: "string" },
    today: { type: "string" },
    lang: { type: "string" },
  });
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const language = languageFlag("analyze", ANALYZE_HELP, values.lang);
  if (typeof language === "number") return language;
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    process.stderr.write(ANALYZE_HELP);
    return 2;
  }
  const today = values.today ? new Date(`${values.today}T12:00:00Z`) : new Date();
  if (Number.isNaN(today.getTime())) throw new Error(`--today ${values.today}: not a date (YYYY-MM-DD)`);
  const flag = (name: "interviewer" | "candidate") => values[name];
  const segments = await loadSegments(file);
  // Without --interviewer the analyzer's own rule applies (Interviewer label, else the first speaker).
  const interviewer = flag("interviewer");
  const analyzer = new LocalAnalyzer({
    today,
    language,
    ...(interviewer ? { isInterviewer: (s: Segment) => s.speaker === interviewer } : {}),
  });
  const insights: Insight[] = segments.flatMap((s) => analyzer.analyze(s));

  if (!values.offline) {
    const session = new PseudonymMap(flag("candidate"));
    await loadScrubLanguage(language);
    const lines = segments.map((s) => ({
      id: s.id,
      line: `${scrub(s.speaker, session).scrubbed.text}: ${scrub(s.text, session, { language }).scrubbed.text}`,
    }));
    const { text, lastId, refs } = buildWindow(lines);
    const client = new AnalysisClient({
      endpoint: process.env.COPILOT_ANALYZE_URL ?? "http://localhost:3000/api/analyze",
      fetch,
      record: () => undefined,
    });
    try {
      const reply = await client.analyze({
        window: scrub(text, session, { language }).scrubbed,
        ...(language === "en" ? {} : { language }),
      });
      reply.insights.forEach(({ segment, ...m }, n) => {
        const segmentId = segmentOfRef(segment, refs, lastId ?? "");
        insights.push({
          ...m,
          title: session.reveal(m.title),
          content: session.reveal(m.content),
          id: `m${n}`,
          source: "model",
          segmentId,
          atMs: segments.find((s) => s.id === segmentId)?.startMs ?? 0,
        });
      });
    } catch (error) {
      process.stderr.write(`local insights only: ${(error as Error).message}\n`);
    }
  }
  const sorted = sortInsights(insights);
  for (const i of sorted) process.stdout.write(`${values.json ? JSON.stringify(i) : format(i)}\n`);
  return 0;
}
