/**
 * Lever's mapping (pure, device and server): a note on the opportunity, `POST /v1/opportunities/:id/
 * notes` with `value` (https://hire.lever.co/developer/documentation#create-a-note), attributed to
 * the configured user with `perform_as` (added by the server). Lever's feedback forms need a template
 * and its field ids per organisation (#create-a-feedback-form), so the debrief is a note.
 * Web links look like https://hire.lever.co/candidates/{opportunityId} (the API's `urls.show`).
 */
import type { AtsMapping } from "../connector";
import { debriefText } from "../debrief";
import { recordIdFrom, UUID } from "../record-id";

/** The opportunity id from an id or a Lever link (hire.lever.co or its sandbox). */
export const leverOpportunityId = (input: string) =>
  recordIdFrom(input, UUID, /^hire(\.sandbox)?\.lever\.co$/, /^\/candidates\/([^/?#]+)/);

export const leverMapping: AtsMapping = {
  id: "lever",
  label: "Lever",
  recordHint: "Lever opportunity id or candidate link",
  parseRecord: leverOpportunityId,
  plan(debrief, recordId, key) {
    const value = debriefText(debrief, key);
    return {
      method: "POST",
      path: `/opportunities/${recordId}/notes`,
      body: { value, notifyFollowers: false },
      preview: value,
    };
  },
};
