import { analyzeCommand } from "./analyze";
import { modelsCommand } from "./models";
import { reportCommand } from "./report";
import { atsCommand } from "./ats";
import { scrubCommand } from "./scrub";
import { transcribeCommand } from "./transcribe";

export const HELP = `copilot: Interview Copilot's on-device core, from the command line

Usage:
  copilot models [--json]        Models the app declares, what is present locally, sizes, integrity
  copilot transcribe <audio.wav> [--model id] [--json]
                                 Voice activity detection + Whisper on this machine; one line per segment
  copilot scrub [file|-] [--policy policy.json] [--candidate "Name"] [--interviewer] [--json]
                                 Personal data replaced by consistent pseudonyms, on this machine
  copilot analyze <transcript> [--interviewer name] [--offline] [--json]
                                 Local insights (and the model's, through the app, unless --offline)
  copilot report <transcript|session.json> [--plan file] [--job file] [--json]
                                 Conversation analytics and the local scorecard draft (no model)
  copilot ats push <session.json> --to greenhouse|lever|ashby|webhook --record <id|url> [--dry-run]
                                 The approved debrief into the ATS, once (credentials from the environment)
  copilot --help                 This help

Models live in the local model store (public/models, or $COPILOT_MODEL_DIR).
Provide them with: npm run models:fetch, npm run models:import <dir>, or npm run models:generate (test models).
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case "--help":
      case "-h":
      case "help":
        process.stdout.write(HELP);
        return 0;
      case "models":
        return await modelsCommand(rest);
      case "transcribe":
        return await transcribeCommand(rest);
      case "scrub":
        return await scrubCommand(rest);
      case "analyze":
        return await analyzeCommand(rest);
      case "report":
        return await reportCommand(rest);
      case "ats":
        return await atsCommand(rest);
      default:
        process.stderr.write(`copilot: unknown command "${command}"\n\n${HELP}`);
        return 2;
    }
  } catch (error) {
    process.stderr.write(`copilot ${command}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
