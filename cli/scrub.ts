import { readFile } from "node:fs/promises";
import { commandArgs, languageFlag } from "./args";
import { DEFAULT_LANGUAGE, LANGUAGES, LANGUAGE_NAMES } from "../lib/language";
import { PolicySchema, DEFAULT_POLICY, type ScrubPolicy } from "../lib/privacy/categories";
import { PseudonymMap } from "../lib/privacy/pseudonyms";
import { scrub } from "../lib/privacy/scrubber";
import { loadScrubLanguage } from "../lib/privacy/language-words";
import { pointTransformersAtStore } from "../lib/asr/node-env";
import { inspectModel } from "../lib/models/node-store";
import { LOCAL_MODEL_DIR } from "../lib/models/paths";
import { TransformerNer } from "../lib/privacy/transformer-ner";
import { DEFAULT_NER_MODEL, findModel } from "../models/catalog";

export const SCRUB_HELP = `copilot scrub [file|-] [--lang code] [--policy policy.json] [--candidate "Full Name"] [--interviewer] [--json]
  Replaces personal data with consistent pseudonyms, on this machine. Reads stdin when no file (or -).
  --lang       the interview's language: ${LANGUAGES.map((l) => `${l} (${LANGUAGE_NAMES[l].english})`).join(", ")}
               (default ${DEFAULT_LANGUAGE}); its names, number words, phones, streets and dates of birth
  --policy     JSON {"scrub": ["person","email",...]} (default: people, contact details, government and
               payment identifiers, addresses, dates of birth, IP addresses)
  --candidate  the candidate's name, scrubbed as [CANDIDATE] wherever it (or a part of it) appears
  --ner id     also use this transformer NER model from the model store (default: ${DEFAULT_NER_MODEL}
               when present); --no-ner to use the embedded detector only
  --interviewer the text is the interviewer's: a person greeted ("hi priya, thanks for joining") is
               the candidate when --candidate is not given
  --json       {"text", "entities": [{category, start, end, original, pseudonym}]}
`;

/** The transformer NER model to unite with the embedded detector, when it is in the model store. */
async function loadNer(disabled: boolean, explicit: string | undefined): Promise<TransformerNer | null> {
  if (disabled) return null;
  const spec = findModel(explicit ?? DEFAULT_NER_MODEL);
  if (!spec || spec.task !== "token-classification") throw new Error(`${explicit} is not a declared NER model`);
  if (!(await inspectModel(spec, LOCAL_MODEL_DIR)).usable) {
    if (explicit) throw new Error(`${explicit} is not usable in ${LOCAL_MODEL_DIR}; import it first`);
    return null;
  }
  pointTransformersAtStore(LOCAL_MODEL_DIR);
  return TransformerNer.load(spec, "cpu");
}

async function readInput(file: string | undefined): Promise<string> {
  if (file && file !== "-") return readFile(file, "utf8");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function scrubCommand(args: string[]): Promise<number> {
  const parsed = commandArgs("scrub", SCRUB_HELP, args, {
    json: { type: "boolean" },
    interviewer: { type: "boolean" },
    "no-ner": { type: "boolean" },
    policy: { type: "string" },
    candidate: { type: "string" },
    ner: { type: "string" },
    lang: { type: "string" },
  });
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    process.stderr.write(`copilot scrub: one input at most, got ${positionals.length}\n\n${SCRUB_HELP}`);
    return 2;
  }
  const language = languageFlag("scrub", SCRUB_HELP, values.lang);
  if (typeof language === "number") return language;
  await loadScrubLanguage(language);
  let policy: ScrubPolicy = DEFAULT_POLICY;
  if (values.policy) {
    const parsedPolicy = PolicySchema.safeParse(JSON.parse(await readFile(values.policy, "utf8")));
    if (!parsedPolicy.success)
      throw new Error(
        `${values.policy}: ${parsedPolicy.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      );
    policy = parsedPolicy.data;
  }
  const text = await readInput(positionals[0]);
  const ner = await loadNer(values["no-ner"] === true, values.ner);
  const extraSpans = ner ? await ner.personSpans(text) : [];
  const { scrubbed, entities } = scrub(text, new PseudonymMap(values.candidate), {
    policy,
    extraSpans,
    isInterviewer: values.interviewer === true,
    language,
  });
  process.stdout.write(values.json ? `${JSON.stringify({ text: scrubbed.text, entities }, null, 2)}\n` : scrubbed.text);
  return 0;
}
