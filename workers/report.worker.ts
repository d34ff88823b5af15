/// <reference lib="webworker" />
/**
 * The report worker: the debrief (lib/analytics: analytics and the local scorecard draft) of a stored
 * session, so a two-hour interview's numbers never hold up the review screen.
 */
import "../lib/zod-jitless";
import * as Comlink from "comlink";
import { debriefOf } from "../lib/session/exports";
import type { Debrief, DebriefInput, ReportWorkerApi } from "./report-protocol";

class ReportWorker implements ReportWorkerApi {
  async debrief(input: DebriefInput): Promise<Debrief> {
    return debriefOf(input);
  }
}

Comlink.expose(new ReportWorker());
