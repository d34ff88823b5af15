import { readFile } from "node:fs/promises";
import { PolicySchema, DEFAULT_POLICY, type ScrubPolicy } from "../lib/privacy/categories";
import { PseudonymMap } from "../lib/privacy/pseudonyms";
import { scrub } from "../lib/privacy/scrubber";
import { pointTransformersAtStore } from "../lib/asr/node-env";
import { inspectModel } from "../lib/models/node-store";
import { LOCAL_MODEL_DIR } from "../lib/models/paths";
import { TransformerNer } from "../lib/privacy/transformer-ner";
import { DEFAULT_NER_MODEL, findModel } from "../models/catalog";

export const SCRUB_HELP = `copilot scrub [file|-] [--policy policy.json] [--candidate "Full Name"] [--json]
  Replaces personal data with consistent pseudonyms, on this machine. Reads stdin when no file (or -).
  --policy     JSON {"scrub": ["person","email",...]} (default: people, contact details, government and
               payment identifiers, addresses, dates of birth, IP addresses)
  --candidate  the candidate's name, scrubbed as [CANDIDATE] wherever it (or a part of it) appears
  --ner id     also use this transformer NER model from the model store (default: ${DEFAULT_NER_MODEL}
               when present); --no-ner to use the embedded detector only
  --json       {"text", "entities": [{category, start, end, original, pseudonym}]}
`;

/** The transformer NER model to unite with the embedded detector, when it is in the model store. */
async function loadNer(args: string[], explicit: string | undefined): Promise<TransformerNer | null> {
  if (args.includes("--no-ner")) return null;
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
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(SCRUB_HELP);
    return 0;
  }
  const valueFlags = new Set(["--policy", "--candidate", "--ner"]);
  const file = args.find((a, i) => !a.startsWith("--") && !valueFlags.has(args[i - 1] ?? ""));
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  let policy: ScrubPolicy = DEFAULT_POLICY;
  const policyFile = flag("--policy");
  if (policyFile) {
    const parsed = PolicySchema.safeParse(JSON.parse(await readFile(policyFile, "utf8")));
    if (!parsed.success)
      throw new Error(
        `${policyFile}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      );
    policy = parsed.data;
  }
  const text = await readInput(file);
  const ner = await loadNer(args, flag("--ner"));
  const extraSpans = ner ? await ner.personSpans(text) : [];
  const { scrubbed, entities } = scrub(text, new PseudonymMap(flag("--candidate")), { policy, extraSpans });
  process.stdout.write(
    args.includes("--json") ? `${JSON.stringify({ text: scrubbed.text, entities }, null, 2)}\n` : scrubbed.text,
  );
  return 0;
}
