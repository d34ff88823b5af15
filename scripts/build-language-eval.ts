/**
 * Builds lib/privacy/eval/pii-{lang}[-blind].jsonl from the hand-written sources in
 * lib/privacy/eval/src/*.txt. A source line is `family | text | words that must survive` with PII marked
 * in the text: `[p:José Álvarez]` a person, `[t:…]` phone, `[e:…]` e-mail, `[a:…]` address, `[d:…]` date
 * of birth, `[i:…]` an identifier written as is; `{dni}`, `{nie}`, `{idnr}`, `{nir}`, `{cf}`, `{nino}`,
 * `{iban_es}`… a valid identifier made here (`_s` spaced and lower case as a speech model writes it), and
 * `{dni_bad}`… the same shape with a wrong check character (a near-miss: it must survive). A line may
 * start with `@Candidate Name |` for the name the session knows. Valid identifiers come from the
 * libraries' own validators over a seeded random body (every check character tried, the one accepted
 * kept), never from their test files. Run with `npx tsx scripts/build-language-eval.ts`.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isValidIBAN } from "ibantools";
import { stdnum } from "stdnum";

const EVAL = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "lib", "privacy", "eval");
let seed = 19;
/** mulberry32: the same identifiers on every run. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}
const digits = (n: number) => Array.from({ length: n }, () => Math.floor(random() * 10)).join("");
const pick = (s: string) => s[Math.floor(random() * s.length)] as string;
const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const valid = (country: string, kind: string, s: string) => stdnum[country]?.[kind]?.validate(s).isValid === true;

/** A body and every check character: the one the validator accepts, and one it refuses. */
function withCheck(body: () => string, checks: string[], ok: (s: string) => boolean): { good: string; bad: string } {
  for (;;) {
    const b = body();
    const good = checks.map((c) => b + c).find(ok);
    const bad = checks.map((c) => b + c).find((s) => !ok(s));
    if (good && bad) return { good, bad };
  }
}
const NUMS = [..."0123456789"];
const KEYS = Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, "0"));
const MAKERS: Record<string, () => { good: string; bad: string }> = {
  dni: () =>
    withCheck(
      () => digits(8),
      [...LETTERS],
      (s) => valid("ES", "dni", s),
    ),
  nie: () =>
    withCheck(
      () => pick("XYZ") + digits(7),
      [...LETTERS],
      (s) => valid("ES", "nie", s),
    ),
  idnr: () =>
    withCheck(
      () => pick("123456789") + digits(9),
      NUMS,
      (s) => valid("DE", "idnr", s),
    ),
  nir: () =>
    withCheck(
      () =>
        pick("12") +
        digits(2) +
        String(1 + Math.floor(random() * 12)).padStart(2, "0") +
        String(1 + Math.floor(random() * 95)).padStart(2, "0") +
        digits(6),
      KEYS,
      (s) => valid("FR", "nir", s),
    ),
  cf: () =>
    withCheck(
      () =>
        Array.from({ length: 6 }, () => pick(LETTERS)).join("") +
        digits(2) +
        pick("ABCDEHLMPRST") +
        String(1 + Math.floor(random() * 28)).padStart(2, "0") +
        pick("ABCDEFGHILM") +
        digits(3),
      [...LETTERS],
      (s) => valid("IT", "codicefiscale", s),
    ),
  // No check character: the near-miss is a prefix never issued (D, F, I, Q, U, V never start one).
  nino: () => {
    for (;;) {
      const good = pick("ABCEGHJKLMNPRSTWXYZ") + pick("ABCEGHJKLMNPRSTWXYZ") + digits(6) + pick("ABCD");
      if (valid("GB", "nino", good)) return { good, bad: `Q${good.slice(1)}` };
    }
  },
};
const IBAN_FORMS: Record<string, () => string> = {
  es: () => "ES" + "XX" + digits(20),
  de: () => "DE" + "XX" + digits(18),
  fr: () => "FR" + "XX" + digits(23),
  it: () => "IT" + "XX" + pick(LETTERS) + digits(22),
};
for (const [cc, form] of Object.entries(IBAN_FORMS)) MAKERS[`iban_${cc}`] = () => ibanPair(form);
function ibanPair(form: () => string): { good: string; bad: string } {
  for (;;) {
    const f = form();
    const tries = KEYS.map((k) => f.slice(0, 2) + k + f.slice(4));
    const good = tries.find((s) => isValidIBAN(s));
    const bad = tries.find((s) => !isValidIBAN(s));
    if (good && bad) return { good, bad };
  }
}
const grouped = (s: string, n: number) => s.replace(new RegExp(`(.{${n}})(?=.)`, "g"), "$1 ");
/** How a speech model writes it: groups, lower case. */
const SPOKEN: Record<string, (s: string) => string> = {
  dni: (s) => `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8).toLowerCase()}`,
  nie: (s) => `${s[0]?.toLowerCase()} ${s.slice(1, 8)} ${s.slice(8).toLowerCase()}`,
  idnr: (s) => `${s.slice(0, 2)} ${s.slice(2, 5)} ${s.slice(5, 8)} ${s.slice(8)}`,
  nir: (s) =>
    `${s[0]} ${s.slice(1, 3)} ${s.slice(3, 5)} ${s.slice(5, 7)} ${s.slice(7, 10)} ${s.slice(10, 13)} ${s.slice(13)}`,
  cf: (s) => s.toLowerCase(),
  nino: (s) =>
    `${s.slice(0, 2).toLowerCase()} ${s.slice(2, 4)} ${s.slice(4, 6)} ${s.slice(6, 8)} ${s.slice(8).toLowerCase()}`,
};
const TAGS: Record<string, string> = { p: "person", t: "phone", e: "email", a: "address", d: "dob", i: "id_number" };

function build(source: string, prefix: string): string {
  const rows: string[] = [];
  let n = 0;
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const parts = line.split("|").map((p) => p.trim());
    const candidate = parts[0]?.startsWith("@") ? parts.shift()?.slice(1) : undefined;
    const [family = "", template = "", survive = ""] = parts;
    const pii: { text: string; category: string }[] = [];
    const kept = survive
      ? survive
          .split(";")
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
    let text = template.replace(/\{(\w+?)(_s|_bad)?\}/g, (_, kind: string, form?: string) => {
      const made = MAKERS[kind]?.();
      if (!made) throw new Error(`unknown identifier {${kind}} in ${line}`);
      if (form === "_bad") {
        kept.push(made.bad);
        return made.bad;
      }
      const value =
        form === "_s"
          ? (SPOKEN[kind]?.(made.good) ?? grouped(made.good, 4))
          : kind.startsWith("iban")
            ? grouped(made.good, 4)
            : made.good;
      pii.push({ text: value, category: "id_number" });
      return value;
    });
    text = text.replace(/\[([ptead i]):([^\]]+)\]/g, (_, tag: string, value: string) => {
      pii.push({ text: value, category: TAGS[tag] ?? "person" });
      return value;
    });
    n += 1;
    rows.push(
      JSON.stringify({
        id: `${prefix}${String(n).padStart(3, "0")}`,
        family,
        ...(candidate ? { candidate } : {}),
        text,
        pii,
        survive: kept,
      }),
    );
  }
  return `${rows.join("\n")}\n`;
}

for (const file of readdirSync(path.join(EVAL, "src")).filter((f) => f.endsWith(".txt"))) {
  const name = file.replace(/\.txt$/, "");
  // Each file its own seed: adding a file leaves the others' identifiers as they were.
  seed = [...name].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, 19);
  const out = build(readFileSync(path.join(EVAL, "src", file), "utf8"), `${name.replace(/^pii-/, "")}-`);
  writeFileSync(path.join(EVAL, `${name}.jsonl`), out);
  console.log(`${name}.jsonl: ${out.trim().split("\n").length} rows`);
}
