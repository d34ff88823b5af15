/** Italian cards. */
import type { InsightMessages } from "./types";

export const IT_MESSAGES: InsightMessages = {
  skills: { title: (n) => `Competenze citate: ${n}`, content: (n) => `Nuove in questo colloquio: ${n}.` },
  vague: {
    title: "Risposta vaga: chiedi dettagli",
    quoted: (p) =>
      `Ha detto «${p}». Chiedi: cosa hai fatto esattamente tu, passo dopo passo, e cosa è cambiato come risultato?`,
    generic: "Chiedi un esempio concreto: cosa ha fatto, con quali strumenti, e un numero che mostri il risultato.",
  },
  stress: {
    title: "La persona potrebbe essere sotto stress",
    content:
      "Molti intercalari, esitazioni e autocorrezioni. Valuta un commento rassicurante o una domanda più semplice prima di approfondire.",
  },
  negativeTrend: {
    title: "Il tono sta diventando negativo",
    content: (v) => `Andamento del sentiment ${v} nelle ultime risposte.`,
  },
  depth: {
    title: (t) => `Profondità su ${t}`,
    content: (said, others) =>
      `Ha citato «${said}» insieme a ${others}. Il ruolo lo richiede: chiedi cosa ha costruito personalmente e cosa è andato storto.`,
  },
  unquantified: {
    title: "Un'affermazione senza numeri",
    content: (q) => `Ha detto «${q}». Chiedi il numero dietro: prima, dopo e come è stato misurato.`,
  },
  specific: {
    title: "Risposta concreta e sicura",
    content: "Numeri concreti e nessuna esitazione: un momento da annotare.",
  },
  ownership: {
    title: "Finora solo «noi»",
    quoted: (q) => `Ha detto «${q}». `,
    content: "Chiedi cosa ha seguito e deciso personalmente, rispetto al team.",
  },
  star: {
    part: { situation: "situazione", task: "compito", action: "azione", result: "risultato" },
    title: (m) => `STAR: manca ${m}`,
    endsWith: (q) => `La risposta finisce con «${q}». `,
    askResult: "Chiedi come è finita: cosa è cambiato e come l'hanno misurato.",
    askAction: "Chiedi cosa ha fatto personalmente, passo dopo passo.",
    askPart: (p) => `Chiedi prima: ${p}.`,
    quantifyTitle: "Risultato senza numeri",
    quantifyContent: "Chiedi quanto è stato grande il risultato: un numero, prima e dopo.",
  },
  wanted: (t) => ` (${t} è nella descrizione del ruolo o nel piano.)`,
  impossibleDuration: {
    title: (y, t) => `${y} anni di ${t}?`,
    content: (q, t, when, possible) =>
      `«${q}»: ${t} è stato pubblicato per la prima volta nel ${when}, quindi sono possibili al massimo ${possible} anni. Chiedi quando ha iniziato a usarlo.`,
  },
  sinceBeforeRelease: {
    title: (t, y) => `${t} dal ${y}?`,
    content: (q, t, when, y) =>
      `«${q}»: ${t} è stato pubblicato per la prima volta nel ${when}, dopo il ${y}. Chiedi quando ha iniziato davvero.`,
  },
  impossibleReduction: {
    title: (p) => `Una riduzione del ${p}% è impossibile`,
    content: (q, p) =>
      `«${q}»: niente può ridursi del ${p}% (al 100% sarebbe già zero). Chiedi i numeri di prima e dopo.`,
  },
  selfContradiction: {
    title: (t, a, b) => `${t}: prima ${a} anni, ora ${b}`,
    neverTitle: (t) => `${t}: prima mai usato, ora sì`,
    content: (a, b) => `Prima: «${a}». Ora: «${b}». Chiedi quale sia giusto.`,
  },
  careerArithmetic: {
    startTitle: "Esperienza e inizio carriera non tornano",
    startContent: (s, most, total) =>
      `«${s}» lascia al massimo ${most} anni, ma ha detto «${total}». Chiedi come conta la sua esperienza.`,
    ageTitle: "Esperienza ed età non tornano",
    ageContent: (a, total, from) =>
      `«${a}» e «${total}» vorrebbero dire lavorare dall'età di ${from} anni. Chiedi come conta la sua esperienza.`,
  },
  compliance: {
    title: (l) => `Domanda a rischio: ${l}`,
    content: (q, l, instead) => `«${q}» riguarda ${l}, una domanda vietata in molti ordinamenti. ${instead}`,
  },
};
