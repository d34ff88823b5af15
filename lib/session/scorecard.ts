/**
 * The interviewer's scorecard: a rating and a note per competency, and their recommendation. Only the
 * interviewer fills it in (the app drafts evidence, never ratings); stored encrypted with the session
 * and carried by its exports and share files.
 */
import { z } from "zod";

export const RATINGS = [
  { value: 1, label: "Strong no" },
  { value: 2, label: "No" },
  { value: 3, label: "Yes" },
  { value: 4, label: "Strong yes" },
] as const;

export const CompetencyRatingSchema = z.object({
  competency: z.string().min(1).max(300),
  rating: z.number().int().min(1).max(4).nullable(),
  note: z.string().max(5_000).default(""),
});
export type CompetencyRating = z.infer<typeof CompetencyRatingSchema>;

export const ScorecardSchema = z.object({
  ratings: z.array(CompetencyRatingSchema).max(100),
  recommendation: z.string().max(10_000).default(""),
  updatedAt: z.number(),
});
export type Scorecard = z.infer<typeof ScorecardSchema>;

export const ratingLabel = (rating: number | null) => RATINGS.find((r) => r.value === rating)?.label ?? "Not rated";

/** The card with one competency's rating or note changed (added when it is not there yet). */
export function withRating(
  card: Scorecard | null,
  competency: string,
  change: Partial<Pick<CompetencyRating, "rating" | "note">>,
  now = Date.now(),
): Scorecard {
  const ratings = [...(card?.ratings ?? [])];
  const index = ratings.findIndex((r) => r.competency === competency);
  const current = index >= 0 ? (ratings[index] as CompetencyRating) : { competency, rating: null, note: "" };
  const next = { ...current, ...change };
  if (index >= 0) ratings[index] = next;
  else ratings.push(next);
  return { ratings, recommendation: card?.recommendation ?? "", updatedAt: now };
}
