/**
 * Consistent pseudonyms for one session: the candidate is [CANDIDATE], other people [PERSON_1]…, and each
 * other category [EMAIL_1]… The same value always maps to the same token, a person's first or last name
 * alone maps to that person, and `reveal` puts real values back into text shown on this device.
 */
import { PSEUDONYM_STEM, type Category } from "./categories";

export const CANDIDATE_TOKEN = "[CANDIDATE]";

export interface PseudonymEntry {
  token: string;
  category: Category;
  value: string;
}

const key = (category: Category, value: string) =>
  `${category}:${
    category === "person"
      ? value
          .toLowerCase()
          .replace(/['’]s$/u, "")
          .replace(/\s+/g, " ")
          .trim()
      : value.toLowerCase().replace(/[\s().-]/g, "")
  }`;

export class PseudonymMap {
  private readonly byKey = new Map<string, PseudonymEntry>();
  private readonly counters = new Map<string, number>();
  private readonly people: { name: string; token: string }[] = [];

  constructor(candidateName?: string) {
    if (candidateName?.trim()) this.register("person", candidateName.trim(), CANDIDATE_TOKEN);
  }

  private register(category: Category, value: string, token: string): PseudonymEntry {
    const entry = { token, category, value };
    this.byKey.set(key(category, value), entry);
    if (category === "person") this.people.push({ name: value, token });
    return entry;
  }

  hasCandidate(): boolean {
    return this.people.some((p) => p.token === CANDIDATE_TOKEN);
  }

  /**
   * The candidate's name learned during the session (the interviewer greeted them). A name already
   * given another token keeps it: tokens already sent must keep meaning the same person.
   */
  setCandidate(name: string): void {
    if (this.hasCandidate() || this.byKey.has(key("person", name))) return;
    this.register("person", name, CANDIDATE_TOKEN);
  }

  /** Names known so far (the candidate's first), for matching in later text. */
  knownPeople(): string[] {
    return this.people.map((p) => p.name);
  }

  tokenFor(category: Category, value: string): string {
    const existing = this.byKey.get(key(category, value));
    if (existing) return existing.token;
    if (category === "person") {
      // A first or last name alone, or a longer form of a known name, is the same person.
      const parts = value.toLowerCase().split(/\s+/);
      const match = this.people.find((p) => {
        const known = p.name.toLowerCase().split(/\s+/);
        return parts.every((w) => known.includes(w)) || known.every((w) => parts.includes(w));
      });
      if (match) return this.register(category, value, match.token).token;
    }
    const stem = PSEUDONYM_STEM[category];
    const n = (this.counters.get(stem) ?? 0) + 1;
    this.counters.set(stem, n);
    return this.register(category, value, `[${stem}_${n}]`).token;
  }

  entries(): PseudonymEntry[] {
    return [...this.byKey.values()];
  }

  /** Replaces tokens with the first value seen for each (on the device only). */
  reveal(text: string): string {
    const first = new Map<string, string>();
    for (const e of this.byKey.values()) if (!first.has(e.token)) first.set(e.token, e.value);
    return text.replace(/\[(?:CANDIDATE|[A-Z]+_\d+)\]/g, (t) => first.get(t) ?? t);
  }

  /** A map saved with toJSON (a reopened session keeps its pseudonyms). */
  static fromJSON(saved: { candidate: string | null; entries: PseudonymEntry[] }): PseudonymMap {
    const map = new PseudonymMap(saved.candidate ?? undefined);
    for (const e of saved.entries) {
      if (map.byKey.has(key(e.category, e.value))) continue;
      map.register(e.category, e.value, e.token);
      const numbered = /^\[([A-Z]+)_(\d+)\]$/.exec(e.token);
      const [, stem = "", n = "0"] = numbered ?? [];
      if (numbered) map.counters.set(stem, Math.max(map.counters.get(stem) ?? 0, Number(n)));
    }
    return map;
  }

  toJSON(): { candidate: string | null; entries: PseudonymEntry[] } {
    return { candidate: this.people.find((p) => p.token === CANDIDATE_TOKEN)?.name ?? null, entries: this.entries() };
  }
}
