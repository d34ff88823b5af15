/**
 * `copilot ats push`: the approved debrief of an exported session into an ATS, for organisations that
 * script their exports. The same code as the app and its server: the debrief and its idempotency key
 * (lib/ats), the connector's mapping, the policy file and the connector credentials from this
 * machine's environment (the server's variables), and the one-write-per-key push.
 */
import { readFile } from "node:fs/promises";
import { atsDebriefOf, AtsConnectorIdSchema } from "../lib/ats/debrief";
import { pushKey } from "../lib/ats/idempotency";
import { MAPPINGS } from "../lib/ats/mappings";
import { pushDebrief } from "../lib/ats/server";
import { CopilotError } from "../lib/errors";
import { debriefOf } from "../lib/session/exports";
import { SessionDataSchema } from "../lib/session/model";
import { serverPolicy } from "../lib/vault/server-policy";
import { commandArgs } from "./args";

export const ATS_HELP = `copilot ats push <session.json> --to greenhouse|lever|ashby|webhook --record <id|url> [--transcript] [--dry-run] [--json]
  Writes the interviewer's approved debrief (ratings, notes, recommendation) of a session exported from
  the app as JSON to the ATS, once: the same push again finds its earlier write and creates nothing.
  Credentials and the policy come from this machine's environment, as for the server (README, "ATS").
  --record      the candidate's id or a link to them in the ATS (any reference for the webhook)
  --transcript  include the transcript (only where the policy's ats.includeTranscript allows it)
  --dry-run     print exactly what would be written, send nothing
  --json        print the result (or the dry run's request) as JSON
`;

export async function atsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== "push") {
    process.stderr.write(`copilot ats: unknown subcommand ${sub ? `"${sub}"` : "(none)"}\n\n${ATS_HELP}`);
    return 2;
  }
  const parsed = commandArgs("ats push", ATS_HELP, rest, {
    to: { type: "string" },
    record: { type: "string" },
    transcript: { type: "boolean" },
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
  });
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const connector = AtsConnectorIdSchema.safeParse(values.to);
  if (positionals.length !== 1 || !connector.success || !values.record) {
    process.stderr.write(`copilot ats push: a session file, --to and --record are required\n\n${ATS_HELP}`);
    return 2;
  }
  const file = positionals[0] ?? "";
  let data;
  try {
    const raw: unknown = JSON.parse(await readFile(file, "utf8"));
    const session = SessionDataSchema.safeParse(raw);
    if (!session.success) throw new Error(`not a session export: ${session.error.issues[0]?.message}`);
    data = session.data;
  } catch (error) {
    process.stderr.write(`copilot ats push: ${file}: ${(error as Error).message}\n`);
    return 1;
  }
  const mapping = MAPPINGS[connector.data];
  const recordId = mapping.parseRecord(values.record);
  if (!recordId) {
    process.stderr.write(`copilot ats push: "${values.record}" is not a ${mapping.recordHint.toLowerCase()}\n`);
    return 2;
  }
  const competencies = debriefOf(data).summary.competencies.map((c) => c.competency);
  const debrief = atsDebriefOf(data, competencies, values.transcript === true);
  const key = await pushKey(connector.data, recordId, debrief);
  if (values["dry-run"]) {
    const write = mapping.plan(debrief, recordId, key);
    process.stdout.write(
      values.json
        ? `${JSON.stringify({ connector: connector.data, recordId, key, write }, null, 2)}\n`
        : `Would write to ${mapping.label} (record ${recordId}, key ${key}):\n\n${write.preview}\n`,
    );
    return 0;
  }
  try {
    const result = await pushDebrief(
      { connector: connector.data, record: values.record, debrief, key },
      { policy: await serverPolicy(), env: process.env },
    );
    process.stdout.write(
      values.json
        ? `${JSON.stringify({ connector: connector.data, recordId, key, ...result }, null, 2)}\n`
        : `${result.existing ? "Already in" : "Written to"} ${mapping.label}: id ${result.externalId}${result.url ? `, ${result.url}` : ""}\n`,
    );
    return 0;
  } catch (error) {
    const message = error instanceof CopilotError ? `${error.code}: ${error.message}` : String(error);
    process.stderr.write(`copilot ats push: ${message}\n`);
    return 1;
  }
}
