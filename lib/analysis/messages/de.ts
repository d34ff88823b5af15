/** German cards. */
import type { InsightMessages } from "./types";

export const DE_MESSAGES: InsightMessages = {
  skills: { title: (n) => `Genannte Technologien: ${n}`, content: (n) => `Neu in diesem Gespräch: ${n}.` },
  vague: {
    title: "Vage Antwort: nach Details fragen",
    quoted: (p) =>
      `Gesagt wurde „${p}“. Fragen Sie: Was genau haben Sie selbst getan, Schritt für Schritt, und was hat sich dadurch geändert?`,
    generic:
      "Bitten Sie um ein konkretes Beispiel: was getan wurde, mit welchen Werkzeugen, und eine Zahl, die das Ergebnis zeigt.",
  },
  stress: {
    title: "Die Person wirkt vielleicht gestresst",
    content:
      "Viele Füllwörter, Relativierungen und Selbstkorrekturen. Eine beruhigende Bemerkung oder eine leichtere Anschlussfrage kann helfen, bevor Sie tiefer nachfragen.",
  },
  negativeTrend: {
    title: "Der Ton wird negativer",
    content: (v) => `Stimmungstrend ${v} über die letzten Antworten.`,
  },
  depth: {
    title: (t) => `Tiefe bei ${t}`,
    content: (said, others) =>
      `Genannt wurde „${said}“ neben ${others}. Die Stelle braucht es: Fragen Sie, was selbst damit gebaut wurde und was schiefging.`,
  },
  unquantified: {
    title: "Eine Behauptung ohne Zahl",
    content: (q) => `Gesagt wurde „${q}“. Fragen Sie nach der Zahl dahinter: vorher, nachher und wie gemessen wurde.`,
  },
  specific: {
    title: "Konkrete, sichere Antwort",
    content: "Konkrete Zahlen und keine Relativierungen: ein Moment, den man festhalten sollte.",
  },
  ownership: {
    title: "Bisher nur „wir“",
    quoted: (q) => `Gesagt wurde „${q}“. `,
    content: "Fragen Sie, was die Person selbst verantwortet und entschieden hat, im Unterschied zum Team.",
  },
  star: {
    part: { situation: "Situation", task: "Aufgabe", action: "Handlung", result: "Ergebnis" },
    title: (m) => `STAR: es fehlt ${m}`,
    endsWith: (q) => `Die Antwort endet mit „${q}“. `,
    askResult: "Fragen Sie, wie es ausging: was sich geändert hat und wie es gemessen wurde.",
    askAction: "Fragen Sie, was die Person selbst getan hat, Schritt für Schritt.",
    askPart: (p) => `Fragen Sie zuerst nach: ${p}.`,
    quantifyTitle: "Ergebnis ohne Zahl",
    quantifyContent: "Fragen Sie, wie groß das Ergebnis war: eine Zahl, vorher und nachher.",
  },
  wanted: (t) => ` (${t} steht in der Stellenbeschreibung oder im Plan.)`,
  impossibleDuration: {
    title: (y, t) => `${y} Jahre ${t}?`,
    content: (q, t, when, possible) =>
      `„${q}“: ${t} wurde erstmals ${when} öffentlich veröffentlicht, also sind höchstens ${possible} Jahre möglich. Fragen Sie, wann die Person damit angefangen hat.`,
  },
  sinceBeforeRelease: {
    title: (t, y) => `${t} seit ${y}?`,
    content: (q, t, when, y) =>
      `„${q}“: ${t} wurde erstmals ${when} öffentlich veröffentlicht, nach ${y}. Fragen Sie, wann die Person wirklich damit angefangen hat.`,
  },
  impossibleReduction: {
    title: (p) => `Eine Reduktion um ${p} % ist unmöglich`,
    content: (q, p) =>
      `„${q}“: Nichts kann um ${p} % schrumpfen (bei 100 % wäre es schon null). Fragen Sie nach den Zahlen vorher und nachher.`,
  },
  selfContradiction: {
    title: (t, a, b) => `${t}: vorhin ${a} Jahre, jetzt ${b}`,
    neverTitle: (t) => `${t}: vorhin nie genutzt, jetzt doch`,
    content: (a, b) => `Vorhin: „${a}“. Jetzt: „${b}“. Fragen Sie, was stimmt.`,
  },
  careerArithmetic: {
    startTitle: "Erfahrung und Berufseinstieg passen nicht zusammen",
    startContent: (s, most, total) =>
      `„${s}“ lässt höchstens ${most} Jahre zu, gesagt wurde aber „${total}“. Fragen Sie, wie die Erfahrung gezählt wird.`,
    ageTitle: "Erfahrung und Alter passen nicht zusammen",
    ageContent: (a, total, from) =>
      `„${a}“ und „${total}“ hieße, ab ${from} Jahren gearbeitet zu haben. Fragen Sie, wie die Erfahrung gezählt wird.`,
  },
  compliance: {
    title: (l) => `Riskante Frage: ${l}`,
    content: (q, l, instead) => `„${q}“ fragt nach ${l}; das ist in vielen Rechtsordnungen unzulässig. ${instead}`,
  },
};
