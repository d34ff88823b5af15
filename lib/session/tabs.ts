/** The copilot panel's tabs and which insight types each shows. */
import type { Insight } from "../analysis/insight";

export type TabId = "insights" | "questions" | "facts" | "sentiment";

export const TABS: { id: TabId; label: string }[] = [
  { id: "insights", label: "Insights" },
  { id: "questions", label: "Questions" },
  { id: "facts", label: "Fact Check" },
  { id: "sentiment", label: "Sentiment" },
];

export const TAB_OF: Record<Insight["type"], TabId> = {
  insight: "insights",
  highlight: "insights",
  question: "questions",
  fact_check: "facts",
  // Private and urgent: shown first, on the tab the interviewer watches.
  compliance: "insights",
  warning: "sentiment",
  sentiment: "sentiment",
};
