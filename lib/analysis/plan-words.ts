/**
 * The words that say a plan topic was covered, shared by the live analyzer and the debrief (a module
 * of its own, so the debrief's worker does not load the whole analyzer and its models).
 */
const STOP = new Set(
  "the a an and or of to in on for with your you about me tell how what why when did do is are was were it that this at by from as be".split(
    " ",
  ),
);

/** Share of a plan item's content words that must be said for it to count as covered (0..1). */
export const PLAN_COVERAGE = 0.5;

export const contentWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter((w) => w.length > 2 && !STOP.has(w));
