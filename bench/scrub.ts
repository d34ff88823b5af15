/** bench/scrub: milliseconds to scrub a 2,000-character window with the embedded NER, and throughput. */
import { loadEvalSet } from "../lib/privacy/evaluate";
import { PseudonymMap } from "../lib/privacy/pseudonyms";
import { clearDetectionCache, scrub } from "../lib/privacy/scrubber";
import { row, type Row } from "./stats";

const WINDOW_CHARS = 2_000;

/** 2,000-character windows of interview text, sliding over the evaluation set's utterances. */
function windows(): string[] {
  const text = loadEvalSet()
    .map((r) => r.text)
    .join(" ");
  const out: string[] = [];
  for (let start = 0; start + WINDOW_CHARS <= text.length; start += 250)
    out.push(text.slice(start, start + WINDOW_CHARS));
  return out;
}

/** Sliding: windows in transcript order, as the analysis scheduler sends them. Cold: no cache at all. */
function run(inputs: string[], rounds: number, cold: boolean): { times: number[]; charsPerSecond: number } {
  const times: number[] = [];
  let chars = 0;
  let busy = 0;
  for (let r = 0; r < rounds; r += 1) {
    clearDetectionCache();
    const session = new PseudonymMap("Marta Ruiz-López");
    for (const w of inputs) {
      if (cold) clearDetectionCache();
      const t0 = performance.now();
      scrub(w, session);
      const ms = performance.now() - t0;
      times.push(ms);
      busy += ms;
      chars += w.length;
    }
  }
  return { times, charsPerSecond: chars / (busy / 1000) };
}

export function benchScrub(rounds = 5): Row[] {
  const inputs = windows();
  run(inputs.slice(0, 10), 1, true); // warm-up (JIT)
  const sliding = run(inputs, rounds, false);
  const cold = run(inputs, rounds, true);
  return [
    row(`Scrub a sliding ${WINDOW_CHARS}-char window (embedded NER)`, sliding.times, "ms", {
      text: "p95 ≤ 20",
      max: 20,
      on: "p95",
    }),
    row(`Scrub a ${WINDOW_CHARS}-char window, cold (no sentence cache)`, cold.times, "ms", {
      text: "p95 ≤ 20",
      max: 20,
      on: "p95",
    }),
    row("Scrub throughput, sliding", [sliding.charsPerSecond], "chars/s"),
    row("Scrub throughput, cold", [cold.charsPerSecond], "chars/s"),
  ];
}
