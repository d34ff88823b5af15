/**
 * French: Code du travail L1132-1 (âge, situation de famille, grossesse, origine, nationalité, religion,
 * opinions politiques, activités syndicales, orientation sexuelle, état de santé, handicap) and L1221-6
 * (only what is directly linked to the job), L1225-1 (no pregnancy question), EU Directive 2023/970 art. 5.2.
 */
import { rx } from "../../lang/regex";
import type { ComplianceLanguage } from "./types";

const i = rx("i");

export const FR_COMPLIANCE: ComplianceLanguage = {
  asks: i`\?|\b(?:dites-moi|dis-moi|je peux vous demander|puis-je vous demander|j'aimerais savoir|je voudrais savoir|par curiosité|juste pour savoir|si je peux me permettre)\b`,
  opensAsQuestion: i`^\s*(?:(?:et|alors|du coup|bon|donc)[,\s]+)*(?:c'est quoi|c'est combien|vous (?:avez|êtes|comptez|gagnez|envisagez|pensez|n'êtes|pratiquez|venez|faites|prenez|allez|votez)|quel(?:le)?s?|comment|quand|où|d'où|qui|pour qui|combien|est-ce que|êtes-vous|etes-vous|vous êtes|avez-vous|vous avez|as-tu|t'as|tu as|es-tu|tu es|comptez-vous|envisagez-vous|prenez-vous|faites-vous|allez-vous|pratiquez-vous|vous venez|tu viens)\b`,
  topics: {
    age: {
      label: "l'âge",
      patterns: [
        i`\bquel âge (?:avez-vous|as-tu|vous avez|tu as)\b|\b(?:vous avez|tu as|t'as) quel âge\b|\bvotre âge\b`,
        i`\b(?:en quelle année|quand) (?:êtes-vous|es-tu|vous êtes|tu es) née?\b|\bdate de naissance\b`,
        i`\b(?:à la |partir à la |prendre votre |prendre ta )retraite\b|\bdépart en retraite\b`,
        i`\b(?:vous n'êtes pas|tu n'es pas|êtes-vous|n'êtes-vous pas) (?:un peu )?trop (?:jeune|vieux|vieille|âgée?)\b|\bvous avez plus de (?:\d{2}|trente|quarante|cinquante) ans\b`,
      ],
      lawful: [i`\bmajeure?\b|\bau moins (?:18|dix-huit) ans\b`],
      instead:
        "L'âge est un critère protégé (Code du travail L1132-1). Si la loi l'exige, demandez seulement « Êtes-vous majeur ? »",
    },
    marital_status: {
      label: "la situation de famille",
      patterns: [
        i`\b(?:êtes-vous|es-tu|vous êtes|tu es) (?:mariée?|célibataire|divorcée?|pacsée?|fiancée?|veuf|veuve|en couple)\b`,
        i`\b(?:avez-vous|as-tu|vous avez|tu as) (?:un |une )?(?:conjointe?|compagne|compagnon|copain|copine|mari|femme|partenaire de vie)\b|\bsituation (?:matrimoniale|familiale|de famille)\b`,
        i`\bque fait (?:votre|ton) (?:mari|femme|conjointe?|compagnon|compagne)\b`,
      ],
      lawful: [i`\bmariée? avec (?:java|python|le|la|un|une|ce|cette|notre)\b`],
      instead:
        "La situation de famille n'a pas de lien avec le poste (L1221-6). Parlez des exigences du poste (déplacements, horaires).",
    },
    family: {
      label: "les enfants, la grossesse et les projets familiaux",
      patterns: [
        i`\b(?:avez-vous|as-tu|vous avez|tu as|t'as) des (?:enfants|gosses|petits)\b|\bcombien d'enfants\b|\bquel âge ont (?:vos|tes) enfants\b`,
        i`\b(?:comptez-vous|envisagez-vous|voulez-vous|souhaitez-vous|prévoyez-vous|vous (?:comptez|envisagez|voulez|souhaitez|prévoyez|pensez)|tu (?:comptes|veux|penses|envisages))\b[^?.]{0,15}?(?:\bd'|\bde\s+)?(?:avoir des enfants|avoir un enfant|fonder une famille|un bébé|agrandir la famille)\b|\bprojet (?:de bébé|d'enfant|de grossesse)\b`,
        i`\benceinte\b(?!\s+(?:connectée|bluetooth|acoustique|de confinement|sécurisée))|\bgrossesse\b|\bcongé (?:maternité|paternité|parental) (?:prévu|bientôt|en vue)\b`,
        i`\bqui (?:garde|s'occupe de|va garder) (?:vos|tes|les) enfants\b|\bmode de garde\b`,
      ],
      lawful: [i`\b(?:processus|nœuds?|noeuds?|composants?|éléments?|threads?) enfants?\b`],
      instead:
        "La situation de famille et la grossesse sont protégées (L1132-1, L1225-1). Demandez « Pouvez-vous assurer les horaires du poste ? »",
    },
    religion: {
      label: "la religion",
      patterns: [
        i`\b(?:êtes-vous|es-tu|vous êtes|tu es) (?:croyante?|pratiquante?|religieu(?:x|se)|catholique|chrétienne?|musulmane?|juive?|protestante?|athée)\b`,
        i`\bquelle (?:est (?:votre|ta) )?religion\b|\b(?:votre|ta) religion\b|\b(?:pratiquez-vous|tu pratiques) une religion\b`,
        i`\b(?:allez-vous|vas-tu) (?:à la messe|à l'église|à la mosquée|à la synagogue)\b|\b(?:faites-vous|fais-tu) (?:le )?ramadan\b`,
      ],
      instead:
        "La religion est un critère protégé (L1132-1). Demandez « Pouvez-vous assurer les horaires du poste ? » et parlez des aménagements après l'offre.",
    },
    national_origin: {
      label: "l'origine et la nationalité",
      patterns: [
        i`\bd'où (?:venez-vous|viens-tu|êtes-vous|es-tu)\b|\b(?:vous venez|tu viens) d'où\b|\b(?:êtes-vous|vous êtes|es-tu) originaire\b|\bvos origines\b|\btes origines\b`,
        i`\boù (?:êtes-vous|es-tu) née?\b|\b(?:quelle est )?(?:votre|ta) (?:nationalité|origine|ethnie)\b|\b(?:êtes-vous|es-tu|vous êtes) (?:française?|étrangère?|immigrée?)\b`,
        i`\b(?:votre|ta) langue maternelle\b|\b(?:votre|ton) accent\b|\bde quel pays\b|\bd'où vient (?:votre|ton) (?:nom|accent)\b`,
      ],
      lawful: [
        i`\bautorisée? à travailler\b|\bautorisation de travail\b|\btitre de séjour\b|\bvisa\b|\bparrainage\b`,
        i`\bd'où (?:vous connectez-vous|vous vous connectez|tu te connectes)\b|\bfuseau horaire\b|\bquelles langues parlez-vous\b`,
      ],
      instead:
        "L'origine et la nationalité sont des critères protégés (L1132-1). Demandez « Êtes-vous autorisé à travailler en France ? »",
    },
    disability_health: {
      label: "le handicap et la santé",
      patterns: [
        i`\b(?:avez-vous|as-tu|vous avez) (?:un handicap|des problèmes de santé|une maladie|des maladies|une maladie chronique)\b|\b(?:êtes-vous|es-tu|vous êtes) (?:handicapée?|malade|souvent malade|en bonne santé)\b`,
        i`\barrêts? maladie\b|\bcombien de jours d'arrêt\b|\b(?:avez-vous|as-tu) (?:déjà )?(?:été en arrêt|fait un burn-out|fait une dépression|été hospitalisée?)\b`,
        i`\b(?:prenez-vous|tu prends|vous prenez) (?:des )?(?:médicaments|un traitement)\b|\bproblèmes psychologiques\b`,
      ],
      lawful: [i`\bmissions essentielles\b|\baménagements? raisonnables?\b`],
      instead:
        "L'état de santé et le handicap sont protégés (L1132-1). Demandez « Pouvez-vous assurer les missions essentielles du poste, avec ou sans aménagement raisonnable ? »",
    },
    arrest_record: {
      label: "les interpellations",
      patterns: [
        i`\b(?:avez-vous|as-tu) (?:déjà )?été (?:arrêtée?|interpellée?|placée? en garde à vue)\b|\bgarde à vue\b|\bdes problèmes avec la (?:police|justice)\b|\bfait de la prison\b`,
      ],
      lawful: [i`\bbulletin n°? ?3\b|\bextrait de casier\b`],
      instead:
        "Une interpellation n'est pas une condamnation. Là où la loi le permet pour le poste, demandez seulement l'extrait de casier judiciaire (bulletin n° 3), après l'offre.",
    },
    salary_history: {
      label: "le salaire actuel ou passé",
      patterns: [
        i`\bcombien (?:gagnez-vous|gagnes-tu|vous gagnez|tu gagnes|gagniez-vous|vous gagniez|vous payait|vous étiez payée?|étiez-vous payée?)\b|\b(?:vous gagnez|tu gagnes) combien\b`,
        i`\b(?:quel est|quel était) (?:votre|ton) (?:salaire|rémunération)\b|\b(?:votre|ton) (?:salaire|rémunération) (?:actuel(?:le)?|précédent(?:e)?|brut actuel)\b`,
      ],
      lawful: [i`\bprétentions? salariales?\b|\battentes?\b|\bfourchette\b|\bcombien souhaitez-vous\b`],
      instead:
        "Demander l'historique de rémunération est interdit par la directive (UE) 2023/970 (art. 5.2). Demandez « Quelles sont vos prétentions salariales ? »",
    },
    sexual_orientation_gender: {
      label: "l'orientation sexuelle ou l'identité de genre",
      patterns: [
        i`\b(?:êtes-vous|es-tu|vous êtes|tu es) (?:gay|homo|homosexuel(?:le)?|lesbienne|hétéro|hétérosexuel(?:le)?|bi|bisexuel(?:le)?|trans)\b|\borientation sexuelle\b|\bidentité de genre\b`,
      ],
      instead:
        "L'orientation sexuelle et l'identité de genre sont protégées (L1132-1). Laissez-les hors de l'entretien.",
    },
    politics_union_military: {
      label: "les opinions politiques ou l'activité syndicale",
      patterns: [
        i`\bpour qui (?:avez-vous|as-tu) voté\b|\bpour qui (?:votez-vous|votes-tu)\b|\b(?:vos|tes) opinions politiques\b|\b(?:êtes-vous|es-tu) de (?:gauche|droite)\b|\bparti politique\b`,
        i`\b(?:êtes-vous|es-tu|vous êtes) syndiquée?\b|\bmembre d'un syndicat\b|\bactivités? syndicales?\b`,
      ],
      instead:
        "Les opinions politiques et l'activité syndicale sont protégées (L1132-1). Parlez des compétences utiles au poste.",
    },
    genetic_information: {
      label: "les caractéristiques génétiques et les antécédents familiaux",
      patterns: [
        i`\bantécédents (?:médicaux )?familiaux\b|\bmaladies? héréditaires?\b|\btest génétique\b|\b(?:du|le) cancer dans (?:votre|ta) famille\b`,
      ],
      instead:
        "Les caractéristiques génétiques sont protégées (L1132-1). Laissez les antécédents familiaux hors de l'entretien.",
    },
  },
};
