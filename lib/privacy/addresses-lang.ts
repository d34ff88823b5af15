/**
 * Street addresses as Spanish, German, French and Italian speakers say them, after `normalizeSpokenIn`
 * turned the numbers into figures: "Calle Mayor 12, 3º B, 28013 Madrid", "C/ Alcalá 45", "Hauptstraße 5,
 * 10115 Berlin", "Berliner Str. 12a", "12 rue de la Paix, 75002 Paris", "3 bis avenue Victor Hugo", "Via
 * Roma 10, 00184 Roma", "Piazza Garibaldi 3". The whole address is one span (floor, door, postcode and
 * city included). A street needs its number; a lower-case street name (a speech model's output) also
 * needs a cue ("vivo en", "ich wohne in", "j'habite", "abito in"), a floor or a postcode after it, so "la
 * calle estaba cortada", "auf der Straße", "dans la rue" and "via email 3 volte" stay.
 */
import type { Language } from "../language";
import type { Span } from "./categories";
import { anyCase } from "./pattern-utils";

type Other = Exclude<Language, "en">;

interface AddressForm {
  /** Street-type words before the name ("calle", "via", "rue"). */
  types: string;
  /** Small words inside a street name ("de la", "del", "della"). */
  linkers: string;
  /** The words before an address ("vivo en", "mi dirección es"). */
  cue: RegExp;
  /** What follows the number: floor, door, staircase ("3º B", "Wohnung 4", "appartement 12", "interno 5"). */
  unit: string;
  /** Words that end a street name in lower case: the sentence goes on. */
  stop: ReadonlySet<string>;
}

const words = (s: string) => new Set(s.split(" "));
const FORMS: Record<Other, AddressForm> = {
  es: {
    types:
      "calle|c\\/|c\\.|avenida|avda\\.?|av\\.|plaza|pza\\.?|paseo|p\\.º|ronda|camino|carretera|ctra\\.|travesía|travesia|glorieta|carrer|rambla|urbanización|urbanizacion",
    linkers: "de la|de las|de los|del|de|la|el|los|las|d'|dels",
    cue: /\b(?:vivo|viví|vivía|vive|vivimos|resido|dirección|direccion|domicilio|estoy en|casa está|casa esta|mudé|mude|mudamos|envíalo|envialo|mándalo|mandalo|me encuentras)\b[^.\n]{0,25}$/iu,
    unit: "(?:,?\\s*(?:piso\\s+)?\\d{1,2}\\s?(?:º|°|o|ª)?\\s*(?:[a-h]|izquierda|izda\\.?|derecha|dcha\\.?|centro|\\d\\s?ª?)?(?![\\p{L}\\d])|,?\\s*(?:puerta|portal|escalera|esc\\.|bajo|ático|atico)\\s*[a-z\\d]{0,3}(?![\\p{L}\\d]))",
    stop: words("y o pero que porque estaba está esta es era fue tiene tenía hay con en para por cuando donde se"),
  },
  de: {
    types: "",
    linkers: "",
    cue: /\b(?:wohne|wohnte|wohnen|wohnt|adresse|anschrift|wohnhaft|zuhause|zu hause|umgezogen|ziehe|schick(?:en)?\s+sie|schick)\b[^.\n]{0,25}$/iu,
    unit: "(?:,?\\s*(?:wohnung|whg\\.?|etage|stock|zimmer|app\\.?|apartment)\\s*\\d{1,3}[a-z]?(?![\\p{L}\\d])|,?\\s*\\d{1,2}\\.\\s*(?:og|stock|etage)\\b)",
    stop: words(""),
  },
  fr: {
    types:
      "rue|avenue|av\\.|boulevard|bd|bvd|allée|allee|impasse|quai|place|chemin|route|cours|square|passage|cité|cite|faubourg|rond-point",
    linkers: "de la|de l'|des|du|de|d'|la|le|les",
    cue: /\b(?:habite|habitais|habitons|habité|vis|domicile|adresse|demeure|résid\w*|reside|installé\w*|déménagé\w*|envoyez|envoie)\b[^.\n]{0,25}$/iu,
    unit: "(?:,?\\s*(?:appartement|appart\\.?|apt\\.?|bâtiment|batiment|bât\\.?|escalier|étage|etage)\\s*[a-z\\d]{1,3}(?![\\p{L}\\d])|,?\\s*\\d{1,2}\\s?(?:e|ème|eme|er)\\s+étage)",
    stop: words("et ou mais qui que quand où était est a avait il elle on nous pour avec dans en sur"),
  },
  it: {
    types:
      "via|viale|v\\.le|piazza|p\\.za|piazzale|corso|c\\.so|largo|vicolo|lungomare|lungotevere|strada|contrada|borgo|salita|vico",
    linkers: "dei|degli|delle|della|dello|del|di|de|d'|la|le|il|lo|san|santa",
    cue: /\b(?:abito|abitavo|abitiamo|vivo|vivevo|viviamo|risiedo|residente|residenza|indirizzo|domicilio|sto in|stiamo in|trasferit\w*|mandalo|spediscilo)\b[^.\n]{0,25}$/iu,
    unit: "(?:,?\\s*(?:interno|int\\.|scala|piano)\\s*[a-z\\d]{1,3}(?![\\p{L}\\d]))",
    stop: words("e o ma che perché quando dove era è ha aveva con in per tra su email mail"),
  },
};

const NAME_WORD = "[\\p{L}][\\p{L}'’.-]*";
const CITY = "[\\p{L}][\\p{L}'’-]*(?:\\s(?:de\\s|del\\s|am\\s|an\\sder\\s|sur\\s|en\\s)?[\\p{Lu}][\\p{L}'’-]*)?";
/** A postcode and city after the address: "28013 Madrid", "10115 Berlin", "75002 Paris", "1010 Wien". */
const CODE_CITY = `(?:,?\\s*(?:\\d{5}|\\d{4}|[a-z]-?\\d{4,5})\\s+${CITY})`;
const NUMBER =
  "(?:n\\.?\\s?º?\\s?|nº\\s?|núm\\.?\\s?|número\\s|numero\\s|nr\\.?\\s?|no\\.?\\s)?\\d{1,4}(?:\\s?[a-z](?![\\p{L}]))?(?:\\s?(?:bis|ter)(?![\\p{L}]))?";
/** "Hauptstraße", "Berliner Str.", "Am Feldweg", "Alte Gasse": German streets end in their type. */
const DE_STREET = `(?:(?!(?:der|die|das|den|dem|des|eine|einer|einen|meine|seine|ihre|unsere|keine|jede|jeder|diese|dieser|alle)\\s)[\\p{Lu}][\\p{L}-]{2,}(?:er|e|en)\\s+(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|markt)|[\\p{L}][\\p{L}-]{2,}(?:straße|strasse|str\\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee|markt))`;

/** A number followed by these counts something: "avenida de 3 carriles", "boulevard Haussmann depuis 2 ans". */
const COUNTED =
  "(?!\\s*(?:ans|années|mois|jours|heures|minutes|personnes|fois|euros|años|meses|días|horas|minutos|personas|veces|jahre|jahren|monate|tage|stunden|minuten|leute|personen|mal|anni|mesi|giorni|ore|minuti|persone|volte|file|%)(?![\\p{L}]))";

const compiled = new Map<Other, RegExp[]>();
function patternsFor(language: Other): RegExp[] {
  const cached = compiled.get(language);
  if (cached) return cached;
  const f = FORMS[language];
  const tail = `(?:${f.unit})?(?:${f.unit})?${CODE_CITY}?`;
  const name = `(?:(?:${f.linkers})\\s+)?${NAME_WORD}(?:\\s+(?:(?:${f.linkers})\\s+)?${NAME_WORD}){0,3}?`;
  const list: RegExp[] = [];
  if (language === "de") list.push(new RegExp(anyCase(`(?<![\\p{L}])${DE_STREET}\\s+${NUMBER}${tail}`), "gu"));
  else {
    // Type, name, number: "Calle Mayor 12", "Via Roma 10", "C/ Alcalá 45".
    list.push(
      new RegExp(anyCase(`(?<![\\p{L}])(?:${f.types})\\s*${name},?\\s+${NUMBER}(?![\\d])${COUNTED}${tail}`), "gu"),
    );
    // Number first (French): "12 rue de la Paix", "3 bis avenue Victor Hugo".
    if (language === "fr")
      list.push(
        new RegExp(
          anyCase(
            `(?<![\\p{L}\\d])\\d{1,4}(?:\\s?(?:bis|ter|[a-d])(?![\\p{L}]))?,?\\s+(?:${f.types})\\s+${name}(?=[,.;!?]|\\s+\\d{5}|\\s*$|\\s+(?:et|mais|à|a|depuis|pendant|avec|dans|en)\\s)(?:${f.unit})?${CODE_CITY}?`,
          ),
          "gu",
        ),
      );
  }
  compiled.set(language, list);
  return list;
}

const checks = new Map<Other, { linker: RegExp; codeCity: RegExp; unit: RegExp }>();
function checksFor(language: Other) {
  let c = checks.get(language);
  if (!c) {
    const f = FORMS[language];
    c = {
      linker: new RegExp(`^(?:${f.linkers})$`, "iu"),
      codeCity: new RegExp(anyCase(`${CODE_CITY}$`), "u"),
      unit: new RegExp(anyCase(f.unit), "u"),
    };
    checks.set(language, c);
  }
  return c;
}

/** Capitalised (the transcript kept the street's capitals) or said as an address. */
function isAddress(text: string, start: number, body: string, language: Other): boolean {
  const f = FORMS[language];
  const c = checksFor(language);
  const afterType = body.replace(/^\d[^\s]*(?:\s+(?:bis|ter))?,?\s+/iu, "").replace(/^\S+\s*/u, "");
  const nameWords = afterType.split(/[\s,]+/).filter((w) => /^\p{L}/u.test(w));
  if (nameWords.some((w) => f.stop.has(w.toLowerCase()))) return false;
  const capitalised = nameWords.some((w) => /^\p{Lu}/u.test(w) && !c.linker.test(w));
  const cued = f.cue.test(text.slice(Math.max(0, start - 40), start));
  const hasCodeOrUnit = c.codeCity.test(body) || c.unit.test(body.slice(8));
  // German streets are one capitalised word ("Goethestraße 10"), or an adjective and the type ("Berliner Str.").
  const germanCapitalised = language === "de" && /^\p{Lu}/u.test(body);
  return capitalised || germanCapitalised || cued || hasCodeOrUnit;
}

export function addressesIn(text: string, language: Other): Span[] {
  const out: Span[] = [];
  for (const re of patternsFor(language)) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      if (!isAddress(text, start, m[0], language)) continue;
      const body = m[0].replace(/[,.\s]+$/u, "");
      out.push({ start, end: start + body.length, category: "address" });
    }
  }
  return out;
}
