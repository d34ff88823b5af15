/**
 * Parses transcripts exported by meeting tools: WebVTT (with <v Speaker> voice tags or "Name: text"),
 * SRT, and plain text with "Speaker: text" lines. Malformed input is an error that names the line.
 */
import { CopilotError } from "../errors";
import type { Segment } from "./segment";

export interface ImportedCue {
  speaker: string | null;
  startMs: number;
  endMs: number;
  text: string;
}

export type TranscriptFormat = "vtt" | "srt" | "text";

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})(?:\s+.*)?$/;
const SPEAKER_PREFIX = /^\s*([\p{L}][\p{L}\p{M}'’. -]{0,40}?)\s*:\s+(.+)$/u;

function fail(message: string): CopilotError {
  return new CopilotError({ code: "invalid_input", message });
}

export function parseTimestamp(value: string): number {
  const parts = value.replace(",", ".").split(":");
  const secs = Number(parts.pop());
  const mins = Number(parts.pop() ?? 0);
  const hours = Number(parts.pop() ?? 0);
  if (![secs, mins, hours].every(Number.isFinite) || mins >= 60 || secs >= 60) throw fail(`bad timestamp "${value}"`);
  return Math.round(((hours * 60 + mins) * 60 + secs) * 1000);
}

function splitSpeaker(text: string): { speaker: string | null; text: string } {
  const voice = /^<v(?:\.[\w.-]+)?\s+([^>]+)>([\s\S]*?)(?:<\/v>)?$/.exec(text.trim());
  if (voice?.[1] && voice[2] !== undefined) return { speaker: voice[1].trim(), text: stripTags(voice[2]) };
  const plain = stripTags(text);
  const prefix = SPEAKER_PREFIX.exec(plain);
  if (prefix?.[1] && prefix[2]) return { speaker: prefix[1].trim(), text: prefix[2].trim() };
  return { speaker: null, text: plain };
}

function stripTags(text: string): string {
  return text
    .replace(/<[^>]+>/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Parses cue blocks (VTT and SRT share the shape: optional id, timing line, text lines). */
function parseCueBlocks(lines: string[], firstLine: number, format: "vtt" | "srt"): ImportedCue[] {
  const cues: ImportedCue[] = [];
  let i = firstLine;
  while (i < lines.length) {
    while (i < lines.length && (lines[i] ?? "").trim() === "") i += 1;
    if (i >= lines.length) break;
    const blockStart = i;
    let line = lines[i] ?? "";
    if (format === "vtt" && /^(NOTE|STYLE|REGION)\b/.test(line)) {
      while (i < lines.length && (lines[i] ?? "").trim() !== "") i += 1;
      continue;
    }
    if (!line.includes("-->")) {
      i += 1; // cue identifier (SRT: the sequence number)
      line = lines[i] ?? "";
    }
    const timing = TIMING.exec(line);
    if (!timing?.[1] || !timing[2]) {
      throw fail(`line ${i + 1}: expected a cue timing like "00:00:01.000 --> 00:00:04.000", found "${line.trim()}"`);
    }
    const startMs = parseTimestamp(timing[1]);
    const endMs = parseTimestamp(timing[2]);
    if (endMs < startMs) throw fail(`line ${i + 1}: the cue ends before it starts`);
    i += 1;
    const textLines: string[] = [];
    while (i < lines.length && (lines[i] ?? "").trim() !== "") {
      textLines.push(lines[i] ?? "");
      i += 1;
    }
    const { speaker, text } = splitSpeaker(textLines.join(" "));
    if (text) cues.push({ speaker, startMs, endMs, text });
    else if (textLines.length === 0) throw fail(`line ${blockStart + 1}: a cue has no text`);
  }
  return cues;
}

export function parseVtt(content: string): ImportedCue[] {
  const lines = content.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (!/^WEBVTT\b/.test(lines[0] ?? "")) throw fail('not a WebVTT file: the first line must be "WEBVTT"');
  let i = 1;
  while (i < lines.length && (lines[i] ?? "").trim() !== "") i += 1; // header block
  return parseCueBlocks(lines, i, "vtt");
}

export function parseSrt(content: string): ImportedCue[] {
  return parseCueBlocks(content.replace(/^\uFEFF/, "").split(/\r?\n/), 0, "srt");
}

/** "Speaker: text" lines; a line without a speaker continues the previous speaker's turn. */
export function parsePlain(content: string): ImportedCue[] {
  const cues: ImportedCue[] = [];
  for (const raw of content.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    const line = raw.replace(/^\s*\[?\(?\d{1,2}:\d{2}(?::\d{2})?\]?\)?\s*/, "").trim();
    if (!line) continue;
    const { speaker, text } = splitSpeaker(line);
    const previous = cues[cues.length - 1];
    if (!speaker && previous) previous.text = `${previous.text} ${text}`;
    else cues.push({ speaker, startMs: 0, endMs: 0, text });
  }
  return cues;
}

export function detectFormat(fileName: string, content: string): TranscriptFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".vtt") || content.startsWith("WEBVTT")) return "vtt";
  if (lower.endsWith(".srt") || /^\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2},\d{3}\s*-->/.test(content)) return "srt";
  return "text";
}

export function parseTranscript(fileName: string, content: string): ImportedCue[] {
  if (content.includes("\u0000")) throw fail(`${fileName} is a binary file, not a transcript`);
  const format = detectFormat(fileName, content);
  const cues = format === "vtt" ? parseVtt(content) : format === "srt" ? parseSrt(content) : parsePlain(content);
  if (cues.length === 0) throw fail(`${fileName} contains no transcript lines`);
  return cues;
}

/** Imported cues as final transcript segments; plain text has no times, so order is kept in 1 s steps. */
export function cuesToSegments(cues: ImportedCue[], idPrefix: string): Segment[] {
  return cues.map((cue, i) => ({
    id: `${idPrefix}-${i + 1}`,
    channel: "import",
    speaker: cue.speaker ?? "Speaker",
    startMs: cue.endMs > 0 ? cue.startMs : i * 1000,
    endMs: cue.endMs > 0 ? cue.endMs : i * 1000 + 1000,
    text: cue.text,
    confidence: 1,
    final: true,
  }));
}
