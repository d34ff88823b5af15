/**
 * The generic connector's mapping: the debrief as a versioned JSON document (docs/export-format.md,
 * "interview-copilot.debrief"), posted to the organisation's own webhook. Any reference the
 * organisation uses names the record.
 */
import type { AtsMapping } from "../connector";
import { debriefText } from "../debrief";

export const DEBRIEF_FORMAT = "interview-copilot.debrief";
export const DEBRIEF_VERSION = 1;

export const webhookMapping: AtsMapping = {
  id: "webhook",
  label: "Organisation webhook",
  recordHint: "Your system's record reference",
  parseRecord(input) {
    const value = input.trim();
    return /^[\w.:/#@-]{1,200}$/.test(value) ? value : null;
  },
  plan(debrief, recordId, key) {
    return {
      method: "POST",
      path: "",
      body: { format: DEBRIEF_FORMAT, version: DEBRIEF_VERSION, idempotencyKey: key, record: recordId, debrief },
      preview: debriefText(debrief, key),
    };
  },
};
