/**
 * Plain exports of a session (explicit choices in the UI, with a warning: they are not encrypted).
 * Markdown for reading and pasting into a hiring system; JSON for tools (the session data schema).
 */
import { sortInsights } from "../analysis/insight";
import { consentSummary } from "./consent";
import type { SessionData } from "./model";

export function formatClock(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(h > 0 ? 2 : 1, "0");
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
}

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
  const out: string[] = [];
  out.push(
    `# Interview: ${markdownText(info.candidate) || "Unnamed candidate"}${info.role ? ` for ${markdownText(info.role)}` : ""}`,
    "",
  );
  out.push(`- Date: ${utcMinute(info.createdAt)}`);
  if (info.endedAt) out.push(`- Duration: ${formatClock(info.endedAt - info.createdAt)}`);
  out.push(`- ${consentSummary(info.consent, utcMinute)}`);
  out.push("");
  if (data.plan.length > 0) {
    out.push("## Question plan", "");
    for (const p of data.plan) out.push(`- [${p.covered ? "x" : " "}] ${markdownText(p.item)}`);
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
  out.push("## Transcript", "");
  for (const s of data.segments.filter((x) => x.final)) {
    out.push(`**${markdownText(s.speaker)}** (${formatClock(s.startMs)}): ${markdownText(s.text)}`, "");
  }
  return out.join("\n");
}

export function toJson(data: SessionData): string {
  return JSON.stringify(data, null, 2);
}

export function exportFileName(data: SessionData, extension: string): string {
  const who = (data.info.candidate || "interview")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const day = new Date(data.info.createdAt).toISOString().slice(0, 10);
  return `${who || "interview"}-${day}.${extension}`;
}
