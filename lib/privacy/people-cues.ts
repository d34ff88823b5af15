/**
 * The words around person names in Spanish, German, French and Italian interviews: introductions ("me
 * llamo", "ich heiße", "je m'appelle", "mi chiamo"), relations ("mi jefa era", "mein Chef war", "ma
 * responsable était", "il mio capo era"), work together ("trabajé con", "gearbeitet mit", "travaillé
 * avec", "ho lavorato con"), titles, and the everyday words of each language that are also names.
 */
import type { Language } from "../language";

export type Other = Exclude<Language, "en">;

export interface PeopleCues {
  /** The next word is a name even when it is an everyday word ("me llamo Rosa"). */
  strong: string[];
  /** The next word is a name when the lexicon knows it as one and it is no everyday word. */
  intro: string[];
  /** Honorifics before a name ("Sra. Ruiz", "Herr Müller", "Mme Leroy", "Dott.ssa Conti"). */
  titles: string;
  /** Function words: never a name part, they end a name. */
  function: string;
  /** Everyday words of the language that the name lexicon also lists ("rosa", "paz", "pierre"). */
  ambiguous: string;
}

export const PEOPLE_CUES: Record<Other, PeopleCues> = {
  es: {
    strong: [
      "me llamo",
      "mi nombre es",
      "mi nombre completo es",
      "llámame",
      "llamame",
      "me dicen",
      "se llama",
      "se llamaba",
    ],
    intro: [
      // Greetings: the person greeted is named next ("hola carmen").
      "hola",
      "buenos días",
      "buenos dias",
      "buenas tardes",
      "buenas noches",
      "bienvenido",
      "bienvenida",
      "gracias por venir",
      "soy",
      "trabajé con",
      "trabaje con",
      "trabajo con",
      "trabajaba con",
      "he trabajado con",
      "hablé con",
      "hable con",
      "habla con",
      "pregunta a",
      "pregúntale a",
      "preguntale a",
      "pregunten a",
      "contacta con",
      "contactar con",
      "reportaba a",
      "reporto a",
      "reportaba directamente a",
      "me contrató",
      "me contrato",
      "me entrevistó",
      "me recomendó",
      "con",
      "y",
      "de",
      "a",
      "como",
      "gracias",
      "hola",
      "encantado",
      "encantada",
      "bienvenido",
      "bienvenida",
      "mi (?:jefe|jefa|manager|responsable|compañero|compañera|mentor|mentora|director|directora|referencia|lead|líder|supervisor|supervisora|tutor|tutora)(?: (?:era|es|fue|se llama|directo|directa))?,?",
      "(?:el|la) (?:jefe|jefa|responsable|directora?|cto|ceo|manager|líder) (?:era|es|fue)",
      "entrevistado por",
      "entrevistada por",
      "contratado por",
      "contratada por",
    ],
    titles:
      "sr\\.?|sra\\.?|srta\\.?|señor|señora|señorita|don|doña|dr\\.|dra\\.|doctor|doctora|ing\\.|lic\\.|licenciado|licenciada",
    function:
      "el la los las un una unos unas y o u e ni pero que de del al a en con por para sin sobre entre hasta desde mi mis tu su sus nuestro nuestra yo tú él ella nosotros ellos ellas le lo les me te se es era fue está estaba ser estar muy más también ya no sí como cuando donde porque si bueno pues entonces luego antes después hoy ayer mañana equipo empresa proyecto cliente jefe jefa",
    ambiguous:
      "rosa paz sol pilar blanco mayo luz mar cruz dolores ángeles angeles amparo rocío rocio nieves esperanza victoria gloria consuelo mercedes alegría alba aurora cielo flor león leon leal santos reyes rubio moreno castillo campo vega prado rey marino bravo calvo franco serrano delgado cano iglesias salvador domingo pastor soler monte río rio",
  },
  de: {
    strong: [
      "ich heiße",
      "ich heisse",
      "mein name ist",
      "mein vollständiger name ist",
      "nennen sie mich",
      "nenn mich",
      "sie heißt",
      "er heißt",
      "sie hieß",
      "er hieß",
    ],
    intro: [
      // Greetings: the person greeted is named next ("hola carmen").
      "hallo",
      "guten morgen",
      "guten tag",
      "guten abend",
      "willkommen",
      "herzlich willkommen",
      "ich bin",
      "gearbeitet mit",
      "zusammengearbeitet mit",
      "arbeite mit",
      "arbeitete mit",
      "gesprochen mit",
      "sprach mit",
      "sprechen sie mit",
      "fragen sie",
      "frag",
      "berichtete an",
      "unterstellt war ich",
      "eingestellt von",
      "interviewt von",
      "empfohlen von",
      "mit",
      "und",
      "von",
      "danke",
      "hallo",
      "willkommen",
      "(?:mein|meine) (?:chef|chefin|vorgesetzter|vorgesetzte|kollege|kollegin|mentor|mentorin|teamleiter|teamleiterin|manager|managerin|betreuer|betreuerin|referenz|abteilungsleiter|abteilungsleiterin)(?: (?:war|ist|hieß|heißt))?,?",
      "(?:der|die) (?:chef|chefin|teamleiter|teamleiterin|cto|ceo) (?:war|ist)",
    ],
    titles: "herr|herrn|frau|dr\\.|prof\\.|professor|professorin",
    function:
      "der die das den dem des ein eine einen einem einer und oder aber dass mit von zu zum zur im in am an auf aus bei für ich du er sie es wir ihr mein meine sein seine war ist sind bin hat hatte haben sehr auch noch schon nicht ja nein wie wenn als dann heute gestern morgen team firma projekt kunde chef chefin",
    ambiguous:
      "frank kurz rose liebe sonne stern wolf fuchs winter sommer berg busch hahn koch lange klein groß gross schwarz weiß weiss braun roth vogel fischer bauer schneider müller meister ernst frei froh hell",
  },
  fr: {
    strong: [
      "je m'appelle",
      "je m’appelle",
      "mon nom est",
      "mon nom c'est",
      "appelez-moi",
      "je me nomme",
      "il s'appelle",
      "elle s'appelle",
      "elle s’appelle",
      "il s’appelle",
    ],
    intro: [
      // Greetings: the person greeted is named next ("hola carmen").
      "bonjour",
      "bonsoir",
      "salut",
      "bienvenue",
      "merci d'être venu",
      "merci d'être venue",
      "je suis",
      "c'est",
      "travaillé avec",
      "travaille avec",
      "travaillais avec",
      "parlé avec",
      "parlez avec",
      "parlez à",
      "demandez à",
      "demande à",
      "rattaché à",
      "rattachée à",
      "sous la direction de",
      "recruté par",
      "recrutée par",
      "embauché par",
      "embauchée par",
      "avec",
      "et",
      "de",
      "à",
      "merci",
      "bonjour",
      "bienvenue",
      "(?:mon|ma) (?:responsable|manager|chef|cheffe|collègue|mentor|mentore|directeur|directrice|référent|référente|tuteur|tutrice|n\\+1|supérieur|supérieure)(?: (?:était|est|s'appelle|s’appelle|direct|directe))?,?",
      "(?:le|la) (?:responsable|directeur|directrice|cto|ceo|manager) (?:était|est)",
    ],
    titles: "m\\.|monsieur|mme\\.?|madame|mlle\\.?|mademoiselle|dr\\.?|docteur|docteure|maître|pr\\.",
    function:
      "le la les l un une des et ou mais que qui de du d à au aux en dans avec pour par sur sans je tu il elle nous vous ils elles mon ma mes ton ta son sa ses notre leur est était été être a avait ont très aussi déjà ne pas non oui comme quand où si alors puis aujourd'hui hier demain équipe entreprise projet client chef",
    ambiguous:
      "pierre rose claire france olive blanche marine aurore prudence constance clémence patience fleur violette margot roger petit blanc brun noir grand bonheur",
  },
  it: {
    strong: ["mi chiamo", "il mio nome è", "il mio nome e", "chiamami", "si chiama", "si chiamava"],
    intro: [
      // Greetings: the person greeted is named next ("hola carmen").
      "ciao",
      "buongiorno",
      "buonasera",
      "salve",
      "benvenuto",
      "benvenuta",
      "sono",
      "ho lavorato con",
      "lavoravo con",
      "lavoro con",
      "ho parlato con",
      "parla con",
      "chiedete a",
      "chiedi a",
      "chieda a",
      "riportavo a",
      "riporto a",
      "assunto da",
      "assunta da",
      "con",
      "e",
      "di",
      "a",
      "grazie",
      "ciao",
      "buongiorno",
      "benvenuto",
      "benvenuta",
      "(?:il mio|la mia) (?:capo|capa|responsabile|manager|collega|mentore|mentor|direttore|direttrice|referente|tutor|supervisore)(?: (?:era|è|e|si chiama|diretto|diretta))?,?",
      "(?:il|la) (?:capo|responsabile|direttore|direttrice|cto|ceo|manager) (?:era|è)",
    ],
    titles:
      "sig\\.ra|sig\\.na|sig\\.|signor|signore|signora|signorina|dott\\.ssa|dott\\.|dottor|dottore|dottoressa|ing\\.|ingegner|ingegnere|avv\\.|avvocato|prof\\.ssa|prof\\.|professore|professoressa",
    function:
      "il lo la i gli le un uno una e o ma che di del della dei a al alla in nel nella con per su da tra fra io tu lui lei noi voi loro mio mia tuo suo sua nostro è era sono stato stata ha aveva molto anche già non sì come quando dove se poi oggi ieri domani squadra azienda progetto cliente capo ho hai abbiamo avete hanno sei siamo siete erano fatto fare faccio fa detto dire mandato lavorato lavoro lavorare parlato anni anno mese mesi giorno giorni tempo cosa cose modo parte volta volte tutto tutti tutta poco bene male dopo prima sempre mai ancora qui lì ecco però quindi allora perché mentre circa via piazza corso nato nata grande nuovo nuova team ufficio sede gruppo clienti prodotto dati sistema codice numero",
    ambiguous:
      "rosa speranza serena gioia stella aurora fortuna vittoria marina bianca viola fiore sole mare costanza celeste gentile bello bella rossi bianco neri grande piccolo santo leone lupo",
  },
};
