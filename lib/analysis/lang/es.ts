/**
 * Spanish. Subjects are usually dropped ("migramos la base", "lo diseñé yo"), so "I" and "we" are read
 * from pronouns, possessives and first-person past endings (-é/-í for "I", -amos/-imos/-emos for "we"),
 * minus the common words with those endings. Present-tense "I" (-o) is not read: too many nouns end so.
 */
import { rx } from "./regex";
import type { ClaimRules, LanguageRules } from "./types";

const IMPROVED = String.raw`(?:r[aá]pid[oa]s?|veloz|eficientes?|estables?|barat[oa]s?|f[aá]cil(?:es)?|sencill[oa]s?|escalables?|fiables?|robust[oa]s?|lig[eo]r[oa]s?|limpi[oa]s?|seguros?|segura)`;
const SPECIFICS = String.raw`\d+(?:[.,]\d+)?\s*(?:%|por ?ciento|ms\b|milisegundos?|segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?\b|años?|usuarios?|clientes?|peticiones|solicitudes|ingenier[oa]s?|personas|servicios|x\b|k\b|millones|mill[oó]n|mil\b|terabytes?|gigas?|gigabytes?)`;

export const ES: LanguageRules = {
  hedges: rx(
    "gi",
  )`\b(?:más o menos|mas o menos|un poco|quizás?|quizas?|tal vez|a lo mejor|probablemente|supongo|no s[eé]|no estoy segur[oa]|de alguna (?:manera|forma)|algo así|algo asi|cosas así|cosas asi|y tal|y eso|etc[eé]tera|lo que sea|en cierto modo|digamos|como que|puede ser|igual (?:sí|si|no)|creo que (?:sí|si|más o menos)|medio)\b`,
  vagueActions: rx(
    "gi",
  )`\b(?:simplemente|básicamente|basicamente|de alguna (?:manera|forma)|como que|más o menos|mas o menos|medio|un poco)\s+(?:lo\s+|la\s+|los\s+|las\s+|nos\s+|se\s+|me\s+|le\s+)?(?:\p{L}+(?:amos|imos|é|í|ó|aron|ieron)|hice|hicimos|pudimos)\b|\bcomo (?:pudimos|se pudo|buenamente pudimos|pude)\b`,
  vaguePhrase: rx(
    "i",
  )`\b(?:simplemente|básicamente|basicamente|de alguna (?:manera|forma)|como que|más o menos|mas o menos|medio|un poco)\s+(?:lo\s+|la\s+|los\s+|las\s+|nos\s+|se\s+|me\s+|le\s+)?\p{L}+|\b\p{L}+\s+como (?:pudimos|se pudo|buenamente pudimos|pude)\b`,
  fillers: rx(
    "gi",
  )`\b(?:e+h+|e+m+|m{2,}|este,|este\.\.\.|o sea|pues,|pues\b(?=\s+(?:nada|eso|bueno|mira|no sé))|bueno,|vale,|¿?sabes\??(?=[,.?]|$)|en plan|vamos,|es que)\b`,
  selfCorrections: rx(
    "gi",
  )`\b(?:perd[oó]n,?\s+(?:quiero decir|quise decir|digo)|quiero decir,|quise decir|no,?\s+espera|mejor dicho|me explico|perdona,|bueno,\s+no|lo que quer[ií]a decir|o sea,\s+no|digo,|me corrijo)\b|\b(\p{L}+)\s+\1\b`,
  specifics: rx("gi")`${SPECIFICS}`,
  iWords: rx(
    "gi",
  )`\b(?:yo|me|mi|mis|mí|mío|mía|conmigo|personalmente|(?!(?:así|asi|aquí|aqui|allí|alli|ahí|ahi|sí|qué|que|fue|bebé|café|porque|aunque|ayer|ver|papel|nivel)\b)\p{L}{2,}(?:é|í)|hice|tuve|estuve|puse|dije|quise|pude|vine|traje|conduje|propuse|introduje|reduje)\b`,
  weWords: rx(
    "gi",
  )`\b(?:nosotr[oa]s|nos|nuestr[oa]s?|(?!(?:últimos|ultimos|mínimos|minimos|próximos|proximos|máximos|maximos|primos|ánimos|animos|ramos|gramos|préstamos|prestamos|reclamos|tramos|extremos|vamos|supremos)\b)\p{L}{2,}(?:amos|imos|emos))\b`,
  weQuote: rx("i")`\b(?:nosotr[oa]s|\p{L}{2,}(?:amos|imos))\b[^.,;!?]{3,60}`,
  questionStart: rx(
    "i",
  )`^(?:¿|(?:qué|que|cómo|cuándo|dónde|por qué|quién|cuál|cuánto|cuántos|cuántas|cuéntame|cuénteme|cuentame|háblame|hábleme|hablame|descríbeme|describe|describa|explícame|explícanos|puedes|podrías|podrias|puede|podría|me puedes|me podrías|me cuentas|has|ha|tienes|tiene|hiciste|dame|deme)\b)`,
  behavioural: rx(
    "i",
  )`\b(?:cu[eé]nt(?:ame|eme|anos|enos)|h[aá]bl(?:ame|eme|anos)|descr[ií]b(?:eme|anos|e|a)|expl[ií]c(?:ame|anos))\b[^?.]{0,30}\b(?:una|alguna)\s+(?:vez|ocasi[oó]n|situaci[oó]n|experiencia|momento)\b|\b(?:d(?:ame|eme)|pon(?:me|ga|gamos))\s+un\s+ejemplo\b|\bc[oó]mo\s+(?:manejaste|manej[oó]|gestionaste|gestion[oó]|resolviste|resolvi[oó]|afrontaste|afront[oó]|lidiaste|solucionaste|reaccionaste)\b|\b(?:alguna|una) vez (?:en (?:la )?que|que|cuando)\b`,
  howLong: rx(
    "i",
  )`\b(?:cu[aá]nto tiempo|cu[aá]ntos años|desde cu[aá]ndo|cu[aá]ndo (?:empezaste|comenzaste|empez[oó]|comenz[oó])|cu[aá]nta experiencia|hace cu[aá]nto)\b`,
  unquantified: rx(
    "i",
  )`\b(?:\p{L}+\s+){0,4}(?<!(?:gusta|gustaba|prefiero|encanta)\s)(?:(?:much[oa]s?|muchísim[oa]|bastante|mucho|muy|super|súper|way)\s+(?:más|mas)\s+${IMPROVED}|(?:mucho|muchísimo|bastante) (?:mejor|menos)|significativamente|notablemente|considerablemente|drásticamente|drasticamente|dramáticamente|enormemente|una (?:gran|enorme) mejora|un (?:gran|enorme|montón de) (?:impacto|avance|cambio|mejora)|(?:reduj|reduc|mejor|baj|aument|aceler|optimiz)\p{L}*\s+(?:mucho|muchísimo|bastante|un montón|una barbaridad))\b(?:\s+\p{L}+){0,3}`,
  star: {
    situation: rx(
      "i",
    )`\b(?:en mi (?:anterior|último|ultimo|actual|antiguo|primer) (?:trabajo|empresa|puesto|equipo|proyecto)|en (?:la|mi) empresa anterior|cuando (?:estaba|trabajaba|era)|mientras (?:estaba|trabajaba)|ten[ií]amos (?:un|una)|tuvimos (?:un|una)|tuve (?:un|una)|hab[ií]a (?:un|una)|la (?:situación|situacion) era|el (?:contexto|problema) era|en \d{4}|el año pasado|hace (?:unos )?\d+ (?:años|meses))\b`,
    task: rx(
      "i",
    )`\b(?:(?:yo )?era (?:el |la )?responsable|me (?:pidieron|encargaron|tocó|toco)|mi (?:papel|rol|tarea|objetivo|responsabilidad|trabajo) era|el objetivo era|la tarea era|ten[ií]amos que|ten[ií]a que|necesit[aá]bamos|necesitaba)\b`,
    action: rx(
      "i",
    )`\b(?:diseñé|implementé|escribí|lideré|creé|introduje|migré|monté|configuré|reescribí|refactoricé|organicé|propuse|decidí|analicé|automaticé|negocié|añadí|moví|reemplacé|cambié|puse|desplegué|preparé|coordiné|hablé|investigué|diseñamos|implementamos|escribimos|creamos|migramos|montamos|configuramos|reescribimos|automatizamos|añadimos|decidimos|pusimos|desplegamos|cambiamos|reemplazamos|introdujimos|hicimos|arreglé|arreglamos|solucioné|solucionamos|resolví|resolvimos|revisé|revisamos)\b`,
    result: rx(
      "i",
    )`\b(?:como resultado|al final|el resultado fue|lo que (?:llevó|llevo|permitió|permitio|resultó|resulto)|gracias a (?:eso|esto|ello)|redujimos|reduje|reducimos|aumentamos|aumenté|mejoramos|mejoré|bajamos|ahorramos|ahorré|duplicamos|conseguimos|logramos|conseguí|logré|se redujo|bajó|mejoró|aumentó)\b`,
    quantified: rx("i")`${SPECIFICS}|\b(?:de|del)\s+\S+\s+(?:a|al|hasta)\s+\d`,
  },
};

const YEARS = String.raw`(?:años?|añitos)`;
export const ES_CLAIMS: ClaimRules = {
  duration: rx(
    "gi",
  )`(?:\b(más de|mas de|casi|unos|unas|alrededor de|cerca de|aproximadamente|por lo menos|al menos|menos de|como|sobre)\s+)?(?:\b(\d+(?:[.,]\d+)?)\s*(?:\+|y pico|y tantos|largos)?\s*${YEARS}(?:\s+y\s+(?:medio|pico))?|\b(una década|una decada|dos décadas|dos decadas|década y media|una década y media|una decada y media|una docena de años)|\b(un|1)\s+año\b)`,
  decades: (w) => (/docena/.test(w) ? 12 : /media/.test(w) ? 15 : /dos/.test(w) ? 20 : /^(?:un|1)$/i.test(w) ? 1 : 10),
  atLeast: /más|mas|por lo menos|al menos/i,
  atMost: /casi|menos de|cerca de/i,
  durationThenTech: rx(
    "i",
  )`^\s*(?:y\s+(?:medio|pico)\s+)?(?:de\s+(?:experiencia\s+)?(?:profesional\s+)?(?:con|en)|de|con|en|usando|utilizando|programando en|trabajando con|trabajando en|escribiendo|haciendo|desarrollando (?:con|en)|de experiencia (?:con|en)|de experiencia profesional (?:con|en)|(?:que\s+)?(?:uso|utilizo|trabajo con|programo en|hago|desarrollo (?:con|en)|le doy a))\s+$`,
  techThenDuration: rx(
    "i",
  )`^(?:[^,;]{0,40}?\b(?:desde hace|durante|por|hace|llevo(?:\s+ya)?)\s+|,\s*(?:lo |la )?(?:llevo usando|uso desde hace|he usado durante|usé durante)\s+|\s+(?:ya\s+)?(?:hace)\s+)$`,
  sinceYear: rx(
    "gi",
  )`\b(?:desde(?:\s+el(?:\s+año)?)?|allá por|ya en|empecé (?:con [^,.;]{1,25}?\s+)?en(?:\s+el)?|comencé (?:con [^,.;]{1,25}?\s+)?en(?:\s+el)?)\s+((?:19|20)\d{2})\b`,
  yearsAgo: rx("gi")`\b(?:hace|ya hace)\s+(?:más de\s+|mas de\s+|unos\s+|casi\s+)?(\d+)\s+años?\b`,
  notAClaim: rx(
    "i",
  )`\b(?:no tengo|no he tenido|nunca he|nadie|la oferta|el anuncio|la vacante|(?:pedían|piden|pedia|pide|requiere|requerían|exigen|exigían|buscan|buscaban)|entre (?:todos|nosotros)|en conjunto|sumando|el equipo tiene|mi equipo tiene|mi (?:padre|madre|hermano|hermana|jefe|jefa|compañero|compañera))\b`,
  breaks: rx("i")`\b(?:antes|después|despues|luego|hasta|pero|mientras|más tarde|mas tarde)\b`,
  reduction: rx(
    "gi",
  )`\b(?:reduj\p{L}*|reduc\p{L}*|baj\p{L}*|disminu\p{L}*|recort\p{L}*|ahorr\p{L}*|rebaj\p{L}*|ca[ií]\p{L}*|menos)\b[^.;!?]{0,40}?\b(?:en\s+)?(?:un\s+|el\s+)?(?:casi\s+|más de\s+|alrededor de\s+)?(\d+(?:[.,]\d+)?)\s*(?:%|por ?ciento)|\b(?:una\s+)?(?:reducci[oó]n|bajada|disminuci[oó]n|ahorro)\s+del?\s+(\d+(?:[.,]\d+)?)\s*(?:%|por ?ciento)`,
  careerStart: [
    rx(
      "i",
    )`\b(?:me gradu[eé]|me licenci[eé]|termin[eé] (?:la carrera|el grado|la universidad|el máster|mis estudios|la ingeniería)|acab[eé] (?:la carrera|el grado|la universidad|mis estudios))\b[^.;]{0,30}?\ben(?:\s+el)?\s+((?:19|20)\d{2})\b`,
    rx(
      "i",
    )`\b(?:mi primer (?:trabajo|empleo|puesto)|empec[eé] a trabajar|comenc[eé] a trabajar|empec[eé] mi carrera)\b[^.;]{0,30}?\b(?:en|fue en)(?:\s+el)?\s+((?:19|20)\d{2})\b`,
  ],
  total: rx(
    "i",
  )`(?:\b(\d+)\s*años|\b(una década|dos décadas|década y media))\s+(?:de\s+)?(?:experiencia|carrera|trabajando|en (?:el sector|la industria|la profesión|tecnología)|como (?:ingenier[oa]|desarrollador[a]?|programador[a]?))\b(?!\s+(?:con|en)\s+\p{Lu})`,
  age: rx(
    "i",
  )`\b(?:tengo|acabo de cumplir|cumplí)\s+(\d{2})\s+años\b(?!\s+(?:de|con|en|trabajando|usando|programando|como|haciendo|llevando)\b)`,
  earlierWork: rx(
    "i",
  )`\b(?:prácticas|practicas|becari[oa]|mientras estudiaba|antes de (?:graduarme|terminar)|a tiempo parcial|freelance desde|desde (?:niño|pequeño|chaval))\b`,
  cumulative: rx("i")`\b(?:en total|sumando|contando|en conjunto|incluyendo)\b`,
};
