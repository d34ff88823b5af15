/**
 * The built-in sample interview, written for this project: a realistic exchange for a backend role with
 * timing, played back through the same pipeline as a live session (partials, finals, scrubbing, local
 * analysis, model analysis when configured). It exercises every tab: skills, probes, fact checks (one that
 * contradicts the candidate's own earlier claim), a compliance warning on a risky question, stress and
 * sentiment. The candidate is fictional.
 */
import { CANDIDATE, INTERVIEWER } from "../transcript/segment";

export interface SampleLine {
  speaker: typeof INTERVIEWER | typeof CANDIDATE;
  /** Offset from the start of the interview. */
  startMs: number;
  durationMs: number;
  text: string;
}

export const SAMPLE_SETUP = {
  candidate: "Jordan Avery",
  role: "Senior Backend Engineer",
  jobDescription:
    "Own the payments platform's Go and PostgreSQL services on Kubernetes; lead incident response; mentor two engineers.",
  questionPlan: ["Kubernetes experience", "Incident response", "Database migrations", "Mentoring and team work"],
  plannedMinutes: 10,
};

const lines: [SampleLine["speaker"], number, string][] = [
  [INTERVIEWER, 4200, "Thanks for joining, Jordan. Can you tell me about your experience with Kubernetes?"],
  [
    CANDIDATE,
    9800,
    "Sure. At Lumenpay I ran our payment services on Kubernetes with Helm and Terraform, about forty services written in Go, and I moved our PostgreSQL backups to point in time recovery.",
  ],
  [CANDIDATE, 6100, "Before that I had fifteen years of React on the front end, so I know the whole stack."],
  [INTERVIEWER, 3900, "And how long have you worked with Kafka?"],
  [CANDIDATE, 4200, "Kafka, about two years, mostly consuming events from the ledger."],
  // A question the guardrail flags at once, with a lawful way to ask.
  [INTERVIEWER, 3600, "Just curious, how old are your kids? The on-call rota can be tough."],
  [CANDIDATE, 3400, "I can work the on-call rota, that's fine."],
  [INTERVIEWER, 5200, "Tell me about a time when an incident went badly and how you handled it."],
  [
    CANDIDATE,
    8800,
    "Um, so, we kind of had an outage, I mean, it was, uh, a bad night. We sort of handled it together and basically things calmed down eventually.",
  ],
  [
    CANDIDATE,
    7400,
    "Honestly it was stressful and frustrating, I was worried and the whole team felt terrible about it, it was a painful week.",
  ],
  [
    CANDIDATE,
    6900,
    "We were blamed for the failure, the rollback failed, and we lost trust with an angry customer, which was awful.",
  ],
  [INTERVIEWER, 4300, "What did you change afterwards? Any database migrations involved?"],
  [
    CANDIDATE,
    10400,
    "I wrote the runbook myself and added canary deploys with Argo CD. Our p99 latency went from 800 milliseconds to 120 milliseconds, and we reduced latency by 400 percent overall.",
  ],
  [
    CANDIDATE,
    8300,
    "The migration moved 2 terabytes from MySQL to PostgreSQL in 3 weekends, with zero downtime and 12 rehearsals.",
  ],
  [CANDIDATE, 5600, "After seven years of Kafka I also knew exactly where the consumers would lag."],
  [INTERVIEWER, 4700, "How do you approach mentoring and team work with junior engineers?"],
  [
    CANDIDATE,
    8600,
    "We pair a lot, we review each other's pull requests, we run a weekly learning hour and we share the on-call rota.",
  ],
  [INTERVIEWER, 3600, "Great, that's all from me. Any questions for us?"],
  [CANDIDATE, 5200, "Yes, how does the team measure success for this role in the first six months?"],
];

const PAUSE_MS = 900;

/** The script with start times: each line follows the previous one after a short pause. */
export const SAMPLE_INTERVIEW: SampleLine[] = (() => {
  let at = 1500;
  return lines.map(([speaker, durationMs, text]) => {
    const line = { speaker, startMs: at, durationMs, text };
    at += durationMs + PAUSE_MS;
    return line;
  });
})();
