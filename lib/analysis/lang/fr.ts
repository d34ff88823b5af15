/** French. "je"/"nous" are always said (and "on" often means "we": it counts as "we"). */
import { rx } from "./regex";
import type { ClaimRules, LanguageRules } from "./types";

const IMPROVED = String.raw`(?:rapides?|vites?|stables?|efficaces?|fiables?|simples?|légers?|légères?|propres?|sûrs?|performante?s?|économiques?|meilleure?s?)`;
const SPECIFICS = String.raw`\d+(?:[.,]\d+)?\s*(?:%|pour ?cent|ms\b|millisecondes?|secondes?|minutes?|heures?|jours?|semaines?|mois\b|ans?\b|années?|utilisateurs?|clients?|requêtes|ingénieur(?:e|s|es)?|développeur(?:s|euses?)?|personnes|services|x\b|k\b|millions?|mille\b|téraoctets?|gigaoctets?|go\b|to\b)`;

export const FR: LanguageRules = {
  hedges: rx(
    "gi",
  )`\b(?:un peu|peut-être|peut être|probablement|plus ou moins|à peu près|a peu pres|je suppose|je crois|je pense que peut-être|je sais pas|je ne sais pas|chais pas|pas (?:trop|vraiment) sûr|en quelque sorte|d'une certaine (?:façon|manière)|genre|tout ça|et tout|des trucs comme ça|ce genre de choses|etc\.?|et cetera|on va dire|disons|quelque part|plus ou moins|vaguement)\b`,
  vagueActions: rx(
    "gi",
  )`\b(?:on|nous|j'|je)\s*(?:a|avons|ai)\s+(?:un peu|genre|juste|simplement|basiquement|en gros|plus ou moins|comme on a pu|tant bien que mal)\s+(?:\p{L}+\s+){0,1}?(?:\p{L}+é[es]?|fait|géré|réglé|résolu|bricolé|corrigé)\b|\b(?:on|nous|j'|je)\s*(?:a|avons|ai)\s+(?:\p{L}+\s+){0,4}?(?:tant bien que mal|comme on a pu|comme j'ai pu|à l'arrache|au feeling)\b|\bon s'est (?:débrouillé|arrangé)s?\b`,
  vaguePhrase: rx(
    "i",
  )`\b(?:on|nous|j'|je)\s*(?:a|avons|ai)\s+(?:un peu|genre|juste|simplement|basiquement|en gros|plus ou moins)\s+\p{L}+|\b(?:on|nous|j'|je)\s*(?:a|avons|ai)\s+(?:\p{L}+\s+){0,4}?(?:tant bien que mal|comme on a pu|comme j'ai pu|à l'arrache)|\bon s'est (?:débrouillé|arrangé)s?\b`,
  fillers: rx(
    "gi",
  )`\b(?:eu+h+|euh+m*|heu+|hm+|ben|bah|bon,|genre|du coup|tu vois|vous voyez|en fait|quoi(?=[,.?!]|$)|voilà|enfin,|bref)\b`,
  selfCorrections: rx(
    "gi",
  )`\b(?:enfin,?\s+je veux dire|je veux dire,|non,?\s+attends|non,?\s+attendez|pardon,|ou plutôt|plutôt,|je reformule|enfin non|ce que je voulais dire|je me corrige|non non)\b|\b(\p{L}+)\s+\1\b`,
  specifics: rx("gi")`${SPECIFICS}`,
  iWords: rx("gi")`\b(?:je|moi|moi-même|mon|ma|mes|me|personnellement)\b|\b[jm]'`,
  weWords: rx("gi")`\b(?:nous|nos|notre|nous-mêmes|on)\b`,
  weQuote: rx("i")`\b(?:nous|on)\b[^.,;!?]{3,60}`,
  questionStart: rx(
    "i",
  )`^(?:qu'est-ce que|qu'est ce que|qu'est-ce qui|que|quoi|quel(?:le)?s?|comment|pourquoi|quand|où|ou est-ce que|qui|combien|depuis quand|parlez-moi|parle-moi|racontez-moi|raconte-moi|décrivez|décris|pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|est-ce que|avez-vous|as-tu|êtes-vous|es-tu|donnez-moi|donne-moi)\b`,
  behavioural: rx(
    "i",
  )`\b(?:parlez-moi|parle-moi|racontez-moi|raconte-moi|décrivez(?:-moi)?|décris(?:-moi)?|donnez-moi|donne-moi|citez-moi)\b[^?.]{0,30}\b(?:une fois|un moment|une situation|un exemple|une occasion|une expérience)\b|\bcomment (?:avez-vous|as-tu|vous avez|tu as)\s+(?:géré|gérée|réagi|résolu|traité|fait face|abordé)\b|\bune (?:fois|situation) où\b`,
  howLong: rx(
    "i",
  )`\b(?:depuis combien de temps|depuis quand|combien d'années|combien de temps|quand (?:avez-vous|as-tu|est-ce que vous avez|vous avez) (?:commencé|débuté)|quelle expérience|combien d'expérience)\b`,
  unquantified: rx(
    "i",
  )`\b(?:\p{L}+\s+){0,4}(?<!(?:aime|préfère|plaît|plait)\s)(?:(?:beaucoup|bien|nettement|largement|vachement|tellement|énormément|considérablement|très)\s+plus\s+${IMPROVED}|(?:beaucoup|bien|nettement|largement|vachement) (?:mieux|moins)|considérablement|significativement|drastiquement|énormément|radicalement|nettement amélioré|une (?:énorme|grosse|grande|nette) amélioration|un (?:énorme|gros|grand) (?:impact|gain|progrès))\b(?:\s+\p{L}+){0,3}`,
  star: {
    situation: rx(
      "i",
    )`\b(?:dans mon (?:ancien|dernier|précédent|actuel|premier) (?:poste|job|travail|emploi|projet)|dans mon ancienne (?:boîte|entreprise|équipe)|chez mon (?:ancien|dernier) employeur|quand j'étais|lorsque j'étais|pendant que (?:j'étais|nous étions|on était)|on avait (?:un|une)|on a eu (?:un|une)|nous avons eu (?:un|une)|j'ai eu (?:un|une)|nous avions (?:un|une)|il y avait (?:un|une)|la situation était|le (?:contexte|problème) était|en \d{4}|l'année dernière|il y a \d+ (?:ans|mois))\b`,
    task: rx(
      "i",
    )`\b(?:j'étais (?:responsable|chargée?|en charge)|mon (?:rôle|objectif|travail|job) (?:était|c'était)|ma (?:mission|tâche|responsabilité) (?:était|c'était)|l'objectif était|la tâche était|on devait|nous devions|je devais|il fallait|on m'a demandé)\b`,
    action: rx(
      "i",
    )`\b(?:j'ai|on a|nous avons)\s+(?:alors\s+|donc\s+|ensuite\s+|d'abord\s+)?(?:construit|dirigé|conçu|écrit|implémenté|mis en place|créé|introduit|migré|réécrit|refactorisé|organisé|proposé|décidé|analysé|automatisé|négocié|lancé|ajouté|déplacé|remplacé|déployé|monté|piloté|coordonné|installé|configuré|préparé)\b`,
    result: rx(
      "i",
    )`\b(?:en conséquence|résultat|au final|à la fin|finalement|ce qui a (?:permis|mené|conduit)|le résultat (?:a été|était)|grâce à (?:ça|cela)|(?:on a|nous avons|j'ai|a été|ont été|est passée?)\s+(?:\p{L}+\s+){0,1}?(?:réduit|augmenté|amélioré|baissé|économisé|doublé|divisé|gagné|diminué))\b`,
    quantified: rx("i")`${SPECIFICS}|\bde\s+\S+\s+à\s+\d|\bde\s+\d+\s*(?:%|pour ?cent)`,
  },
};

export const FR_CLAIMS: ClaimRules = {
  duration: rx(
    "gi",
  )`(?:\b(plus de|près de|presque|quasiment|environ|à peu près|autour de|au moins|moins de|bientôt|une bonne|un bon|dans les)\s+)?(?:\b(\d+(?:[.,]\d+)?)\s*(?:\+|ans et demi)?\s*(?:ans|années?)\b|\b(une décennie|deux décennies|une décennie et demie|une douzaine d'années)|\b(un|1)\s+an\b)`,
  decades: (w) =>
    /douzaine/.test(w) ? 12 : /demie/.test(w) ? 15 : /deux/.test(w) ? 20 : /^(?:un|1)$/i.test(w) ? 1 : 10,
  atLeast: /plus de|au moins|une bonne|un bon/i,
  atMost: /près de|presque|quasiment|moins de|bientôt/i,
  durationThenTech: rx(
    "i",
  )`^\s*(?:(?:d'expérience (?:en|avec|sur|de)\s*|d'expérience professionnelle (?:en|avec|sur)\s*|de pratique (?:en|de|d')\s*|d'|de|du|en|avec|sur|que je (?:fais|code|travaille|développe|utilise|pratique)(?:\s+(?:du|de la|de l'|en|avec|sur|des))?\s*|à (?:faire|coder|utiliser|développer)(?:\s+(?:du|de la|de l'|en|avec|sur))?\s*|(?:que )?j'utilise\s*))\s*$`,
  techThenDuration: rx(
    "i",
  )`^(?:[^,;]{0,45}?\b(?:depuis|pendant|durant|ça fait|cela fait)\s+(?:maintenant\s+|déjà\s+|bientôt\s+)?|,\s*(?:j'en fais|j'en ai fait|je l'utilise|je l'ai utilisé)\s+(?:depuis|pendant)\s+)$`,
  sinceYear: rx(
    "gi",
  )`\b(?:depuis|dès|à partir de|(?:j'ai )?(?:commencé|débuté)[^,.;]{0,25}?\s+en)\s+(?:l'an(?:née)?\s+|le début de\s+|début\s+|fin\s+)?((?:19|20)\d{2})\b`,
  yearsAgo: rx("gi")`\bil y a\s+(?:plus de\s+|près de\s+|environ\s+|presque\s+)?(\d+)\s+ans\b`,
  notAClaim: rx(
    "i",
  )`\b(?:je n'ai pas|j'ai pas|n'ai jamais|personne|l'annonce|l'offre|la fiche de poste|(?:ils |elles )?(?:voulaient|demandaient|exigeaient|cherchaient|demandent|exigent|cherchent)|à nous tous|cumulés?|au total dans l'équipe|l'équipe a|mon équipe a|mon (?:père|frère|chef|collègue)|ma (?:mère|sœur|soeur|cheffe|collègue))\b`,
  breaks: rx("i")`\b(?:avant|après|puis|ensuite|jusqu'à|mais|alors que|tandis que|plus tard)\b`,
  reduction: rx(
    "gi",
  )`\b(?:rédui\p{L}*|réduit|baiss\p{L}*|diminu\p{L}*|coupé|économis\p{L}*|chut\p{L}*|moins)\b[^.;!?]{0,40}?\b(?:de\s+)?(?:presque\s+|plus de\s+|environ\s+)?(\d+(?:[.,]\d+)?)\s*(?:%|pour ?cent)|\b(?:une\s+)?(?:réduction|baisse|diminution|économie)\s+de\s+(\d+(?:[.,]\d+)?)\s*(?:%|pour ?cent)`,
  careerStart: [
    rx(
      "i",
    )`\b(?:j'ai été diplômée?|je suis diplômée?|j'ai eu mon (?:diplôme|master|bac|bachelor)|j'ai fini (?:mes études|mon master|l'école|la fac)|j'ai terminé (?:mes études|mon master|l'école))\b[^.;]{0,30}?\b(?:en|depuis)\s+((?:19|20)\d{2})\b`,
    rx(
      "i",
    )`\b(?:mon premier (?:job|poste|emploi|boulot)|j'ai commencé à travailler|j'ai débuté ma carrière|j'ai commencé ma carrière)\b[^.;]{0,30}?\b(?:en|c'était en)\s+((?:19|20)\d{2})\b`,
  ],
  total: rx(
    "i",
  )`(?:\b(\d+)\s*ans|\b(une décennie|deux décennies))\s+(?:d'expérience(?!\s+(?:en|avec|sur)\s+\p{Lu})|de carrière|dans (?:le métier|l'industrie|le secteur|le développement|l'informatique)|comme (?:développeu?r?\p{L}*|ingénieur\p{L}*))`,
  age: rx("i")`\bj'ai\s+(\d{2})\s+ans\b(?!\s+(?:d'|de|dans|en|chez|à|comme|que)\b|\s+d')`,
  earlierWork: rx(
    "i",
  )`\b(?:stages?|stagiaire|alternance|alternant\p{L}*|pendant mes études|avant (?:mon diplôme|d'être diplômé)|à temps partiel|depuis le lycée|depuis que j'ai \d+ ans)\b`,
  cumulative: rx("i")`\b(?:au total|en tout|en comptant|cumulé|y compris)\b`,
};
