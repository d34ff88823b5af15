/**
 * Ashby's mapping (pure, device and server): a note on the candidate, `POST /candidate.createNote`
 * with `candidateId` and `note` as plain text (https://developers.ashbyhq.com/docs/candidatecreatenote).
 * Ashby's structured feedback (`applicationFeedback.submit`) needs the organisation's form definition
 * and field paths, so the debrief is a note. Web links look like
 * https://app.ashbyhq.com/candidates/{candidateId} (also inside longer paths).
 */
import type { AtsMapping } from "../connector";
import { debriefText } from "../debrief";
import { recordIdFrom, UUID } from "../record-id";

/** The candidate id from an id or an Ashby link (the id may sit inside a longer path). */
export const ashbyCandidateId = (input: string) =>
  recordIdFrom(input, UUID, /^app\.ashbyhq\.com$/, /\/candidates\/([^/?#]+)/);

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
