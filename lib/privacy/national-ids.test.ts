/**
 * National identifiers and IBANs (#19): each is found with its check character, as written and as a
 * speech model writes it, and a wrong check character is not an identifier. Valid numbers are made here
 * from fixed bodies, by trying every check character against the library's validator.
 */
import { isValidIBAN } from "ibantools";
import { stdnum } from "stdnum";
import { describe, expect, it } from "vitest";
import type { Language } from "../language";
import { nationalIds } from "./national-ids";
import { PseudonymMap } from "./pseudonyms";
import { scrub } from "./scrubber";
import { loadAllScrubLanguages } from "./language-words";

// The languages' word lists load on demand (lib/privacy/language-words.ts).
await loadAllScrubLanguages();

const LETTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"];
const DIGITS = [..."0123456789"];
const KEYS = Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, "0"));

function checked(body: string, checks: string[], valid: (s: string) => boolean) {
  const good = checks.map((c) => body + c).find(valid);
  const bad = checks.map((c) => body + c).find((s) => !valid(s));
  if (!good || !bad) throw new Error(`no check character for ${body}`);
  return { good, bad };
}
const by = (country: string, kind: string) => (s: string) => stdnum[country]?.[kind]?.validate(s).isValid === true;

const DNI = checked("48151623", LETTERS, by("ES", "dni"));
const NIE = checked("Y2718281", LETTERS, by("ES", "nie"));
const IDNR = checked("8621537490", DIGITS, by("DE", "idnr"));
const NIR = checked("2840775123456", KEYS, by("FR", "nir"));
const CF = checked("RSSMRA85T10A562", LETTERS, by("IT", "codicefiscale"));
const IBAN = (() => {
  const tries = KEYS.map((k) => `DE${k}370400440532013099`);
  return { good: tries.find((s) => isValidIBAN(s)) ?? "", bad: tries.find((s) => !isValidIBAN(s)) ?? "" };
})();

const found = (text: string) => nationalIds(text).map((s) => text.slice(s.start, s.end));
const LANGS: Language[] = ["en", "es", "de", "fr", "it"];

describe("national identifiers with a check character", () => {
  it.each([
    ["Spanish DNI", DNI],
    ["Spanish NIE", NIE],
    ["German Steuer-IdNr", IDNR],
    ["French NIR", NIR],
    ["Italian codice fiscale", CF],
    ["IBAN", IBAN],
  ])("%s: the valid one is found, a wrong check character is not an identifier", (_, { good, bad }) => {
    expect(found(`el número ${good} y`)).toEqual([good]);
    expect(found(`el número ${bad} y`)).toEqual([]);
    for (const language of LANGS) {
      const run = (t: string) => scrub(t, new PseudonymMap(), { language });
      expect(run(`id ${good}`).scrubbed.text, language).not.toContain(good);
      expect(
        run(`id ${bad}`).entities.filter((e) => e.category === "id_number"),
        language,
      ).toEqual([]);
      // English keeps its own reading of long digit runs (a phone in some region); the others keep the text.
      if (language !== "en") expect(run(`id ${bad}`).scrubbed.text, language).toContain(bad);
    }
  });

  it("reads them as a speech model writes them: groups, dashes, lower case", () => {
    const dni = `${DNI.good.slice(0, 2)} ${DNI.good.slice(2, 5)} ${DNI.good.slice(5, 8)} ${DNI.good.slice(8).toLowerCase()}`;
    const nie = NIE.good.toLowerCase();
    const idnr = `${IDNR.good.slice(0, 2)} ${IDNR.good.slice(2, 5)} ${IDNR.good.slice(5, 8)} ${IDNR.good.slice(8)}`;
    const nir = `${NIR.good[0]} ${NIR.good.slice(1, 3)} ${NIR.good.slice(3, 5)} ${NIR.good.slice(5, 7)} ${NIR.good.slice(7, 10)} ${NIR.good.slice(10, 13)} ${NIR.good.slice(13)}`;
    const cf = CF.good.toLowerCase();
    const iban = IBAN.good
      .replace(/(.{4})/g, "$1 ")
      .trim()
      .toLowerCase();
    const dashed = `${DNI.good.slice(0, 8)}-${DNI.good.slice(8)}`;
    for (const value of [dni, nie, idnr, nir, cf, iban, dashed]) expect(found(`es ${value}, gracias`)).toEqual([value]);
  });

  it("a UK National Insurance number (no check character) needs a prefix that is issued", () => {
    expect(found("nino ab 12 34 56 c")).toEqual(["ab 12 34 56 c"]);
    expect(found("ref QQ 12 34 56 C")).toEqual([]);
  });

  it("order numbers, prices, years, versions and longer runs are not identifiers", () => {
    for (const text of [
      "pedido 12345678 listo",
      "1.250 euros al mes",
      "von 2019 bis 2021",
      "versión 4.2.1",
      `la referencia ${DNI.good}9`,
      `abc${IDNR.good}`,
      "ticket 100200300400",
    ])
      expect(found(text), text).toEqual([]);
  });
});
