/** bench/scrub: milliseconds to scrub a 2,000-character window with the embedded NER, and throughput. */
import { LANGUAGE_NAMES, type Language } from "../lib/language";
import { languageEvalFile, loadEvalSet } from "../lib/privacy/evaluate";
import { PseudonymMap } from "../lib/privacy/pseudonyms";
import { clearDetectionCache, scrub } from "../lib/privacy/scrubber";
import { row, type Row } from "./stats";

const WINDOW_CHARS = 2_000;

const OTHER_LANGUAGES: Exclude<Language, "en">[] = ["es", "de", "fr", "it"];

/** 2,000-character windows of interview text, sliding over the evaluation set's utterances. */
function windows(files: string[] = []): string[] {
  // The languages' rows are short utterances without a final period; a transcript's segments end with one.
  const text = files.length
    ? files
        .flatMap((f) => loadEvalSet(f))
        .map((r) => (/[.!?]$/.test(r.text) ? r.text : `${r.text}.`))
        .join(" ")
    : loadEvalSet()
        .map((r) => r.text)
        .join(" ");
  const out: string[] = [];
  for (let start = 0; start + WINDOW_CHARS <= text.length; start += 250)
    out.push(text.slice(start, start + WINDOW_CHARS));
  return out;
}

/** Sliding: windows in transcript order, as the analysis scheduler sends them. Cold: no cache at all. */
function run(
  inputs: string[],
  rounds: number,
  cold: boolean,
  language: Language = "en",
): { times: number[]; charsPerSecond: number } {
  const times: number[] = [];
  let chars = 0;
  let busy = 0;
  for (let r = 0; r < rounds; r += 1) {
    clearDetectionCache();
    const session = new PseudonymMap("Marta Ruiz-López");
    for (const w of inputs) {
      if (cold) clearDetectionCache();
      const t0 = performance.now();
      scrub(w, session, { language });
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
    ...OTHER_LANGUAGES.flatMap((language) => languageRows(language, rounds)),
  ];
}

/** Per language: the same windows over that language's evaluation sets (main and blind). */
function languageRows(language: Exclude<Language, "en">, rounds: number): Row[] {
  const inputs = windows([languageEvalFile(language), languageEvalFile(language, true)]);
  run(inputs.slice(0, 10), 1, true, language); // warm-up (JIT, the language's lexicons)
  const name = LANGUAGE_NAMES[language].english;
  const budget = { text: "p95 ≤ 20", max: 20, on: "p95" } as const;
  return [
    row(
      `Scrub a sliding ${WINDOW_CHARS}-char window, ${name}`,
      run(inputs, rounds, false, language).times,
      "ms",
      budget,
    ),
    row(`Scrub a ${WINDOW_CHARS}-char window, ${name}, cold`, run(inputs, rounds, true, language).times, "ms", budget),
  ];
}
