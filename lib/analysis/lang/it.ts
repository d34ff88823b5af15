/**
 * Italian. Subjects are usually dropped ("abbiamo migrato", "ho scritto"), so "I" and "we" are read from
 * pronouns, possessives and the auxiliary of the past ("ho"/"sono" for "I", "abbiamo"/"siamo" for "we")
 * and first-person plural endings (-iamo).
 */
import { rx } from "./regex";
import type { ClaimRules, LanguageRules } from "./types";

const IMPROVED = String.raw`(?:veloci|veloce|rapid[oaie]|stabil[ei]|efficient[ei]|affidabil[ei]|semplic[ei]|legger[oaie]|pulit[oaie]|sicur[oaie]|economic[oaie]|performant[ei]|scalabil[ei])`;
const SPECIFICS = String.raw`\d+(?:[.,]\d+)?\s*(?:%|per ?cento|ms\b|millisecondi|secondi|secondo\b|minuti|minuto\b|ore\b|ora\b|giorni|giorno\b|settimane|settimana\b|mesi|mese\b|anni|anno\b|utenti|clienti|richieste|ingegneri|sviluppatori|persone|servizi|x\b|k\b|milioni|milione|mila\b|terabyte|giga(?:byte)?)`;

export const IT: LanguageRules = {
  hedges: rx(
    "gi",
  )`\b(?:un po'|un po|forse|probabilmente|più o meno|piu o meno|diciamo|tipo|in qualche modo|in un certo senso|credo|penso di sì|non so|non sono sicur[oa]|una specie di|cose così|cose del genere|roba del genere|eccetera|ecc\.?|e via dicendo|e così via|qualcosa del genere|grosso modo|pressappoco|boh)\b`,
  vagueActions: rx(
    "gi",
  )`\b(?:abbiamo|ho|siamo|sono)\s+(?:un po'?|tipo|semplicemente|praticamente|fondamentalmente|diciamo|in qualche modo|più o meno|piu o meno|solo)\s+(?:\p{L}+\s+){0,1}?(?:\p{L}+(?:ato|ata|ati|ito|ita|iti|uto|uta|uti)|fatto|risolto|gestito|sistemato|messo)\b|\b(?:abbiamo|ho)\s+(?:\p{L}+\s+){0,4}?(?:alla (?:bell'e )?meglio|come potevamo|come ho potuto|in qualche modo)\b|\bce la siamo cavata\b`,
  vaguePhrase: rx(
    "i",
  )`\b(?:abbiamo|ho|siamo|sono)\s+(?:un po'?|tipo|semplicemente|praticamente|fondamentalmente|diciamo|in qualche modo|più o meno|solo)\s+\p{L}+|\b(?:abbiamo|ho)\s+(?:\p{L}+\s+){0,4}?(?:alla (?:bell'e )?meglio|come potevamo|in qualche modo)|\bce la siamo cavata\b`,
  fillers: rx(
    "gi",
  )`\b(?:e+h+m*|e+m+|mm+|ehm|cioè|tipo|diciamo|allora,|niente,|insomma|praticamente|sai|capito\?|ecco,|boh|beh|vabbè)\b`,
  selfCorrections: rx(
    "gi",
  )`\b(?:anzi|cioè,? no|scusa,?\s+(?:volevo dire|intendo)|volevo dire|no,?\s+aspetta|no,?\s+aspetti|o meglio|mi correggo|mi spiego meglio|quello che intendevo|no no)\b|\b(\p{L}+)\s+\1\b`,
  specifics: rx("gi")`${SPECIFICS}`,
  iWords: rx("gi")`\b(?:io|mio|mia|miei|mie|me|mi|personalmente|ho|sono stat[oa])\b`,
  weWords: rx("gi")`\b(?:noi|nostro|nostra|nostri|nostre|abbiamo|siamo|(?!(?:siamo|abbiamo)\b)\p{L}{3,}iamo)\b`,
  weQuote: rx("i")`\b(?:noi|abbiamo|\p{L}{3,}iamo)\b[^.,;!?]{3,60}`,
  questionStart: rx(
    "i",
  )`^(?:cosa|che cosa|che|come|quando|dove|perché|perche|chi|quale|quali|quanto|quanti|quante|da quanto|mi racconti|mi racconta|raccontami|mi parli|parlami|mi descriva|descrivi|descrivimi|può|puoi|potrebbe|potresti|ha|hai|è|sei|mi dica|dimmi|mi faccia)\b`,
  behavioural: rx(
    "i",
  )`\b(?:mi racconti|mi racconta|raccontami|mi parli|parlami|mi descriva|descrivimi|mi faccia|fammi)\b[^?.]{0,30}\b(?:una volta|un momento|una situazione|un esempio|un'occasione|un caso|un'esperienza)\b|\bcome (?:ha|hai) (?:gestito|affrontato|risolto|reagito)\b|\buna (?:volta|situazione) in cui\b`,
  howLong: rx(
    "i",
  )`\b(?:da quanto tempo|da quanti anni|da quando|quanti anni di|quanta esperienza|quando (?:ha|hai) (?:iniziato|cominciato))\b`,
  unquantified: rx(
    "i",
  )`\b(?:\p{L}+\s+){0,4}(?<!(?:piace|piaceva|preferisco|trovo)\s)(?:(?:molto|decisamente|parecchio|nettamente|enormemente|tanto|molto ma molto|super)\s+più\s+${IMPROVED}|(?:molto|decisamente|nettamente|parecchio) (?:meglio|meno)|notevolmente|significativamente|drasticamente|enormemente|radicalmente|sensibilmente|un (?:enorme|grande|grosso|netto) (?:miglioramento|impatto|salto)|(?:ridott|migliorat|velocizzat|accelerat|abbassat)\p{L}*\s+(?:tantissimo|parecchio|di molto|un sacco|moltissimo))\b(?:\s+\p{L}+){0,3}`,
  star: {
    situation: rx(
      "i",
    )`\b(?:nel mio (?:precedente|ultimo|attuale|vecchio|primo) (?:lavoro|ruolo|team|progetto)|nella mia (?:precedente|ultima|vecchia) (?:azienda|società)|quando (?:ero|lavoravo)|mentre (?:ero|lavoravo|eravamo)|avevamo (?:un|una|uno)|abbiamo avuto (?:un|una|uno)|ho avuto (?:un|una|uno)|c'era (?:un|una|uno)|la situazione era|il (?:contesto|problema) era|nel \d{4}|l'anno scorso|\d+ (?:anni|mesi) fa)\b`,
    task: rx(
      "i",
    )`\b(?:ero (?:il |la )?responsabile|ero incaricat[oa]|il mio (?:ruolo|compito|obiettivo|lavoro) era|l'obiettivo era|il compito era|dovevamo|dovevo|mi hanno chiesto|mi è stato chiesto)\b`,
    action: rx(
      "i",
    )`\b(?:ho|abbiamo)\s+(?:poi\s+|quindi\s+|allora\s+|prima\s+)?(?:costruito|guidato|progettato|scritto|implementato|creato|introdotto|migrato|impostato|configurato|riscritto|rifattorizzato|organizzato|proposto|deciso|analizzato|automatizzato|negoziato|lanciato|aggiunto|spostato|sostituito|rilasciato|messo in piedi|coordinato|preparato)\b`,
    result: rx(
      "i",
    )`\b(?:come risultato|alla fine|il risultato è stato|il che ha (?:portato|permesso)|grazie a (?:questo|ciò)|in conclusione|(?:abbiamo|ho|è stat[oa]|sono stati)\s+(?:\p{L}+\s+){0,1}?(?:ridott[oaie]|aumentat[oaie]|migliorat[oaie]|abbassat[oaie]|risparmiat[oaie]|raddoppiat[oaie]|dimezzat[oaie]|guadagnat[oaie]))\b`,
    quantified: rx("i")`${SPECIFICS}|\bda\s+\S+\s+a\s+\d|\bdel\s+\d+\s*(?:%|per ?cento)`,
  },
};

export const IT_CLAIMS: ClaimRules = {
  duration: rx(
    "gi",
  )`(?:\b(più di|piu di|oltre|quasi|circa|sui|intorno ai|almeno|meno di|un buon|una buona)\s+)?(?:\b(\d+(?:[.,]\d+)?)\s*(?:\+|e mezzo|e passa|abbondanti)?\s*(?:anni|anno)\b|\b(un decennio|due decenni|un decennio e mezzo|una dozzina d'anni|una dozzina di anni))`,
  decades: (w) => (/dozzina/.test(w) ? 12 : /mezzo/.test(w) ? 15 : /due/.test(w) ? 20 : 10),
  atLeast: /più|piu|oltre|almeno|buon/i,
  atMost: /quasi|meno di/i,
  durationThenTech: rx(
    "i",
  )`^\s*(?:e mezzo\s+)?(?:di esperienza (?:con|in|su)|di esperienza professionale (?:con|in|su)|di|con|in|su|che (?:uso|lavoro con|programmo in|sviluppo (?:con|in))|(?:uso|lavoro con|lavoro su|programmo in|sviluppo (?:con|in)|scrivo codice in|faccio))\s+$`,
  techThenDuration: rx(
    "i",
  )`^(?:[^,;]{0,45}?\b(?:da|per|ormai da|già da)\s+(?:ormai\s+|già\s+)?|,\s*(?:lo uso|la uso|lo faccio|ci lavoro)\s+da\s+)$`,
  sinceYear: rx(
    "gi",
  )`\b(?:dal|dall'|fin dal|sin dal|a partire dal|dall'anno|(?:ho )?(?:iniziato|cominciato)[^,.;]{0,25}?\s+nel)\s*((?:19|20)\d{2})\b`,
  yearsAgo: rx("gi")`\b(?:più di\s+|circa\s+|quasi\s+)?(\d+)\s+anni\s+fa\b`,
  notAClaim: rx(
    "i",
  )`\b(?:non ho|non ho mai|nessuno|l'annuncio|l'offerta|la posizione (?:richiede|chiedeva)|(?:chiedevano|chiedono|richiedevano|richiedono|volevano|cercavano|cercano)|in totale nel team|messi insieme|il team ha|il mio team ha|mio (?:padre|fratello|capo|collega)|mia (?:madre|sorella|collega))\b`,
  breaks: rx("i")`\b(?:prima|dopo|poi|fino|ma|mentre|più tardi)\b`,
  reduction: rx(
    "gi",
  )`\b(?:ridott\p{L}*|ridu\p{L}*|abbassat\p{L}*|diminui\p{L}*|tagliat\p{L}*|risparmiat\p{L}*|calat\p{L}*|sces\p{L}*|meno)\b[^.;!?]{0,40}?\b(?:del\s+|di\s+un\s+|di\s+)?(?:quasi\s+|oltre\s+|circa\s+)?(\d+(?:[.,]\d+)?)\s*(?:%|per ?cento)|\b(?:una\s+)?(?:riduzione|diminuzione|calo|risparmio)\s+del\s+(\d+(?:[.,]\d+)?)\s*(?:%|per ?cento)`,
  careerStart: [
    rx(
      "i",
    )`\b(?:mi sono laureat[oa]|mi sono diplomat[oa]|ho preso la laurea|ho finito (?:l'università|gli studi|la magistrale)|ho conseguito la laurea)\b[^.;]{0,30}?\bnel\s+((?:19|20)\d{2})\b`,
    rx(
      "i",
    )`\b(?:il mio primo (?:lavoro|impiego)|ho iniziato a lavorare|ho cominciato a lavorare|ho iniziato la mia carriera)\b[^.;]{0,30}?\b(?:nel|è stato nel)\s+((?:19|20)\d{2})\b`,
  ],
  total: rx(
    "i",
  )`(?:\b(\d+)\s*anni|\b(un decennio|due decenni))\s+(?:di esperienza(?!\s+(?:con|in|su)\s+\p{Lu})|di carriera|nel settore|nell'informatica|nello sviluppo|come (?:sviluppat\p{L}+|ingegner\p{L}+|programmat\p{L}+))`,
  age: rx("i")`\bho\s+(\d{2})\s+anni\b(?!\s+(?:di|con|nel|nello|in|come|che)\b|\s+d')`,
  earlierWork: rx(
    "i",
  )`\b(?:stage|tirocini\p{L}*|mentre studiavo|durante l'università|prima della laurea|part[- ]time|da quando avevo \d+ anni)\b`,
  cumulative: rx("i")`\b(?:in totale|complessivamente|contando|compreso|inclusi?)\b`,
};
