/**
 * Plain exports of a session (explicit choices in the UI, with a warning: they are not encrypted).
 * Markdown for reading and pasting into a hiring system; JSON for tools (the session data schema).
 */
import { sortInsights } from "../analysis/insight";
import { analyzeInterview } from "../analytics/analyze";
import { figureValue } from "../analytics/format";
import { localSummary, NO_RATING_NOTICE } from "../analytics/summary";
import { formatClock } from "./clock";
import { consentSummary } from "./consent";
import { ratingLabel } from "./scorecard";
import type { ModelSummary } from "../analytics/model-summary";
import type { SessionData } from "./model";

export { formatClock } from "./clock";

const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Text that must stay text in Markdown (a model's words, a candidate's): links are dropped (their label
 * kept, a bare address replaced), and every character Markdown or HTML would act on is escaped, so an
 * export opened in a renderer shows no link, image, HTML or formatting that nobody wrote on purpose.
 */
export function markdownText(text: string): string {
  return oneLine(text)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\b(?:https?|ftp|file|javascript|data):\/?\/?[^\s)]+/gi, "[link removed]")
    .replace(/\bwww\.[^\s)]+/gi, "[link removed]")
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=]{3,})/, "$1\\$2");
}

const utcMinute = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function toMarkdown(data: SessionData): string {
  const { info } = data;
  const debrief = debriefOf(data);
  // The stored plan ticks, else the plan coverage worked out from the transcript.
  const plan = data.plan.length ? data.plan : debrief.analytics.plan.map((p) => ({ item: p.item, covered: p.covered }));
  const out: string[] = [];
  out.push(
    `# Interview: ${markdownText(info.candidate) || "Unnamed candidate"}${info.role ? ` for ${markdownText(info.role)}` : ""}`,
    "",
  );
  out.push(`- Date: ${utcMinute(info.createdAt)}`);
  if (info.endedAt) out.push(`- Duration: ${formatClock(info.endedAt - info.createdAt)}`);
  out.push(`- ${consentSummary(info.consent, utcMinute)}`);
  out.push("");
  if (plan.length > 0) {
    out.push("## Question plan", "");
    for (const p of plan) out.push(`- [${p.covered ? "x" : " "}] ${markdownText(p.item)}`);
    out.push("");
  }
  const shown = data.insights.filter((i) => !i.flags.dismissed);
  if (shown.length > 0) {
    out.push("## Insights", "");
    const pinned = shown.filter((i) => i.flags.pinned);
    for (const i of [...pinned, ...sortInsights(shown.filter((x) => !x.flags.pinned))]) {
      const marks = [
        i.flags.pinned ? "pinned" : "",
        i.flags.asked ? "asked" : "",
        i.priority === "high" ? "high priority" : "",
      ]
        .filter(Boolean)
        .join(", ");
      out.push(
        `- **${markdownText(i.title)}** (${i.type.replace("_", " ")}, ${formatClock(i.atMs)}${marks ? `, ${marks}` : ""}): ${markdownText(i.content)}`,
      );
    }
    out.push("");
  }
  if (data.notes.length > 0) {
    out.push("## Notes and marked moments", "");
    for (const n of data.notes)
      out.push(`- ${formatClock(n.atMs)} ${n.kind === "mark" ? "Marked moment" : markdownText(n.text)}`);
    out.push("");
  }
  out.push(...debriefMarkdown(data, debrief));
  out.push("## Transcript", "");
  for (const s of data.segments.filter((x) => x.final)) {
    out.push(`**${markdownText(s.speaker)}** (${formatClock(s.startMs)}): ${markdownText(s.text)}`, "");
  }
  return out.join("\n");
}

/** The debrief and the scorecard, as the review shows them (lib/analytics), for the Markdown export. */
function debriefMarkdown(data: SessionData, { analytics, summary }: ReturnType<typeof debriefOf>): string[] {
  const out: string[] = ["## Debrief", ""];
  for (const f of analytics.figures)
    out.push(`- ${markdownText(f.label)}: ${figureValue(f)}. ${markdownText(f.explanation)}`);
  out.push("", "## Scorecard", "", `_${markdownText(summary.notice)}_`, "");
  const card = data.info.scorecard;
  for (const c of summary.competencies) {
    const mine = card?.ratings.find((r) => r.competency === c.competency);
    out.push(`### ${markdownText(c.competency)}: ${ratingLabel(mine?.rating ?? null)}`, "");
    if (mine?.note) out.push(markdownText(mine.note), "");
    for (const e of c.for)
      out.push(`- For (${formatClock(e.atMs)}): "${markdownText(e.quote)}" (${markdownText(e.why)})`);
    for (const e of c.against)
      out.push(`- Against (${formatClock(e.atMs)}): "${markdownText(e.quote)}" (${markdownText(e.why)})`);
    for (const o of c.open) out.push(`- Open: ${markdownText(o)}`);
    out.push("");
  }
  out.push(`**Recommendation:** ${card?.recommendation ? markdownText(card.recommendation) : "none written"}`, "");
  return [...out, ...modelSummaryMarkdown(data.info.modelSummary)];
}

/** The model's summary, when the interviewer asked for one. */
function modelSummaryMarkdown(summary: ModelSummary | null): string[] {
  if (!summary) return [];
  const out = [
    "## Summary by the language model",
    "",
    `_Written by the model from the scrubbed transcript in ${summary.requests} requests. ${markdownText(NO_RATING_NOTICE)}_`,
    "",
  ];
  for (const o of summary.overview)
    out.push(`- ${formatClock(o.fromMs)}–${formatClock(o.toMs)}: ${markdownText(o.text)}`);
  if (summary.overview.length) out.push("");
  for (const c of summary.competencies) {
    out.push(`### ${markdownText(c.competency)}`, "");
    for (const e of c.for) out.push(`- For (${formatClock(e.atMs)}): ${markdownText(e.point)}`);
    for (const e of c.against) out.push(`- Against (${formatClock(e.atMs)}): ${markdownText(e.point)}`);
    for (const o of c.open) out.push(`- Open: ${markdownText(o)}`);
    out.push("");
  }
  return out;
}

/** What the debrief is computed from: the transcript, the cards, the plan and the job description only. */
export interface DebriefInput {
  segments: SessionData["segments"];
  insights: SessionData["insights"];
  info: Pick<SessionData["info"], "questionPlan" | "jobDescription"> & { language?: SessionData["info"]["language"] };
}

export function debriefOf(data: DebriefInput) {
  const analytics = analyzeInterview({
    segments: data.segments,
    questionPlan: data.info.questionPlan,
    jobDescription: data.info.jobDescription,
    insights: data.insights,
    language: data.info.language,
  });
  const { segments, insights, info } = data;
  return { analytics, summary: localSummary(segments, analytics, insights, info.jobDescription, info.language) };
}

/** The JSON export's format and version (docs/export-format.md): the session, its analytics and draft. */
export const EXPORT_FORMAT = "interview-copilot.session";
export const EXPORT_VERSION = 2;

export function toJson(data: SessionData): string {
  const { analytics, summary } = debriefOf(data);
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, ...data, analytics, summary }, null, 2);
}

export function exportFileName(data: SessionData, extension: string): string {
  const who = (data.info.candidate || "interview")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const day = new Date(data.info.createdAt).toISOString().slice(0, 10);
  return `${who || "interview"}-${day}.${extension}`;
}
