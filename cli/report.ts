import type { Language } from "../lib/language";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { analyzeInterview, type InterviewAnalytics } from "../lib/analytics/analyze";
import { localSummary, type LocalSummary } from "../lib/analytics/summary";
import { SessionDataSchema, type SessionData, type StoredInsight } from "../lib/session/model";
import { cuesToSegments, parseTranscript } from "../lib/transcript/import";
import { SegmentSchema, type Segment } from "../lib/transcript/segment";
import { commandArgs } from "./args";

export const REPORT_HELP = `copilot report <transcript.(vtt|srt)|session.json> [--interviewer name] [--plan file] [--job file] [--json]
  Conversation analytics and the local summary for one interview, on this machine, with the same code
  as the app's debrief: talk share, words per minute and longest monologue per speaker; the
  interviewer's questions classified (open, closed, leading, multi-part, behavioural, hypothetical,
  technical) with the rule that decided; think time and answer length; interruptions; plan coverage
  with time per topic; job-description skills never discussed; follow-up uptake; and per competency
  the evidence for and against, each a quote with its segment.
  Input: a WebVTT or SRT transcript with times, or a session exported from the app as JSON (its plan,
  job description and cards are used).
  --plan   a file with the question plan, one topic per line (for a transcript)
  --job    a file with the job description (for a transcript)
  --json   {"analytics": {...}, "summary": {...}}: analytics.speakers.<label>.talkShare (0-1),
           .longestMonologueMs, analytics.questions[] {text, class, segmentId, ...},
           analytics.interruptions[], analytics.version
`;

interface Loaded {
  segments: Segment[];
  plan: string[];
  jobDescription: string;
  insights: StoredInsight[];
  /** A session export's language; other inputs are read as English. */
  language?: Language;
}

async function load(file: string): Promise<Loaded> {
  const content = await readFile(file, "utf8");
  if (path.extname(file).toLowerCase() === ".json" || content.trimStart().startsWith("{")) {
    let raw: unknown;
    try {
      raw = JSON.parse(content);
    } catch (error) {
      throw new Error(`${file} is not JSON (${(error as Error).message})`);
    }
    const segmentsOnly = z.array(SegmentSchema).safeParse(raw);
    if (segmentsOnly.success) return { segments: segmentsOnly.data, plan: [], jobDescription: "", insights: [] };
    const session = SessionDataSchema.safeParse(raw);
    if (!session.success)
      throw new Error(
        `${file} is neither a session export nor a list of segments: ${session.error.issues[0]?.message}`,
      );
    const data: SessionData = session.data;
    return {
      segments: data.segments,
      plan: data.info.questionPlan,
      jobDescription: data.info.jobDescription,
      insights: data.insights,
      language: data.info.language,
    };
  }
  return {
    segments: cuesToSegments(parseTranscript(path.basename(file), content), "t"),
    plan: [],
    jobDescription: "",
    insights: [],
  };
}

const clock = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

function text(a: InterviewAnalytics, summary: LocalSummary): string {
  const out: string[] = [
    `Interview: ${clock(a.durationMs)}, interviewer ${a.interviewer ?? "?"}, candidate ${a.candidate ?? "?"}`,
    "",
  ];
  out.push("Speakers");
  for (const [label, s] of Object.entries(a.speakers))
    out.push(
      `  ${label} (${s.role}): ${Math.round(s.talkShare * 100)}% of talk, ${s.wordsPerMinute} words/min, longest monologue ${clock(s.longestMonologueMs)}`,
    );
  out.push("", `Questions (${a.questions.length})`);
  for (const q of a.questions)
    out.push(
      `  @${clock(q.atMs)} [${q.class}] ${q.text}${q.answer ? ` (think ${(q.answer.thinkTimeMs / 1000).toFixed(1)} s, answer ${clock(q.answer.answerMs)})` : ""}\n      ${q.rule}`,
    );
  out.push("", `Interruptions: ${a.interruptions.length}`);
  for (const i of a.interruptions)
    out.push(`  @${clock(i.atMs)} ${i.interrupter} cut in on ${i.interrupted} (${i.kind})`);
  if (a.plan.length) {
    out.push("", "Question plan");
    for (const p of a.plan)
      out.push(`  [${p.covered ? "x" : " "}] ${p.item}${p.covered ? ` (${clock(p.timeMs)})` : ""}`);
  }
  if (a.missedTopics.length) out.push("", `Never discussed from the job description: ${a.missedTopics.join(", ")}`);
  if (a.followUps.shown)
    out.push(
      "",
      `Suggested follow-ups: ${a.followUps.shown} shown, ${a.followUps.asked} asked, ${a.followUps.dismissed} dismissed`,
    );
  out.push("", "Figures");
  for (const f of a.figures) out.push(`  ${f.label}: ${f.explanation}`);
  out.push("", "Scorecard draft", `  ${summary.notice}`);
  for (const c of summary.competencies) {
    out.push(`  ${c.competency}`);
    for (const e of c.for) out.push(`    + @${clock(e.atMs)} "${e.quote}" (${e.why})`);
    for (const e of c.against) out.push(`    - @${clock(e.atMs)} "${e.quote}" (${e.why})`);
    for (const o of c.open) out.push(`    ? ${o}`);
  }
  return `${out.join("\n")}\n`;
}

export async function reportCommand(args: string[]): Promise<number> {
  const parsed = commandArgs("report", REPORT_HELP, args, {
    json: { type: "boolean" },
    interviewer: { type: "string" },
    plan: { type: "string" },
    job: { type: "string" },
  });
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const file = positionals[0];
  if (!file || positionals.length > 1) {
    process.stderr.write(REPORT_HELP);
    return 2;
  }
  const input = await load(file);
  const plan = values.plan
    ? (await readFile(values.plan, "utf8"))
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean)
    : input.plan;
  const jobDescription = values.job ? await readFile(values.job, "utf8") : input.jobDescription;
  const analytics = analyzeInterview({
    segments: input.segments,
    questionPlan: plan,
    jobDescription,
    insights: input.insights,
    interviewer: values.interviewer,
    language: input.language,
  });
  const summary = localSummary(input.segments, analytics, input.insights, jobDescription, input.language);
  process.stdout.write(values.json ? `${JSON.stringify({ analytics, summary }, null, 2)}\n` : text(analytics, summary));
  return 0;
}
