/** The connectors' pure halves, for the device's preview (no credentials, no server code). */
import type { AtsMapping } from "./connector";
import { ashbyMapping } from "./connectors/ashby-map";
import { greenhouseMapping } from "./connectors/greenhouse-map";
import { leverMapping } from "./connectors/lever-map";
import { webhookMapping } from "./connectors/webhook-map";
import type { AtsConnectorId } from "./debrief";

export const MAPPINGS: Record<AtsConnectorId, AtsMapping> = {
  greenhouse: greenhouseMapping,
  lever: leverMapping,
  ashby: ashbyMapping,
  webhook: webhookMapping,
};
