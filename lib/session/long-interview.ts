/**
 * A long interview for soak tests: the sample script (or any base script) cycled until it covers the asked
 * length, each line following the previous one after a natural, varied pause, and with the text varied per
 * cycle (numbers, technologies, companies, team sizes and short asides), so the privacy worker, the local
 * analyzer and the transcript's dedupe see new content all along, as in a real two-hour conversation, rather
 * than identical repeats that caches and dedupe would absorb. Deterministic: the same arguments give the same
 * script (a seeded generator, no clock, no Math.random).
 */
import { makeRng } from "../rng";
import { CANDIDATE, INTERVIEWER } from "../transcript/segment";
import { SAMPLE_INTERVIEW, type SampleLine } from "./sample-interview";

export interface LongInterviewOptions {
  /** Seed of the generator that picks the variations and the pauses. */
  seed?: number;
}

const DEFAULT_SEED = 0x5eed_c0de;
/** Pause between two lines (the base script uses a fixed 900 ms). */
const PAUSE_MIN_MS = 600;
const PAUSE_SPREAD_MS = 1000;
/** A longer breath between two rounds of questions. */
const ROUND_GAP_MIN_MS = 2500;
const ROUND_GAP_SPREAD_MS = 3500;

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/** Technologies and names of the base script, each with alternatives of the same kind. */
const SWAPS: [RegExp, readonly string[]][] = [
  [/\bKubernetes\b/g, ["Kubernetes", "Nomad", "OpenShift", "Amazon ECS", "Docker Swarm"]],
  [/\bKafka\b/g, ["Kafka", "RabbitMQ", "Pulsar", "NATS", "Kinesis", "Redpanda"]],
  [/\bPostgreSQL\b/g, ["PostgreSQL", "CockroachDB", "Aurora", "Cassandra", "DynamoDB"]],
  [/\bMySQL\b/g, ["MySQL", "Oracle", "SQL Server", "MongoDB", "MariaDB"]],
  [/\bGo\b/g, ["Go", "Rust", "Java", "Kotlin", "Elixir", "Scala"]],
  [/\bReact\b/g, ["React", "Angular", "Vue", "Svelte", "Ember"]],
  [/\bHelm\b/g, ["Helm", "Kustomize", "Jsonnet", "Ansible"]],
  [/\bTerraform\b/g, ["Terraform", "Pulumi", "CloudFormation", "Crossplane"]],
  [/\bArgo CD\b/g, ["Argo CD", "Flux", "Spinnaker", "GitHub Actions"]],
  [/\bLumenpay\b/g, ["Lumenpay", "Northwind Pay", "Brightledger", "Cobalt Bank", "Fjord Health", "Tallyworks"]],
  [/\bledger\b/g, ["ledger", "billing system", "order service", "fraud engine", "payments gateway"]],
  [/\bpayment services\b/g, ["payment services", "checkout services", "billing services", "risk services"]],
  [/\bincident\b/g, ["incident", "outage", "release", "migration"]],
  [/\bmentoring\b/g, ["mentoring", "coaching", "onboarding"]],
];

const NUMBER_WORDS = [
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "fifteen",
  "twenty",
  "thirty",
  "forty",
  "fifty",
];
const NUMBER_WORD = new RegExp(`\\b(${NUMBER_WORDS.join("|")})\\b`, "g");

/** Asides that make a line new when the swaps left it as it was in an earlier round. */
const CANDIDATE_ASIDES = [
  (r: Rng) => `The team was ${between(r, 3, 40)} people at the time.`,
  (r: Rng) => `That was back in ${between(r, 2009, 2025)}.`,
  (r: Rng) => `We were ${between(r, 2, 12)} engineers on that squad.`,
  (r: Rng) => `It took about ${between(r, 2, 14)} weeks end to end.`,
  (r: Rng) => `Around ${between(r, 10, 95)} percent of the traffic went through it.`,
  (r: Rng) => `I reported to a director with ${between(r, 15, 120)} people in the org.`,
];
const INTERVIEWER_ASIDES = [
  (r: Rng) => `We have about ${between(r, 3, 25)} minutes for this part.`,
  (r: Rng) => `Our team here is ${between(r, 4, 30)} engineers.`,
  (r: Rng) => `This is question ${between(r, 2, 40)} on my list.`,
  (r: Rng) => `Feel free to pick a project from ${between(r, 2012, 2025)} or later.`,
];

/**
 * Numbers replaced by one of about the same size (never zero, never a leading zero); digits inside a word
 * (p99) are names, not amounts, and stay.
 */
function varyDigits(rng: Rng, text: string): string {
  return text.replace(/(?<![\w.])\d+(?![\w.])/g, (digits) => {
    const n = Number(digits);
    const lo = Math.max(1, Math.round(n * 0.4));
    const hi = Math.max(lo + 1, Math.round(n * 1.8));
    return String(between(rng, lo, hi));
  });
}

function vary(rng: Rng, line: SampleLine, swaps: Map<RegExp, string>): string {
  let text = line.text;
  for (const [pattern, choice] of swaps) text = text.replace(pattern, choice);
  text = text.replace(NUMBER_WORD, () => pick(rng, NUMBER_WORDS));
  return varyDigits(rng, text);
}

function aside(rng: Rng, speaker: string): string {
  return pick(rng, speaker === INTERVIEWER ? INTERVIEWER_ASIDES : CANDIDATE_ASIDES)(rng);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * An interview at least `minutes` long: the base lines in their order, round after round, until the last
 * line ends at or after `minutes`. The first round is the base script as written; later rounds vary its text.
 * Start times strictly increase and no line overlaps the next. Durations scale with the words said.
 */
export function longInterview(
  minutes: number,
  base: readonly SampleLine[] = SAMPLE_INTERVIEW,
  options: LongInterviewOptions = {},
): SampleLine[] {
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new RangeError(`longInterview: minutes must be a positive number, got ${minutes}`);
  if (base.length === 0) throw new RangeError("longInterview: the base script has no lines");
  const rng = makeRng(options.seed ?? DEFAULT_SEED);
  const targetMs = minutes * 60_000;
  const seen = new Set<string>();
  const out: SampleLine[] = [];
  let at = base[0]?.startMs ?? 0;
  for (let round = 0; ; round += 1) {
    // One choice per technology per round, so a question and its answers keep talking about the same thing.
    const swaps = new Map<RegExp, string>(SWAPS.map(([pattern, choices]) => [pattern, pick(rng, choices)]));
    for (const [n, line] of base.entries()) {
      let text = round === 0 ? line.text : vary(rng, line, swaps);
      for (let tries = 0; seen.has(text) && tries < 20; tries += 1) text = `${text} ${aside(rng, line.speaker)}`;
      seen.add(text);
      const durationMs = Math.max(800, Math.round((line.durationMs * words(text)) / Math.max(1, words(line.text))));
      if (n > 0 || round > 0) {
        const roundGap = n === 0 ? ROUND_GAP_MIN_MS + Math.floor(rng() * ROUND_GAP_SPREAD_MS) : 0;
        at += PAUSE_MIN_MS + Math.floor(rng() * PAUSE_SPREAD_MS) + roundGap;
      }
      const speaker = line.speaker === INTERVIEWER ? INTERVIEWER : CANDIDATE;
      out.push({ speaker, startMs: at, durationMs, text });
      at += durationMs;
      if (at >= targetMs) return out;
    }
  }
}
