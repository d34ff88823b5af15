/**
 * German: Allgemeines Gleichbehandlungsgesetz (AGG) §§ 1, 7, 11 (Alter, Herkunft, Geschlecht, Religion,
 * Behinderung, sexuelle Identität), Mutterschutzgesetz and the BAG's case law (no pregnancy question),
 * Art. 9 Abs. 3 GG (Gewerkschaft), EU Directive 2023/970 Art. 5 Abs. 2 (kein Gehaltsverlauf).
 */
import { rx } from "../../lang/regex";
import type { ComplianceLanguage } from "./types";

const i = rx("i");

export const DE_COMPLIANCE: ComplianceLanguage = {
  asks: i`\?|\b(?:erzählen sie|sagen sie mal|sagen sie mir|darf ich fragen|ich würde gern(?:e)? wissen|mich würde interessieren|nur aus neugier|mal ehrlich|verraten sie)\b`,
  opensAsQuestion: i`^\s*(?:und\s+|also\s+|noch\s+eine\s+frage,?\s+)?(?:was|wie|wann|wo|woher|wer|wen|welche[rsnm]?|sind|bist|haben|hast|hatten|planen|wollen|möchten|nehmen|gehen|waren|wurden|zahlen|leben|wohnen|verdienen)\b`,
  topics: {
    age: {
      label: "das Alter",
      patterns: [
        i`\bwie alt (?:sind sie|bist du|werden sie)\b|\bihr alter\b`,
        i`\bwann (?:sind sie|bist du) geboren\b|\bwelcher jahrgang\b|\b(?:ihr|dein) geburts(?:datum|jahr|tag)\b|\bin welchem jahr (?:sind sie|bist du) geboren\b`,
        i`\b(?:in rente|in den ruhestand|in pension)\b|\bbis zur rente\b|\brentenalter\b`,
        i`\b(?:sind sie|bist du) (?:nicht )?(?:zu )?(?:jung|alt) für\b|\b(?:sind sie|bist du) (?:schon )?über (?:\d{2}|dreißig|vierzig|fünfzig)\b`,
      ],
      lawful: [i`\b(?:volljährig|mindestens (?:18|achtzehn))\b`],
      instead:
        "Das Alter ist nach dem AGG geschützt. Wenn es rechtlich nötig ist, fragen Sie nur „Sind Sie volljährig?“",
    },
    marital_status: {
      label: "den Familienstand",
      patterns: [
        i`\b(?:sind sie|bist du) (?:verheiratet|ledig|geschieden|verlobt|single|verwitwet|liiert)\b`,
        i`\b(?:haben sie|hast du) (?:einen (?:partner|freund|mann|ehemann|lebensgefährten)|eine (?:partnerin|freundin|frau|ehefrau|lebensgefährtin))\b|\bfamilienstand\b`,
        i`\bwas (?:macht|arbeitet) (?:ihr|dein) (?:mann|partner|ehemann)\b|\bwas (?:macht|arbeitet) (?:ihre|deine) (?:frau|partnerin|ehefrau)\b`,
      ],
      lawful: [i`\bverheiratet mit (?:java|python|dem|der|einem|einer|diesem|unserem)\b`],
      instead:
        "Der Familienstand hat mit der Stelle nichts zu tun. Fragen Sie nach den Anforderungen (Reisen, Arbeitszeiten).",
    },
    family: {
      label: "Kinder, Schwangerschaft und Familienplanung",
      patterns: [
        i`\b(?:haben sie|hast du) (?:schon )?(?:kinder|nachwuchs|familie)\b|\bwie (?:alt|viele) (?:sind )?(?:ihre|deine) kinder\b|\bwie viele kinder\b`,
        i`\b(?:planen sie|planst du|wollen sie|willst du|möchten sie)\b[^?.]{0,30}\b(?:kinder|eine familie|nachwuchs)\b|\bkinderwunsch\b|\bfamilienplanung\b|\bfamilie gründen\b`,
        i`\b(?:sind sie|bist du)\b[^?.]{0,15}\bschwanger\b|\bschwangerschaft\b|\b(?:elternzeit|mutterschutz) (?:geplant|vor|demnächst)\b`,
        i`\bwer (?:betreut|kümmert sich um) (?:ihre|deine|die) kinder\b|\bkinderbetreuung\b`,
      ],
      lawful: [
        i`\bkind(?:er)?(?:prozess|knoten|element|komponente)\p{L}*|\b(?:prozess|knoten)\p{L}* (?:hat|haben) kinder\b`,
      ],
      instead:
        "Familienstand, Kinder und Schwangerschaft sind geschützt (AGG, MuSchG). Fragen Sie „Können Sie die Arbeitszeiten dieser Stelle leisten?“",
    },
    religion: {
      label: "die Religion",
      patterns: [
        i`\b(?:sind sie|bist du) (?:religiös|gläubig|katholisch|evangelisch|christ(?:in)?|muslim(?:in|isch)?|jüdisch|jude|jüdin|atheist(?:in)?)\b`,
        i`\bwelche(?:r)? (?:religion|konfession|glaube)\b|\b(?:ihre|deine) religion\b|\bkirchensteuer\b`,
        i`\b(?:gehen sie|gehst du) (?:in die|zur) (?:kirche|moschee|synagoge)\b|\b(?:fasten sie|fastest du)\b|\bramadan\b`,
      ],
      instead:
        "Religion und Weltanschauung sind nach dem AGG geschützt. Fragen Sie „Können Sie die Arbeitszeiten dieser Stelle leisten?“ und sprechen Sie über Anpassungen nach dem Angebot.",
    },
    national_origin: {
      label: "die Herkunft und Staatsangehörigkeit",
      patterns: [
        i`\b(?:wo|woher) (?:kommen sie|kommst du)(?: eigentlich| ursprünglich)?(?: her)?(?=\s*(?:[?,.!]|$|eigentlich|ursprünglich|her\b))|\bwo (?:sind sie|bist du) (?:geboren|aufgewachsen)\b`,
        i`\b(?:welche|ihre|deine) (?:staatsangehörigkeit|nationalität|herkunft|ethnie)\b|\bmigrationshintergrund\b|\b(?:sind sie|bist du) (?:deutsche[r]?|deutsch|ausländer(?:in)?|staatsbürger(?:in)?)\b`,
        i`\b(?:ihre|deine) muttersprache\b|\bwoher (?:kommt|stammt) (?:ihr|dein) (?:akzent|name|nachname)\b|\baus welchem land\b`,
      ],
      lawful: [
        i`\barbeitserlaubnis\b|\barbeitsgenehmigung\b|\baufenthaltstitel\b|\bvisum\b|\barbeiten dürfen\b`,
        i`\bvon wo aus (?:sind sie|bist du|wählen sie sich|arbeiten sie)\b|\bzeitzone\b|\bwelche sprachen sprechen sie\b`,
      ],
      instead:
        "Ethnische Herkunft ist nach dem AGG geschützt. Fragen Sie „Dürfen Sie in Deutschland arbeiten?“ oder nach den Sprachkenntnissen, die die Stelle braucht.",
    },
    disability_health: {
      label: "Behinderung und Gesundheit",
      patterns: [
        i`\b(?:haben sie|hast du) (?:eine )?(?:behinderung|schwerbehinderung|krankheiten|chronische \p{L}+|gesundheitliche (?:probleme|einschränkungen)|vorerkrankungen)\b|\b(?:sind sie|bist du) (?:schwer)?behindert\b|\b(?:sind sie|bist du) (?:gesund|oft krank)\b`,
        i`\bwie (?:oft|viele tage)\b[^?.]{0,30}\b(?:krank|krankgeschrieben)\b|\bkrankheitstage\b|\b(?:waren sie|warst du) (?:schon mal |jemals )?(?:krankgeschrieben|in therapie|in behandlung|im krankenhaus)\b`,
        i`\b(?:nehmen sie|nimmst du) (?:regelmäßig )?medikamente\b|\b(?:burnout|depression|psychische probleme)\b`,
      ],
      lawful: [i`\bwesentlichen aufgaben\b|\bangemessene(?:n)? vorkehrungen\b`],
      instead:
        "Fragen nach Gesundheit und Behinderung sind vor dem Angebot unzulässig (AGG). Fragen Sie „Können Sie die wesentlichen Aufgaben der Stelle erfüllen, mit oder ohne angemessene Vorkehrungen?“",
    },
    arrest_record: {
      label: "Festnahmen",
      patterns: [
        i`\b(?:wurden sie|wurdest du) (?:schon mal |jemals )?(?:verhaftet|festgenommen)\b|\bärger mit der polizei\b|\b(?:saßen sie|waren sie) (?:schon mal |jemals )?im gefängnis\b|\bermittlungsverfahren gegen sie\b`,
      ],
      lawful: [i`\bführungszeugnis\b`],
      instead:
        "Eine Festnahme ist keine Verurteilung. Wo es für die Stelle erlaubt ist, fragen Sie nur nach einschlägigen Vorstrafen oder einem Führungszeugnis, nach dem Angebot.",
    },
    salary_history: {
      label: "das bisherige Gehalt",
      patterns: [
        i`\b(?:was|wie viel) (?:verdienen sie|verdienst du|haben sie (?:bisher |zuletzt )?verdient|hast du (?:bisher |zuletzt )?verdient)\b`,
        i`\b(?:ihr|dein) (?:aktuelles|jetziges|bisheriges|letztes|derzeitiges) (?:gehalt|einkommen|jahresgehalt)\b|\bwie hoch ist (?:ihr|dein) gehalt\b`,
      ],
      lawful: [
        i`\bgehaltsvorstellung\p{L}*|\bgehaltswunsch\b|\bgehaltsband\b|\b(?:möchten|wollen|würden) sie (?:verdienen|haben)\b|\berwart\p{L}+`,
      ],
      instead:
        "Nach dem bisherigen Gehalt zu fragen verbietet die EU-Richtlinie 2023/970 (Art. 5 Abs. 2). Fragen Sie „Welche Gehaltsvorstellung haben Sie?“",
    },
    sexual_orientation_gender: {
      label: "die sexuelle Orientierung oder Geschlechtsidentität",
      patterns: [
        i`\b(?:sind sie|bist du) (?:schwul|lesbisch|hetero|heterosexuell|homosexuell|bisexuell|bi|trans)\b|\bsexuelle (?:orientierung|identität)\b|\bgeschlechtsidentität\b|\bstehen sie auf (?:männer|frauen)\b`,
      ],
      instead: "Sexuelle Identität ist nach dem AGG geschützt. Lassen Sie sie aus dem Gespräch heraus.",
    },
    politics_union_military: {
      label: "politische Ansichten oder Gewerkschaftsmitgliedschaft",
      patterns: [
        i`\bwen (?:haben sie|hast du) gewählt\b|\bwelche partei (?:wählen sie|wählst du)\b|\b(?:ihre|deine) politische(?:n)? (?:einstellung|meinung|ansichten|haltung)\b|\b(?:sind sie|bist du) (?:links|rechts|konservativ)\b`,
        i`\b(?:sind sie|bist du) (?:in der|in einer|mitglied einer|mitglied der) gewerkschaft\b|\bgewerkschaftsmitglied\b|\b(?:sind sie|bist du) (?:in einer|mitglied einer) partei\b`,
      ],
      instead:
        "Politische Ansichten und Gewerkschaftszugehörigkeit sind geschützt (Art. 9 Abs. 3 GG, AGG). Fragen Sie nach den Fähigkeiten, die die Stelle braucht.",
    },
    genetic_information: {
      label: "genetische Informationen und Krankheiten in der Familie",
      patterns: [
        i`\berbkrankheit\p{L}*|\bgenetische(?:n)? (?:test|untersuchung|veranlagung)\p{L}*|\b(?:liegt|gibt es) (?:krebs|diabetes|herzkrankheiten) in (?:ihrer|deiner) familie\b|\bkrankheiten in (?:ihrer|deiner) familie\b`,
      ],
      instead:
        "Genetische Untersuchungen und Fragen danach sind unzulässig (Gendiagnostikgesetz § 19). Lassen Sie sie weg.",
    },
  },
};
