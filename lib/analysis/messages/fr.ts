/** French cards. */
import type { InsightMessages } from "./types";

export const FR_MESSAGES: InsightMessages = {
  skills: { title: (n) => `Compétences citées : ${n}`, content: (n) => `Nouveau dans cet entretien : ${n}.` },
  vague: {
    title: "Réponse vague : demandez des précisions",
    quoted: (p) =>
      `La personne a dit « ${p} ». Demandez : qu'avez-vous fait vous-même, étape par étape, et qu'est-ce que cela a changé ?`,
    generic:
      "Demandez un exemple concret : ce qui a été fait, avec quels outils, et un chiffre qui montre le résultat.",
  },
  stress: {
    title: "La personne est peut-être stressée",
    content:
      "Beaucoup de mots de remplissage, d'hésitations et d'autocorrections. Une remarque rassurante ou une question plus simple peut aider avant d'approfondir.",
  },
  negativeTrend: {
    title: "Le ton devient négatif",
    content: (v) => `Tendance du sentiment ${v} sur les dernières réponses.`,
  },
  depth: {
    title: (t) => `Profondeur sur ${t}`,
    content: (said, others) =>
      `La personne a cité « ${said} » avec ${others}. Le poste en a besoin : demandez ce qu'elle a construit elle-même avec, et ce qui a mal tourné.`,
  },
  unquantified: {
    title: "Une affirmation sans chiffre",
    content: (q) => `La personne a dit « ${q} ». Demandez le chiffre : avant, après, et comment il a été mesuré.`,
  },
  specific: {
    title: "Réponse précise et assurée",
    content: "Des chiffres concrets et aucune hésitation : un moment à noter.",
  },
  ownership: {
    title: "Seulement « nous » jusqu'ici",
    quoted: (q) => `La personne a dit « ${q} ». `,
    content: "Demandez ce qu'elle a porté et décidé elle-même, par rapport à l'équipe.",
  },
  star: {
    part: { situation: "situation", task: "tâche", action: "action", result: "résultat" },
    title: (m) => `STAR : il manque ${m}`,
    endsWith: (q) => `Sa réponse se termine par « ${q} ». `,
    askResult: "Demandez comment cela s'est terminé : ce qui a changé, et comment cela a été mesuré.",
    askAction: "Demandez ce qu'elle a fait elle-même, étape par étape.",
    askPart: (p) => `Demandez d'abord : ${p}.`,
    quantifyTitle: "Résultat sans chiffre",
    quantifyContent: "Demandez l'ampleur du résultat : un chiffre, avant et après.",
  },
  wanted: (t) => ` (${t} figure dans la fiche de poste ou le plan.)`,
  impossibleDuration: {
    title: (y, t) => `${y} ans de ${t} ?`,
    content: (q, t, when, possible) =>
      `« ${q} » : ${t} a été publié pour la première fois en ${when}, donc ${possible} ans au plus sont possibles. Demandez quand la personne a commencé à l'utiliser.`,
  },
  sinceBeforeRelease: {
    title: (t, y) => `${t} depuis ${y} ?`,
    content: (q, t, when, y) =>
      `« ${q} » : ${t} a été publié pour la première fois en ${when}, après ${y}. Demandez quand la personne a vraiment commencé.`,
  },
  impossibleReduction: {
    title: (p) => `Une réduction de ${p} % est impossible`,
    content: (q, p) =>
      `« ${q} » : rien ne peut diminuer de ${p} % (à 100 % il ne resterait déjà rien). Demandez les chiffres avant et après.`,
  },
  selfContradiction: {
    title: (t, a, b) => `${t} : ${a} ans tout à l'heure, ${b} maintenant`,
    neverTitle: (t) => `${t} : jamais utilisé tout à l'heure, utilisé maintenant`,
    content: (a, b) => `Tout à l'heure : « ${a} ». Maintenant : « ${b} ». Demandez ce qui est juste.`,
  },
  careerArithmetic: {
    startTitle: "L'expérience et le début de carrière ne concordent pas",
    startContent: (s, most, total) =>
      `« ${s} » laisse au plus ${most} ans, mais la personne a dit « ${total} ». Demandez comment elle compte son expérience.`,
    ageTitle: "L'expérience et l'âge ne concordent pas",
    ageContent: (a, total, from) =>
      `« ${a} » et « ${total} » voudraient dire travailler depuis l'âge de ${from} ans. Demandez comment elle compte son expérience.`,
  },
  compliance: {
    title: (l) => `Question à risque : ${l}`,
    content: (q, l, instead) => `« ${q} » porte sur ${l}, une question interdite dans de nombreux pays. ${instead}`,
  },
};
