import { describe, expect, it } from "vitest";
import { writeNumbers } from "./numbers";

describe("spoken numbers per language", () => {
  it.each([
    ["es", "tengo quince años y treinta y cinco personas desde dos mil diez", "tengo 15 años y 35 personas desde 2010"],
    ["es", "mil novecientos noventa y ocho, un año, un 400 por ciento", "1998, un año, un 400 por ciento"],
    ["de", "seit zweitausendzehn, fünfzehn Jahre, zweiundzwanzig, ein Jahr", "seit 2010, 15 Jahre, 22, ein Jahr"],
    ["de", "neunzehnhundertneunzig und vor zehn Jahren", "1990 und vor 10 Jahren"],
    ["fr", "soixante-dix, quatre-vingts, quatre-vingt-dix-neuf, vingt et un ans", "70, 80, 99, 21 ans"],
    ["fr", "depuis deux mille dix, deux cents pour cent", "depuis 2010, 200 pour cent"],
    ["it", "ventuno, trentotto, duemiladieci, millenovecentonovanta, un anno", "21, 38, 2010, 1990, un anno"],
    ["it", "da vent'anni", "da 20 anni"],
  ] as const)("%s: %s", (lang, said, written) => {
    expect(writeNumbers(said, lang).text).toBe(written);
  });

  it("maps a span of the written form back to the words as said", () => {
    const form = writeNumbers("llevo quince años con react", "es");
    const at = form.text.indexOf("15 años");
    const back = form.toOriginal(at, at + "15 años".length);
    expect("llevo quince años con react".slice(back.start, back.end)).toBe("quince años");
  });

  it("leaves English to the scrubber's reader", () => {
    expect(writeNumbers("fifteen years", "en").text).toBe("fifteen years");
  });
});
