/** What GET /api/auth/session answers, shared by the route and the app (parsed at the edge). */
import { z } from "zod";

export const SessionAnswerSchema = z.strictObject({
  mode: z.enum(["laptop", "organisation"]),
  signInRequired: z.boolean(),
  user: z.string().max(200).nullable(),
});
export type SessionAnswer = z.infer<typeof SessionAnswerSchema>;
