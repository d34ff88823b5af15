/**
 * Greenhouse's mapping (pure, device and server). Harvest v1/v2 were removed on 2026-08-31, so this
 * targets Harvest v3 (https://harvestdocs.greenhouse.io): a note on the candidate, `POST /v3/notes`
 * with `candidate_id`, `user_id`, `body`, `visibility` (the v1 note's required fields, documented at
 * https://developers.greenhouse.io/harvest.html#post-add-note; their v3 names follow the v3 migration
 * guide, https://harvestdocs.greenhouse.io/docs/write-endpoint-migration-guide). Scorecards cannot be
 * created through Harvest (read-only in v1, "restricted" in v3), so the debrief is a note.
 * Web links look like https://app.greenhouse.io/people/{candidateId}?application_id={applicationId}.
 */
import type { AtsMapping } from "../connector";
import { debriefText } from "../debrief";
import { recordIdFrom } from "../record-id";

export const GREENHOUSE_VISIBILITIES = ["admin_only", "private", "public"] as const;

/** The candidate id from an id or a Greenhouse link (any *.greenhouse.io host). */
export const greenhouseCandidateId = (input: string) =>
  recordIdFrom(input, /^\d{1,20}$/, /(^|\.)greenhouse\.io$/, /^\/people\/(\d{1,20})(?:\/|$)/);

export const greenhouseMapping: AtsMapping = {
  id: "greenhouse",
  label: "Greenhouse",
  recordHint: "Greenhouse candidate id or profile link",
  parseRecord: greenhouseCandidateId,
  plan(debrief, recordId, key) {
    const body = debriefText(debrief, key);
    return {
      method: "POST",
      path: "/v3/notes",
      // user_id and visibility are the server's (COPILOT_GREENHOUSE_USER_ID, _VISIBILITY): filled in there.
      body: { candidate_id: Number(recordId), body },
      preview: body,
    };
  },
};
