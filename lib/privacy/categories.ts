import { z } from "zod";

export const CategorySchema = z.enum([
  "person",
  "email",
  "phone",
  "ssn",
  "card",
  "ip",
  "address",
  "dob",
  "id_number",
  "profile",
  "org",
  "school",
  "place",
]);
export type Category = z.infer<typeof CategorySchema>;

/** People, contact details, government and payment identifiers, addresses, dates of birth, IPs. */
export const DEFAULT_SCRUBBED: readonly Category[] = [
  "person",
  "email",
  "phone",
  "ssn",
  "card",
  "ip",
  "address",
  "dob",
  "id_number",
  "profile",
];

/** Pseudonym stem per category: [EMAIL_1], [PHONE_2]… (people get [CANDIDATE] / [PERSON_n]). */
export const PSEUDONYM_STEM: Record<Category, string> = {
  person: "PERSON",
  email: "EMAIL",
  phone: "PHONE",
  ssn: "SSN",
  card: "CARD",
  ip: "IP",
  address: "ADDRESS",
  dob: "DOB",
  id_number: "ID",
  profile: "PROFILE",
  org: "ORG",
  school: "SCHOOL",
  place: "PLACE",
};

export const PolicySchema = z.object({
  scrub: z.array(CategorySchema).default([...DEFAULT_SCRUBBED]),
});
export type ScrubPolicy = z.infer<typeof PolicySchema>;

export const DEFAULT_POLICY: ScrubPolicy = { scrub: [...DEFAULT_SCRUBBED] };

export interface Span {
  start: number;
  end: number;
  category: Category;
  /** A reading that gives way to a person found at the same place ("hired by khalid at noon dot com"). */
  weak?: boolean;
}
