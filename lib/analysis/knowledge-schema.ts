import { z } from "zod";

/**
 * The dated knowledge base's shape (`data/technologies.json`). It ships inside the bundle, so a test
 * checks it (knowledge-base.test.ts) instead of every start parsing it.
 */
export const KnowledgeSchema = z.array(
  z
    .object({
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)),
      released: z.string().regex(/^\d{4}(?:-\d{2})?$/),
      kind: z.string(),
      ambiguous: z.boolean(),
      source: z.string().url(),
      note: z.string().optional(),
    })
    .strict(),
);
export type Knowledge = z.infer<typeof KnowledgeSchema>;
