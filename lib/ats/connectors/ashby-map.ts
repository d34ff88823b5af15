/**
 * Ashby's mapping (pure, device and server): a note on the candidate, `POST /candidate.createNote`
 * with `candidateId` and `note` as plain text (https://developers.ashbyhq.com/docs/candidatecreatenote).
 * Ashby's structured feedback (`applicationFeedback.submit`) needs the organisation's form definition
 * and field paths, so the debrief is a note. Web links look like
 * https://app.ashbyhq.com/candidates/{candidateId} (also inside longer paths).
 */
import type { AtsMapping } from "../connector";
import { debriefText } from "../debrief";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The candidate id from an id or an Ashby link. */
export function ashbyCandidateId(input: string): string | null {
  const value = input.trim();
  if (UUID.test(value)) return value.toLowerCase();
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "https:" || url.hostname !== "app.ashbyhq.com") return null;
  const id = /\/candidates\/([^/?#]+)/.exec(url.pathname)?.[1] ?? "";
  return UUID.test(id) ? id.toLowerCase() : null;
}

export const ashbyMapping: AtsMapping = {
  id: "ashby",
  label: "Ashby",
  recordHint: "Ashby candidate id or link",
  parseRecord: ashbyCandidateId,
  plan(debrief, recordId, key) {
    const value = debriefText(debrief, key);
    return {
      method: "POST",
      path: "/candidate.createNote",
      body: { candidateId: recordId, note: { type: "text/plain", value }, sendNotifications: false },
      preview: value,
    };
  },
};
