/**
 * The local, extractive summary and scorecard draft (no model): for each competency (the question plan's
 * topics, else the job description's skills) the candidate's words that speak for it and against it,
 * each a quote linked to its segment, and what is still open. It never rates or recommends: that is
 * the interviewer's.
 */
import { contentWords, PLAN_COVERAGE } from "../analysis/plan-words";
import type { Language } from "../language";
import { profile, star } from "../analysis/rules/language";
import { findSkills } from "../analysis/rules/skills";
import type { StoredInsight } from "../session/model";
import type { Segment } from "../transcript/segment";
import type { InterviewAnalytics } from "./analyze";

export interface Evidence {
  segmentId: string;
  atMs: number;
  quote: string;
  /** Why it counts: "specific and owned", "hedged", "flagged: …". */
  why: string;
}

export interface CompetencyDraft {
  competency: string;
  source: "plan" | "job_description";
  for: Evidence[];
  against: Evidence[];
  open: string[];
}

export interface LocalSummary {
  competencies: CompetencyDraft[];
  keyMoments: Evidence[];
  claims: { title: string; check: string; segmentId: string }[];
  planCoverage: { item: string; covered: boolean }[];
  /** Said wherever the summary is shown. */
  notice: string;
}

import { NO_RATING_NOTICE } from "./notices";

export { NO_RATING_NOTICE } from "./notices";

const QUOTE_CHARS = 200;
const quoteOf = (text: string) => (text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1).trimEnd()}…` : text);

type Verdict = { side: "for" | "against"; why: string } | null;

function judge(segment: Segment, flagged: Map<string, StoredInsight[]>): Verdict {
  const flags = (flagged.get(segment.id) ?? []).filter((i) => i.type === "fact_check" || i.type === "warning");
  if (flags[0]) return { side: "against", why: `flagged: ${flags[0].title}` };
  const p = profile(segment.text);
  const s = star(segment.text);
  if (p.hedges + p.vagueActions >= 2) return { side: "against", why: "hedged or vague" };
  if ((s.action && (s.result || p.specifics > 0)) || (p.specifics > 0 && p.iCount > 0))
    return { side: "for", why: s.result ? "an action and its result" : "specific and owned" };
  return null;
}

/** `needed`: the competency's content words, worked out once per competency rather than per segment. */
function matches(segment: Segment, competency: string, skill: boolean, words: Set<string>, needed: string[]): boolean {
  if (skill) return findSkills(segment.text, { anyCase: true, only: new Set([competency]) }).length > 0;
  return needed.length > 0 && needed.filter((w) => words.has(w)).length / needed.length >= PLAN_COVERAGE;
}

export function localSummary(
  segments: readonly Segment[],
  analytics: InterviewAnalytics,
  insights: readonly StoredInsight[],
  jobDescription = "",
  language?: Language,
): LocalSummary {
  const candidate = segments.filter((s) => s.final && s.speaker === analytics.candidate);
  const flagged = new Map<string, StoredInsight[]>();
  for (const i of insights) if (!i.flags.dismissed) flagged.set(i.segmentId, [...(flagged.get(i.segmentId) ?? []), i]);
  const fromPlan = analytics.plan.length > 0;
  const verdicts = new Map<string, Verdict>();
  // Each segment's content words, for matching plan topics (skills are matched by name instead).
  const words = new Map(fromPlan ? candidate.map((s) => [s.id, new Set(contentWords(s.text, language))]) : []);
  const names = fromPlan
    ? analytics.plan.map((p) => p.item)
    : [...new Set(findSkills(jobDescription).map((m) => m.tech.name))];
  const competencies = names.map((competency): CompetencyDraft => {
    const topic = analytics.plan.find((p) => p.item === competency);
    const inTopic = new Set(topic?.segmentIds ?? []);
    const needed = fromPlan ? contentWords(competency, language) : [];
    const relevant = candidate.filter(
      (s) => inTopic.has(s.id) || matches(s, competency, !fromPlan, words.get(s.id) ?? new Set(), needed),
    );
    const draft: CompetencyDraft = {
      competency,
      source: fromPlan ? "plan" : "job_description",
      for: [],
      against: [],
      open: [],
    };
    for (const s of relevant) {
      // Judged once per segment, whichever competencies it speaks to.
      if (!verdicts.has(s.id)) verdicts.set(s.id, judge(s, flagged));
      const verdict = verdicts.get(s.id) ?? null;
      if (verdict)
        draft[verdict.side].push({ segmentId: s.id, atMs: s.startMs, quote: quoteOf(s.text), why: verdict.why });
    }
    if (topic && !topic.covered) draft.open.push("Not raised in the interview.");
    else if (relevant.length === 0) draft.open.push("The candidate did not speak to it.");
    else if (draft.for.length === 0) draft.open.push("No specific, owned example yet.");
    return draft;
  });
  const bySegment = new Map(segments.map((s) => [s.id, s]));
  const keyMoments = insights
    .filter((i) => !i.flags.dismissed && (i.priority === "high" || i.flags.pinned))
    .slice(0, 12)
    .map((i) => ({
      segmentId: i.segmentId,
      atMs: i.atMs,
      quote: quoteOf(bySegment.get(i.segmentId)?.text ?? ""),
      why: i.title,
    }));
  const claims = insights
    .filter((i) => i.type === "fact_check" && !i.flags.dismissed)
    .map((i) => ({ title: i.title, check: i.content, segmentId: i.segmentId }));
  return {
    competencies,
    keyMoments,
    claims,
    planCoverage: analytics.plan.map((p) => ({ item: p.item, covered: p.covered })),
    notice: NO_RATING_NOTICE,
  };
}
