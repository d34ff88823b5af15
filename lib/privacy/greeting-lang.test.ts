/**
 * The interviewer's greeting teaches the session the candidate's name in every language, as it does in
 * English ("hi priya, thanks for joining"): phrasing families per language, as a speech model writes
 * them (case, commas, titles), and near-misses where a name is said but nobody is greeted.
 */
import { describe, expect, it } from "vitest";
import type { Language } from "../language";
import { loadAllScrubLanguages } from "./language-words";
import { PseudonymMap } from "./pseudonyms";
import { scrub } from "./scrubber";

await loadAllScrubLanguages();

const GREETED: [Exclude<Language, "en">, string, string][] = [
  ["es", "Hola María, gracias por venir hoy.", "María"],
  ["es", "buenos días señora gómez empecemos cuando quiera", "gómez"],
  ["es", "Bienvenido, Andrés. ¿Qué tal el viaje?", "Andrés"],
  // A lower-case first name that is also an everyday word ("carmen", "rosa") after a greeting is not
  // found yet (the notes of #19 say so); capitalised it is.
  ["es", "buenas tardes, Carmen, encantado de conocerte", "Carmen"],
  ["de", "Hallo Jonas, danke, dass Sie da sind.", "Jonas"],
  ["de", "guten morgen frau becker schön dass sie da sind", "becker"],
  ["de", "Herzlich willkommen, Herr Schneider.", "Schneider"],
  ["fr", "Bonjour Camille, merci d'être venue.", "Camille"],
  ["fr", "bonsoir monsieur durand on commence", "durand"],
  ["fr", "Bienvenue, Thomas, installez-vous.", "Thomas"],
  ["it", "Ciao Giulia, grazie per essere qui.", "Giulia"],
  ["it", "buongiorno signora rossi si accomodi", "rossi"],
  ["it", "Benvenuto, Marco. Cominciamo?", "Marco"],
];

const NOT_GREETED: [Exclude<Language, "en">, string][] = [
  ["es", "Hola, ayer hablé con María sobre el proyecto."],
  ["es", "Trabajaste con Andrés en Madrid, ¿verdad?"],
  ["de", "Hallo, ich habe mit Jonas Becker gesprochen."],
  ["de", "Kennen Sie Frau Becker aus dem Vertrieb?"],
  ["fr", "Bonjour, vous avez travaillé avec Camille Durand ?"],
  ["it", "Ciao, hai lavorato con Giulia Rossi a Milano?"],
];

describe("the interviewer's greeting names the candidate, in every language", () => {
  it.each(GREETED)("%s: %s", (language, text, name) => {
    const session = new PseudonymMap();
    const out = scrub(text, session, { language, isInterviewer: true }).scrubbed.text;
    expect(out).toContain("[CANDIDATE]");
    expect(out.toLowerCase()).not.toContain(name.toLowerCase());
    // Later, the same name alone is the candidate too.
    expect(scrub(`y ${name} dijo que sí`, session, { language }).scrubbed.text).toContain("[CANDIDATE]");
  });

  it.each(NOT_GREETED)("%s: a name said without greeting its bearer is not the candidate: %s", (language, text) => {
    const session = new PseudonymMap();
    const out = scrub(text, session, { language, isInterviewer: true }).scrubbed.text;
    expect(out).not.toContain("[CANDIDATE]");
    expect(session.hasCandidate()).toBe(false);
    expect(out).toMatch(/\[PERSON_1\]/);
  });

  it("only the interviewer's greeting counts", () => {
    const session = new PseudonymMap();
    scrub("Hola María, gracias por venir hoy.", session, { language: "es" });
    expect(session.hasCandidate()).toBe(false);
  });
});
