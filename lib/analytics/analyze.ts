/**
 * Conversation analytics for one stored session (pure: the app's debrief, the CLI's `copilot report`
 * and the exports all call this). Every figure is computed from the segments and insights, explained
 * in one line, and linked to the segments it counts.
 */
import { contentWords, PLAN_COVERAGE } from "../analysis/plan-words";
import type { Language } from "../language";
import { profile } from "../analysis/rules/language";
import { findSkills } from "../analysis/rules/skills";
import { sentimentOf } from "../analysis/sentiment";
import type { StoredInsight } from "../session/model";
import type { Segment } from "../transcript/segment";
import {
  isQuestionSentence,
  questionsIn,
  QUESTION_CLASSES,
  sentencesOf,
  type ClassifiedQuestion,
  type QuestionClass,
} from "./questions";
import { interruptionsOf, turnsOf, wordCount, type Interruption, type Turn } from "./turns";

export const ANALYTICS_VERSION = 1;

export interface AnalyticsInput {
  segments: readonly Segment[];
  questionPlan?: readonly string[];
  jobDescription?: string;
  insights?: readonly StoredInsight[];
  /** The interviewer's speaker label, when known; else "Interviewer", else whoever asks the most. */
  interviewer?: string;
  /** The interview's language: plan topics are matched by its content words (default English). */
  language?: Language;
}

export interface SpeakerStats {
  role: "interviewer" | "candidate" | "other";
  talkMs: number;
  /** This speaker's share of all talk time, 0..1. */
  talkShare: number;
  words: number;
  wordsPerMinute: number;
  longestMonologueMs: number;
  longestMonologueSegmentIds: string[];
  turns: number;
}

export interface Answer {
  segmentIds: string[];
  answerMs: number;
  words: number;
  /** From the end of the question to the first word of the answer. */
  thinkTimeMs: number;
}

export interface Question extends ClassifiedQuestion {
  segmentId: string;
  atMs: number;
  /** The candidate's answer, for the last question of a turn; null when nobody answered. */
  answer: Answer | null;
}

export interface PlanTopic {
  item: string;
  covered: boolean;
  coveredAtMs: number | null;
  /** Talk time from when the interviewer raised the topic until they raised the next one. */
  timeMs: number;
  segmentIds: string[];
}

export interface Figure {
  id: string;
  label: string;
  value: number;
  unit: "share" | "ms" | "count" | "wpm" | "ratio";
  explanation: string;
  segmentIds: string[];
}

export interface InterviewAnalytics {
  version: typeof ANALYTICS_VERSION;
  durationMs: number;
  interviewer: string | null;
  candidate: string | null;
  speakers: Record<string, SpeakerStats>;
  questions: Question[];
  questionCounts: Record<QuestionClass, number>;
  interruptions: Interruption[];
  plan: PlanTopic[];
  missedTopics: string[];
  followUps: { shown: number; asked: number; dismissed: number; pinned: number; segmentIds: string[] };
  /** VADER's compound score per answer (candidate turn), -1..1. */
  sentiment: { segmentId: string; atMs: number; score: number }[];
  /** Fillers and self-corrections per 100 words, per answer (candidate turn). */
  stress: { segmentId: string; atMs: number; per100Words: number }[];
  compliance: { insightId: string; segmentId: string; title: string }[];
  figures: Figure[];
}

const median = (values: number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function rolesOf(turns: Turn[], named?: string): { interviewer: string | null; candidate: string | null } {
  const speakers = [...new Set(turns.map((t) => t.speaker))];
  const talk = new Map<string, number>();
  for (const t of turns) talk.set(t.speaker, (talk.get(t.speaker) ?? 0) + (t.endMs - t.startMs));
  // Who asks the most, counted only when no label says who the interviewer is.
  const mostQuestions = () => {
    const asked = new Map<string, number>();
    for (const t of turns)
      asked.set(t.speaker, (asked.get(t.speaker) ?? 0) + sentencesOf(t.text).filter(isQuestionSentence).length);
    return [...speakers].sort((a, b) => (asked.get(b) ?? 0) - (asked.get(a) ?? 0))[0];
  };
  const interviewer =
    (named && speakers.includes(named) ? named : null) ??
    speakers.find((s) => s.toLowerCase() === "interviewer") ??
    mostQuestions() ??
    null;
  const others = speakers.filter((s) => s !== interviewer);
  const candidate =
    others.find((s) => s.toLowerCase() === "candidate") ??
    [...others].sort((a, b) => (talk.get(b) ?? 0) - (talk.get(a) ?? 0))[0] ??
    null;
  return { interviewer, candidate };
}

function segmentOf(turn: Turn, text: string): Segment {
  const probe = text.slice(0, 24).toLowerCase();
  return turn.segments.find((s) => s.text.toLowerCase().includes(probe)) ?? (turn.segments[0] as Segment);
}

function speakerStats(turns: Turn[], segments: readonly Segment[], roles: ReturnType<typeof rolesOf>) {
  const total = segments.reduce((sum, s) => sum + Math.max(0, s.endMs - s.startMs), 0);
  const stats: Record<string, SpeakerStats> = {};
  for (const s of segments) {
    const entry = (stats[s.speaker] ??= {
      role: s.speaker === roles.interviewer ? "interviewer" : s.speaker === roles.candidate ? "candidate" : "other",
      talkMs: 0,
      talkShare: 0,
      words: 0,
      wordsPerMinute: 0,
      longestMonologueMs: 0,
      longestMonologueSegmentIds: [],
      turns: 0,
    });
    entry.talkMs += Math.max(0, s.endMs - s.startMs);
    entry.words += wordCount(s.text);
  }
  for (const t of turns) {
    const entry = stats[t.speaker] as SpeakerStats;
    entry.turns += 1;
    if (t.endMs - t.startMs > entry.longestMonologueMs) {
      entry.longestMonologueMs = t.endMs - t.startMs;
      entry.longestMonologueSegmentIds = t.segments.map((s) => s.id);
    }
  }
  for (const entry of Object.values(stats)) {
    entry.talkShare = total > 0 ? entry.talkMs / total : 0;
    entry.wordsPerMinute = entry.talkMs > 0 ? Math.round((entry.words / entry.talkMs) * 60_000) : 0;
  }
  return stats;
}

function questionsAndAnswers(turns: Turn[], roles: ReturnType<typeof rolesOf>): Question[] {
  const out: Question[] = [];
  turns.forEach((turn, index) => {
    if (turn.speaker !== roles.interviewer) return;
    const found = questionsIn(turn.text);
    found.forEach((q, k) => {
      const segment = segmentOf(turn, q.text);
      let answer: Answer | null = null;
      const next = turns[index + 1];
      if (k === found.length - 1 && next && next.speaker === roles.candidate) {
        answer = {
          segmentIds: next.segments.map((s) => s.id),
          answerMs: next.endMs - next.startMs,
          words: wordCount(next.text),
          thinkTimeMs: Math.max(0, next.startMs - turn.endMs),
        };
      }
      out.push({ ...q, segmentId: segment.id, atMs: segment.startMs, answer });
    });
  });
  return out;
}

function planTopics(
  turns: Turn[],
  plan: readonly string[],
  roles: ReturnType<typeof rolesOf>,
  language: Language | undefined,
): PlanTopic[] {
  const topics: PlanTopic[] = plan.map((item) => ({
    item,
    covered: false,
    coveredAtMs: null,
    timeMs: 0,
    segmentIds: [],
  }));
  // Each topic's words, worked out once rather than once per turn.
  const neededOf = new Map(topics.map((t) => [t, contentWords(t.item, language)]));
  let current: PlanTopic | null = null;
  // A topic counts as covered when either speaker's words cover it (as the live checklist ticks it);
  // the interviewer raising a topic moves the clock to it.
  for (const turn of turns) {
    const words = new Set(contentWords(turn.text, language));
    const raised = topics.filter((t) => {
      const needed = neededOf.get(t) ?? [];
      return needed.length > 0 && needed.filter((w) => words.has(w)).length / needed.length >= PLAN_COVERAGE;
    });
    for (const t of raised)
      if (!t.covered) {
        t.covered = true;
        t.coveredAtMs = turn.startMs;
      }
    if (turn.speaker === roles.interviewer && raised[0]) current = raised[0];
    if (current) {
      current.timeMs += turn.segments.reduce((sum, s) => sum + Math.max(0, s.endMs - s.startMs), 0);
      current.segmentIds.push(...turn.segments.map((s) => s.id));
    }
  }
  return topics;
}

export function analyzeInterview(input: AnalyticsInput): InterviewAnalytics {
  const segments = input.segments.filter((s) => s.final && s.text.trim()).sort((a, b) => a.startMs - b.startMs);
  const insights = input.insights ?? [];
  const turns = turnsOf(segments);
  const roles = rolesOf(turns, input.interviewer);
  const speakers = speakerStats(turns, segments, roles);
  const questions = questionsAndAnswers(turns, roles);
  const questionCounts = Object.fromEntries(QUESTION_CLASSES.map((c) => [c, 0])) as Record<QuestionClass, number>;
  for (const q of questions) questionCounts[q.class] += 1;
  const interruptions = interruptionsOf(segments);
  const plan = planTopics(turns, input.questionPlan ?? [], roles, input.language);
  // The job description's skills nobody mentioned: looked for one segment at a time, until all are found.
  const missing = new Set(findSkills(input.jobDescription ?? "").map((m) => m.tech.name));
  for (const s of segments) {
    if (missing.size === 0) break;
    for (const m of findSkills(s.text, { anyCase: true, only: missing })) missing.delete(m.tech.name);
  }
  const missedTopics = [...missing];
  const suggestions = insights.filter((i) => i.type === "question");
  const followUps = {
    shown: suggestions.length,
    asked: suggestions.filter((i) => i.flags.asked).length,
    dismissed: suggestions.filter((i) => i.flags.dismissed).length,
    pinned: suggestions.filter((i) => i.flags.pinned).length,
    segmentIds: suggestions.filter((i) => i.flags.asked).map((i) => i.segmentId),
  };
  // One point per answer (a candidate turn), as the live chart scores each answer.
  const answers = turns.filter((t) => t.speaker === roles.candidate);
  const sentiment = answers.map((t) => ({
    segmentId: (t.segments[0] as Segment).id,
    atMs: t.startMs,
    score: sentimentOf(t.text),
  }));
  const stress = answers.map((t) => {
    const p = profile(t.text);
    return {
      segmentId: (t.segments[0] as Segment).id,
      atMs: t.startMs,
      per100Words: p.words ? Math.round(((p.fillers + p.selfCorrections) / p.words) * 1000) / 10 : 0,
    };
  });
  const compliance = insights
    .filter((i) => i.type === "compliance")
    .map((i) => ({ insightId: i.id, segmentId: i.segmentId, title: i.title }));
  const durationMs = segments.length ? Math.max(...segments.map((s) => s.endMs)) - (segments[0] as Segment).startMs : 0;
  const analytics: Omit<InterviewAnalytics, "figures"> = {
    version: ANALYTICS_VERSION,
    durationMs,
    interviewer: roles.interviewer,
    candidate: roles.candidate,
    speakers,
    questions,
    questionCounts,
    interruptions,
    plan,
    missedTopics,
    followUps,
    sentiment,
    stress,
    compliance,
  };
  return { ...analytics, figures: figuresOf(analytics) };
}

function figuresOf(a: Omit<InterviewAnalytics, "figures">): Figure[] {
  const figures: Figure[] = [];
  for (const [label, s] of Object.entries(a.speakers)) {
    figures.push({
      id: `talk-share:${label}`,
      label: `${label}: talk share`,
      value: s.talkShare,
      unit: "share",
      explanation: `${label} spoke ${seconds(s.talkMs)} of all talk time, ${Math.round(s.talkShare * 100)}%.`,
      segmentIds: [],
    });
    figures.push({
      id: `monologue:${label}`,
      label: `${label}: longest monologue`,
      value: s.longestMonologueMs,
      unit: "ms",
      explanation: `${label}'s longest run without the other speaking lasted ${seconds(s.longestMonologueMs)}.`,
      segmentIds: s.longestMonologueSegmentIds,
    });
    figures.push({
      id: `wpm:${label}`,
      label: `${label}: words per minute`,
      value: s.wordsPerMinute,
      unit: "wpm",
      explanation: `${s.words} words in ${seconds(s.talkMs)} of speech.`,
      segmentIds: [],
    });
  }
  for (const cls of QUESTION_CLASSES) {
    const qs = a.questions.filter((q) => q.class === cls);
    if (qs.length === 0) continue;
    figures.push({
      id: `questions:${cls}`,
      label: `${cls.replace("_", "-")} questions`,
      value: qs.length,
      unit: "count",
      explanation: `${qs.length} of the interviewer's ${a.questions.length} questions: ${qs[0]?.rule}${qs.length > 1 ? ", and the like" : ""}.`,
      segmentIds: qs.map((q) => q.segmentId),
    });
  }
  const answered = a.questions.filter((q) => q.answer);
  if (answered.length) {
    const think = median(answered.map((q) => q.answer?.thinkTimeMs ?? 0));
    const length = median(answered.map((q) => q.answer?.answerMs ?? 0));
    figures.push({
      id: "think-time",
      label: "median think time",
      value: think,
      unit: "ms",
      explanation: `Median pause between the end of a question and the start of its answer, over ${answered.length} answered questions.`,
      segmentIds: answered.map((q) => q.answer?.segmentIds[0] ?? q.segmentId),
    });
    figures.push({
      id: "answer-length",
      label: "median answer length",
      value: length,
      unit: "ms",
      explanation: `Median duration of the candidate's answers, over ${answered.length} answered questions.`,
      segmentIds: answered.flatMap((q) => q.answer?.segmentIds ?? []),
    });
  }
  figures.push({
    id: "interruptions",
    label: "interruptions",
    value: a.interruptions.length,
    unit: "count",
    explanation: `Speaker changes while the other was still speaking (${a.interruptions.filter((i) => i.kind === "overlap").length} overlapping) or right after an unfinished sentence (${a.interruptions.filter((i) => i.kind === "cut_off").length}).`,
    segmentIds: a.interruptions.map((i) => i.segmentId),
  });
  if (a.plan.length) {
    const covered = a.plan.filter((p) => p.covered);
    figures.push({
      id: "plan-coverage",
      label: "question plan covered",
      value: covered.length / a.plan.length,
      unit: "ratio",
      explanation: `${covered.length} of ${a.plan.length} plan topics covered in the conversation.`,
      segmentIds: covered.map((p) => p.segmentIds[0] ?? "").filter(Boolean),
    });
  }
  if (a.missedTopics.length)
    figures.push({
      id: "missed-topics",
      label: "job-description skills never discussed",
      value: a.missedTopics.length,
      unit: "count",
      explanation: `Never mentioned by either speaker: ${a.missedTopics.join(", ")}.`,
      segmentIds: [],
    });
  if (a.followUps.shown)
    figures.push({
      id: "follow-up-uptake",
      label: "suggested follow-ups asked",
      value: a.followUps.asked / a.followUps.shown,
      unit: "ratio",
      explanation: `${a.followUps.asked} of ${a.followUps.shown} suggested questions marked asked, ${a.followUps.dismissed} dismissed.`,
      segmentIds: a.followUps.segmentIds,
    });
  return figures;
}
