/**
 * The compliance topics in another language: the same topics as the English guardrail (a missing one is
 * a type error), each with its phrasings, its lawful lookalikes and what to ask instead in that language,
 * under that language's jurisdictions' law (EU Directive 2000/78/EC everywhere; the national laws named).
 */
export type ComplianceTopicId =
  | "age"
  | "marital_status"
  | "family"
  | "religion"
  | "national_origin"
  | "disability_health"
  | "arrest_record"
  | "salary_history"
  | "sexual_orientation_gender"
  | "politics_union_military"
  | "genetic_information";

export interface LocalTopic {
  label: string;
  patterns: RegExp[];
  lawful?: RegExp[];
  instead: string;
}

export interface ComplianceLanguage {
  /** Only a question, or a request phrased as one, counts. */
  asks: RegExp;
  /** An utterance that opens as a question, for transcripts without a question mark. */
  opensAsQuestion: RegExp;
  topics: Record<ComplianceTopicId, LocalTopic>;
}
