/**
 * What goes to the ATS: the interviewer's approved debrief (their ratings, notes and recommendation,
 * and the transcript only where the organisation allows it and the interviewer ticks it), built on the
 * device from the stored session, previewed there, and sent as this structure. The server renders it
 * with the same functions the preview used, so what is written is what was seen.
 */
import { z } from "zod";
import { formatClock } from "../session/clock";
import type { SessionData } from "../session/model";
import { ratingLabel } from "../session/scorecard";

export const ATS_CONNECTORS = ["greenhouse", "lever", "ashby", "webhook"] as const;
export const AtsConnectorIdSchema = z.enum(ATS_CONNECTORS);
export type AtsConnectorId = z.infer<typeof AtsConnectorIdSchema>;

export const AtsDebriefSchema = z.strictObject({
  sessionId: z.string().min(1).max(100),
  candidate: z.string().max(300),
  role: z.string().max(300),
  interviewedAt: z.number(),
  durationMs: z.number().nonnegative().nullable(),
  ratings: z
    .array(
      z.strictObject({
        competency: z.string().min(1).max(300),
        rating: z.number().int().min(1).max(4).nullable(),
        label: z.string().max(50),
        note: z.string().max(5_000),
      }),
    )
    .max(100),
  recommendation: z.string().max(10_000),
  /** Only where the policy allows it and the interviewer chose it. */
  transcript: z
    .array(z.strictObject({ speaker: z.string().max(200), atMs: z.number(), text: z.string().max(20_000) }))
    .max(5_000)
    .nullable(),
});
export type AtsDebrief = z.infer<typeof AtsDebriefSchema>;

/** The debrief as the interviewer approved it: every competency of the scorecard, rated or not. */
export function atsDebriefOf(data: SessionData, competencies: readonly string[], withTranscript: boolean): AtsDebrief {
  const card = data.info.scorecard;
  const names = [...new Set([...competencies, ...(card?.ratings.map((r) => r.competency) ?? [])])];
  return {
    sessionId: data.info.id,
    candidate: data.info.candidate,
    role: data.info.role,
    interviewedAt: data.info.createdAt,
    durationMs: data.info.endedAt ? data.info.endedAt - data.info.createdAt : null,
    ratings: names.map((competency) => {
      const mine = card?.ratings.find((r) => r.competency === competency);
      return {
        competency,
        rating: mine?.rating ?? null,
        label: ratingLabel(mine?.rating ?? null),
        note: mine?.note ?? "",
      };
    }),
    recommendation: card?.recommendation ?? "",
    transcript: withTranscript
      ? data.segments.filter((s) => s.final).map((s) => ({ speaker: s.speaker, atMs: s.startMs, text: s.text }))
      : null,
  };
}

/** The marker every written note ends with: how a retry finds the note it already wrote. */
export const markerOf = (key: string) => `Interview Copilot ref ${key}`;

/** The debrief as plain text, the way every note-based connector writes it. */
export function debriefText(debrief: AtsDebrief, key: string): string {
  const date = new Date(debrief.interviewedAt).toISOString().slice(0, 10);
  const lines = [
    `Interview debrief: ${debrief.candidate || "Candidate"}${debrief.role ? `, ${debrief.role}` : ""} (${date}${
      debrief.durationMs !== null ? `, ${formatClock(debrief.durationMs)}` : ""
    })`,
    "",
    "Scorecard (the interviewer's ratings):",
  ];
  for (const r of debrief.ratings) {
    lines.push(`- ${r.competency}: ${r.label}`);
    if (r.note.trim()) lines.push(`  ${r.note.trim().replace(/\n+/g, "\n  ")}`);
  }
  lines.push("", `Recommendation: ${debrief.recommendation.trim() || "none written"}`);
  if (debrief.transcript) {
    lines.push("", "Transcript:");
    for (const s of debrief.transcript) lines.push(`[${formatClock(s.atMs)}] ${s.speaker}: ${s.text}`);
  }
  lines.push("", markerOf(key));
  return lines.join("\n");
}
