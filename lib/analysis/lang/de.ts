/** German. "ich"/"wir" are always said, so ownership is read from pronouns and possessives. */
import { rx } from "./regex";
import type { ClaimRules, LanguageRules } from "./types";

const IMPROVED = String.raw`(?:schneller|stabiler|günstiger|billiger|effizienter|besser|zuverlässiger|einfacher|leichter|sauberer|sicherer|kleiner|weniger)`;
const SPECIFICS = String.raw`\d+(?:[.,]\d+)?\s*(?:%|prozent|ms\b|millisekunden|sekunden|minuten|stunden|tage[n]?|tag\b|wochen|woche\b|monate[n]?|monat\b|jahre[n]?|jahr\b|nutzer(?:n|innen)?|kunden|anfragen|requests|entwickler(?:n|innen)?|ingenieur(?:e|en|innen)?|leute|personen|services|x\b|k\b|millionen|million|tausend|terabyte|gigabyte)`;

export const DE: LanguageRules = {
  hedges: rx(
    "gi",
  )`\b(?:irgendwie|quasi|sozusagen|eigentlich|vielleicht|wahrscheinlich|eher so|mehr oder weniger|ein bisschen|ein bissl|ein wenig|ich glaube|ich denke mal|ich weiß nicht|keine ahnung|ich bin (?:mir )?nicht sicher|gewissermaßen|in gewisser weise|oder so|und so weiter|und so|usw\.?|ungefähr so|sowas|so was|halbwegs)\b`,
  vagueActions: rx(
    "gi",
  )`\b(?:wir|ich)\s+(?:haben|habe|hab)\s+(?:das|es|die|den|dann)?\s*(?:halt|einfach|irgendwie|quasi|sozusagen|so)\s+(?:\p{L}+\s+){0,2}?(?:ge\p{L}+t|ge\p{L}+en|gemacht|hingekriegt|erledigt|geregelt|gelöst|repariert|gefixt)\b|\b(?:wir|ich)\s+(?:haben|habe|hab)\s+(?:\p{L}+\s+){0,3}?(?:irgendwie|halt|einfach|quasi)\s+(?:hingekriegt|gemacht|erledigt|geregelt|gelöst|gefixt|geschafft|hinbekommen)\b|\birgendwie\s+(?:hingekriegt|hinbekommen|geschafft|gelöst|geregelt)\b`,
  vaguePhrase: rx(
    "i",
  )`\b(?:wir|ich)\s+(?:haben|habe|hab)\s+(?:\p{L}+\s+){0,3}?(?:halt|einfach|irgendwie|quasi|sozusagen)\s+(?:\p{L}+\s+){0,2}?\p{L}+|\birgendwie\s+(?:hingekriegt|hinbekommen|geschafft|gelöst|geregelt)\b`,
  fillers: rx(
    "gi",
  )`\b(?:ä+h+m*|ä+m+|e+h+m*|hm+|mhm|halt|sozusagen|quasi|weißt du|weisst du|ne\?|gell|genau,|also,|na ja|naja|irgendwie so)\b`,
  selfCorrections: rx(
    "gi",
  )`\b(?:nein,?\s+warte|ich meine,|ich meinte|also nicht|besser gesagt|sorry,?\s+ich meine|moment,|korrigiere|lass mich das anders sagen|wie soll ich sagen|ähm nein|quatsch,|nee,? also)\b|\b(\p{L}+)\s+\1\b`,
  specifics: rx("gi")`${SPECIFICS}`,
  iWords: rx("gi")`\b(?:ich|mich|mir|mein|meine|meinen|meinem|meiner|meines|selbst|persönlich)\b`,
  weWords: rx("gi")`\b(?:wir|uns|unser|unsere|unseren|unserem|unserer|unseres)\b`,
  weQuote: rx("i")`\bwir\b[^.,;!?]{3,60}`,
  questionStart: rx(
    "i",
  )`^(?:was|wie|wann|wo|warum|wieso|weshalb|wer|welche[rsnm]?|wieviel|wie viele|erzählen sie|erzähl|erzähle|beschreiben sie|beschreib|können sie|könnten sie|kannst du|hast du|haben sie|hatten sie|sind sie|bist du|gab es|gibt es|würden sie|nennen sie|geben sie)\b`,
  behavioural: rx(
    "i",
  )`\b(?:erzähl(?:en sie|e|st du)?|beschreib(?:en sie|e)?|schilder(?:n sie|e)?|nennen sie|geben sie)\b[^?.]{0,40}\b(?:eine? |einer )?(?:situation|mal|beispiel|fall|moment|gelegenheit)\b|\bwie (?:sind sie|bist du|haben sie|hast du)\b[^?.]{0,30}\b(?:damit umgegangen|vorgegangen|reagiert|gelöst)\b|\b(?:ein|eine) (?:beispiel|situation),? (?:in der|wo|als|bei der)\b`,
  howLong: rx(
    "i",
  )`\b(?:wie lange|wie viele jahre|seit wann|wann haben sie (?:angefangen|begonnen)|wann hast du (?:angefangen|begonnen)|wie viel erfahrung|wieviel erfahrung)\b`,
  unquantified: rx(
    "i",
  )`\b(?:\p{L}+\s+){0,4}(?<!(?:gefällt mir|gefallen mir|mag ich|finde ich|liegt mir)\s)(?:(?:deutlich|wesentlich|erheblich|viel|massiv|enorm|spürbar|drastisch|um einiges|einiges|extrem|sehr viel|signifikant|dramatisch|gewaltig)\s+${IMPROVED}|(?:massiv|enorm|drastisch|deutlich|erheblich|stark|signifikant)\s+(?:verbessert|reduziert|gesenkt|beschleunigt|optimiert|gesteigert|verringert)|eine (?:riesige|massive|deutliche|enorme|große) (?:verbesserung|steigerung|reduktion)|(?:riesige|enorme) (?:verbesserung|wirkung))\b(?:\s+\p{L}+){0,3}`,
  star: {
    situation: rx(
      "i",
    )`\b(?:bei meinem (?:letzten|vorherigen|früheren|aktuellen|alten) (?:job|arbeitgeber|team|projekt)|in meiner (?:letzten|vorherigen|früheren|alten) (?:firma|stelle|rolle)|als ich (?:bei|noch)|während (?:ich|wir)|wir hatten (?:ein|eine|einen)|es gab (?:ein|eine|einen)|die (?:situation|ausgangslage) war|das problem war|(?:im jahr|anfang|ende) \d{4}|im \d{4}|letztes jahr|vor \d+ (?:jahren|monaten))\b`,
    task: rx(
      "i",
    )`\b(?:ich war\b[^.;!?]{0,30}?\b(?:verantwortlich|zuständig)|meine (?:aufgabe|rolle|verantwortung) war|mein (?:ziel|job|auftrag) war|das ziel war|die aufgabe war|wir mussten|ich musste|ich sollte|ich wurde gebeten)\b`,
    action: rx(
      "i",
    )`\b(?:(?:ich|wir)\s+(?:habe|haben|hab)|(?:habe|haben|hab)\s+(?:ich|wir))\b[^.;!?]{0,60}?\b(?:gebaut|geleitet|entworfen|geschrieben|implementiert|eingeführt|migriert|aufgesetzt|eingerichtet|umgeschrieben|refaktoriert|organisiert|vorgeschlagen|entschieden|analysiert|automatisiert|verhandelt|hinzugefügt|ersetzt|umgestellt|eingebaut|gestartet|aufgebaut)\b|\b(?:ich|wir)\s+(?:baute|bauten|leitete|schrieb|schrieben|führte|führten|migrierte|migrierten|entschied|entschieden|analysierte|automatisierte)\b`,
    result: rx(
      "i",
    )`\b(?:im ergebnis|als ergebnis|das ergebnis war|am ende|letztendlich|dadurch|danach lief|was dazu führte|(?:haben|hat|konnten|wurde)\b[^.;!?]{0,40}?\b(?:reduziert|gesenkt|verbessert|gesteigert|erhöht|halbiert|verdoppelt|gespart|verkürzt|wiederhergestellt|behoben))\b`,
    quantified: rx("i")`${SPECIFICS}|\bvon\s+\S+\s+(?:auf|zu)\s+\d|\bum\s+\d+`,
  },
};

export const DE_CLAIMS: ClaimRules = {
  duration: rx(
    "gi",
  )`(?:\b(mehr als|über|fast|beinahe|knapp|ungefähr|etwa|rund|circa|ca\.|so|gut|mindestens|weniger als|schon|bald)\s+)?(?:\b(\d+(?:[.,]\d+)?)\s*(?:\+|plus)?\s*(?:jahre[n]?|jahr\b)|\b(einem jahrzehnt|einer dekade|ein jahrzehnt|eine dekade|zwei jahrzehnte[n]?|anderthalb jahrzehnte[n]?|eineinhalb jahrzehnte[n]?|ein dutzend jahre[n]?)|\b(einem|ein)\s+jahr\b)`,
  decades: (w) =>
    /dutzend/.test(w)
      ? 12
      : /anderthalb|eineinhalb/.test(w)
        ? 15
        : /zwei/.test(w)
          ? 20
          : /^(?:ein|einem)$/i.test(w)
            ? 1
            : 10,
  atLeast: /mehr als|über|gut|mindestens/i,
  atMost: /fast|beinahe|knapp|weniger als|bald/i,
  durationThenTech: rx(
    "i",
  )`^\s*(?:lang\s+)?(?:(?:berufs)?erfahrung\s+(?:mit|in|im)|(?:professionelle|praktische)\s+erfahrung\s+(?:mit|in)|mit|in|im|an)?\s*(?:-\s*)?$|^\s*(?:lang\s+)?(?:arbeite ich mit|entwickle ich mit|programmiere ich in|nutze ich|benutze ich|mache ich)\s+$`,
  techThenDuration: rx(
    "i",
  )`^(?:-?(?:erfahrung|entwicklung|projekte)?\s*(?:[^,;]{0,45}?\b)?(?:seit|schon|bereits|für|über)\s+(?:schon\s+|bereits\s+)?|\s+(?:-?erfahrung\s+)?(?:von\s+)?)$`,
  sinceYear: rx(
    "gi",
  )`\b(?:seit|ab|schon|bereits)\s+(?:dem jahr\s+|anfang\s+|ende\s+|mitte\s+)?((?:19|20)\d{2})\b|\b(?:(?:19|20)\d{2})\b(?=\s+(?:angefangen|begonnen|eingestiegen))|\b(?:im jahr|im|anno)\s+((?:19|20)\d{2})\s+(?:angefangen|begonnen|eingestiegen|gestartet)`,
  yearsAgo: rx("gi")`\bvor\s+(?:mehr als\s+|über\s+|etwa\s+|rund\s+|fast\s+)?(\d+)\s+jahren\b`,
  notAClaim: rx(
    "i",
  )`\b(?:keine|nicht|nie|niemand|stellenanzeige|ausschreibung|anzeige|(?:sie )?(?:wollten|verlangten|verlangen|fordern|forderten|suchten|suchen)|zusammen|insgesamt im team|das team hat|unser team hat|mein (?:vater|bruder|chef|kollege)|meine (?:mutter|schwester|chefin|kollegin))\b`,
  breaks: rx("i")`\b(?:bevor|danach|dann|bis|aber|während|später|vorher)\b`,
  reduction: rx(
    "gi",
  )`\b(?:reduziert|gesenkt|verringert|gekürzt|eingespart|gespart|gesunken|gefallen|weniger|runter)\b[^.;!?]{0,40}?\b(?:um\s+)?(?:fast\s+|über\s+|rund\s+|etwa\s+)?(\d+(?:[.,]\d+)?)\s*(?:%|prozent)|\bum\s+(?:fast\s+|über\s+|rund\s+|etwa\s+)?(\d+(?:[.,]\d+)?)\s*(?:%|prozent)\s+(?:reduziert|gesenkt|verringert|gekürzt|weniger|gesunken|runter)|\b(\d+(?:[.,]\d+)?)\s*(?:%|prozent)\s+(?:weniger|reduktion|einsparung|kostensenkung)`,
  careerStart: [
    rx(
      "i",
    )`\b(?:habe|hab)\s+(?:ich\s+)?(?:im jahr\s+)?((?:19|20)\d{2})?\s*(?:mein(?:en)?\s+)?(?:studium|abschluss|bachelor|master|diplom)\b[^.;]{0,25}?\b(?:abgeschlossen|gemacht|beendet)(?:\s+(?:im jahr\s+|im\s+)?((?:19|20)\d{2}))?`,
    rx(
      "i",
    )`\b((?:19|20)\d{2})\s+(?:habe|hab)\s+ich\s+(?:mein(?:en)?\s+)?(?:studium|abschluss|bachelor|master|diplom)|\b(?:studium|abschluss|bachelor|master|diplom)\s+(?:habe|hab)\s+ich\s+(?:im jahr\s+)?((?:19|20)\d{2})`,
    rx(
      "i",
    )`\b(?:mein(?:en)? erste[rn]? (?:job|stelle|anstellung)|angefangen zu arbeiten|ins berufsleben eingestiegen|berufseinstieg)\b[^.;]{0,30}?\b((?:19|20)\d{2})\b`,
  ],
  total: rx(
    "i",
  )`(?:\b(\d+)\s*jahre[n]?|\b(einem jahrzehnt|zwei jahrzehnte[n]?|anderthalb jahrzehnte[n]?))\s+(?:lang\s+)?(?:berufserfahrung|erfahrung(?! (?:mit|in) )|in der (?:branche|it|softwareentwicklung)|als (?:entwickler|ingenieur|programmierer)(?:in)?|im beruf)\b`,
  age: rx("i")`\bich bin\s+(?:gerade\s+|jetzt\s+)?(\d{2})\b(?:\s+jahre\s+alt\b)?(?!\s*(?:jahre|prozent|%))`,
  earlierWork: rx(
    "i",
  )`\b(?:praktik\p{L}*|werkstudent\p{L}*|neben dem studium|während des studiums|vor dem abschluss|teilzeit|als schüler|seit ich \d+ bin)\b`,
  cumulative: rx("i")`\b(?:insgesamt|alles in allem|zusammengerechnet|mitgezählt|inklusive)\b`,
};
