/**
 * Spanish: Ley 15/2022 integral para la igualdad de trato y la no discriminación, Estatuto de los
 * Trabajadores arts. 4.2.c y 17, Ley Orgánica 3/2007 (embarazo y maternidad), LOPDGDD (datos de salud),
 * EU Directive 2023/970 art. 5.2 (no preguntar el historial salarial), Directive 2000/78/EC.
 */
import { rx } from "../../lang/regex";
import type { ComplianceLanguage } from "./types";

const i = rx("i");

export const ES_COMPLIANCE: ComplianceLanguage = {
  asks: i`\?|¿|\b(?:qué|cuándo|dónde|cuántos|cuántas|cuánto|cuánta|cómo|quién|cuál)\b|\b(?:si no es indiscreción|dime|cuéntame|cuénteme|me gustaría saber|quisiera saber|puedo preguntar(?:te|le)?|te importa (?:si te pregunto|decirme)|le importa|por curiosidad|simple curiosidad|una pregunta)\b`,
  opensAsQuestion: i`^\s*(?:(?:y|también|entonces|oye|bueno|vale|mira|una pregunta)[,\s]+)*(?:en qué|te|le|cuánto|cuánta|qué|que|cómo|cuándo|dónde|cuántos|cuántas|cuantos|tienes|tiene|tenéis|estás|estas|está|eres|es usted|has|ha|vas|piensas|planeas|de dónde|a quién|con quién|por qué|practicas|perteneces|sigues|votas|votaste|ganas|cobras)\b`,
  topics: {
    age: {
      label: "la edad",
      patterns: [
        i`\bcu[aá]ntos años (?:tienes|tiene(?: usted)?|cumples|cumple)(?=\s*(?:[?,.!]|$|si\b|ahora|actualmente|exactamente|ya\b))`,
        i`\bqu[eé] edad (?:tienes|tiene|tenés)\b|\btu edad\b|\bsu edad\b`,
        i`\b(?:en qu[eé] año|cu[aá]ndo) (?:naciste|naci[oó]|has nacido|ha nacido)\b|\bfecha de nacimiento\b`,
        i`\b(?:jubilarte|jubilarse|jubilación|retirarte)\b`,
        i`\b(?:eres|es usted) (?:demasiado |muy )?(?:joven|mayor) para\b|\btienes más de (?:\d{2}|treinta|cuarenta|cincuenta)\b`,
      ],
      lawful: [i`\bmayor de edad\b|\bal menos (?:18|dieciocho) años\b`],
      instead:
        "La edad es un motivo protegido (Ley 15/2022, Directiva 2000/78/CE). Si es un requisito legal, pregunta solo «¿Eres mayor de edad?».",
    },
    marital_status: {
      label: "el estado civil",
      patterns: [
        i`\b(?:estás|estas|está|esta usted|eres|es usted) (?:casad[oa]|solter[oa]|divorciad[oa]|separad[oa]|viud[oa]|comprometid[oa])\b`,
        i`\b(?:tienes|tiene) (?:pareja|novi[oa]|marido|mujer|espos[oa])\b|\bestado civil\b`,
        i`\b(?:tu|su) (?:marido|mujer|espos[oa]|pareja|novi[oa])\b|\bcon qui[eé]n vives\b`,
      ],
      lawful: [i`\bcasad[oa] con (?:java|python|el|la|una?|esta|ese|esa|nuestro|tu)\b`],
      instead:
        "El estado civil no tiene relación con el puesto. Pregunta por los requisitos del puesto (viajes, horario).",
    },
    family: {
      label: "los hijos, el embarazo y los planes familiares",
      patterns: [
        i`\b(?:tienes|tiene|tenéis) (?:hijos|niños|críos|familia)\b|\bcu[aá]ntos (?:hijos|niños) (?:tienes|tiene)\b|\bqu[eé] edad tienen (?:tus|sus) (?:hijos|niños)\b`,
        i`\b(?:piensas|piensa|quieres|quiere|planeas|planea|os planteáis|te planteas) (?:tener|formar) (?:hijos|una familia|familia)\b|\bplanes de (?:tener hijos|formar una familia|ser (?:madre|padre))\b|\b(?:quieres|quiere) ser (?:madre|padre)\b`,
        i`\bembarazad[oa]s?\b|\bembarazo\b|\bbaja (?:de|por) maternidad\b|\bpermiso de (?:maternidad|paternidad)\b`,
        i`\bqui[eé]n (?:cuida|se ocupa|se encarga) de (?:tus|sus|los) (?:hijos|niños)\b|\bcargas familiares\b`,
      ],
      lawful: [i`\b(?:procesos?|nodos?|componentes?|elementos?|hilos?) hij[oa]s?\b`],
      instead:
        "La situación familiar y el embarazo están protegidos (Ley Orgánica 3/2007). Pregunta «¿Puedes trabajar el horario que requiere el puesto?».",
    },
    religion: {
      label: "la religión",
      patterns: [
        i`\b(?:eres|es usted) (?:religios[oa]|creyente|practicante|católic[oa]|cristian[oa]|musulm[aá]n[a]?|judí[oa]|evangélic[oa]|ate[oa])\b`,
        i`\bqu[eé] religi[oó]n\b|\b(?:tu|su) religi[oó]n\b|\bpractica(?:s)? alguna religi[oó]n\b`,
        i`\b(?:vas|va) a (?:misa|la iglesia|la mezquita|la sinagoga)\b|\b(?:haces|hace|celebras|celebra) (?:el )?ramad[aá]n\b`,
      ],
      instead:
        "La religión es un motivo protegido (art. 16 de la Constitución, Ley 15/2022). Pregunta «¿Puedes trabajar el horario del puesto?» y habla de adaptaciones tras la oferta.",
    },
    national_origin: {
      label: "el origen y la nacionalidad",
      patterns: [
        i`\bde d[oó]nde (?:eres|es usted|sois)\b(?!\s+(?:hoy|ahora))|\bde d[oó]nde (?:vienes|viene)(?=\s*(?:[?,.!]|$|originalmente|realmente|usted))`,
        i`\b(?:dónde|donde) (?:naciste|naci[oó]|creciste|creci[oó])\b|\bcu[aá]l es (?:tu|su) (?:nacionalidad|origen|etnia|raza)\b|\b(?:tu|su) nacionalidad\b`,
        i`\b(?:tu|su) (?:idioma|lengua) materna\b|\b(?:tu|su) acento\b|\bde qu[eé] pa[ií]s (?:eres|es)\b|\b(?:eres|es usted) (?:español|española|extranjer[oa]|inmigrante)\b`,
        i`\b(?:tus|sus) (?:padres|orígenes) (?:de dónde|son de)\b|\bde d[oó]nde (?:es|viene) (?:tu|su) (?:apellido|familia|nombre)\b`,
      ],
      lawful: [
        i`\bpermiso de trabajo\b|\bautorizaci[oó]n (?:para|de) trabajo\b|\bautorizad[oa] (?:para|a) trabajar\b|\bvisado\b|\bpatrocinio\b`,
        i`\bdesde d[oó]nde (?:te conectas|se conecta|nos llamas|trabajas)\b|\bzona horaria\b|\bqu[eé] idiomas hablas\b`,
      ],
      instead:
        "El origen y la nacionalidad son motivos protegidos (Ley 15/2022). Pregunta «¿Tienes permiso para trabajar en este país?».",
    },
    disability_health: {
      label: "la discapacidad y la salud",
      patterns: [
        i`\b(?:tienes|tiene) (?:alguna |algún )?(?:discapacidad|enfermedad|enfermedades|problemas? de salud|condición médica|minusvalía)\b|\b(?:eres|es usted|estás) (?:discapacitad[oa]|minusválid[oa]|enferm[oa])\b`,
        i`\b(?:has|ha) (?:estado|cogido|tenido) (?:de |una )?baja(?: médica| por depresión| por ansiedad)?\b|\bcu[aá]ntos días de baja\b`,
        i`\b(?:tomas|toma) (?:alguna )?medicaci[oó]n\b|\b(?:has|ha) tenido (?:depresi[oó]n|ansiedad|burnout)\b|\b(?:has|ha) estado (?:hospitalizad[oa]|en tratamiento)\b`,
      ],
      lawful: [i`\bfunciones esenciales\b|\bcon o sin adaptaciones\b|\bajustes razonables\b`],
      instead:
        "Los datos de salud y la discapacidad están protegidos (Ley 15/2022, LOPDGDD). Pregunta «¿Puedes desempeñar las funciones esenciales del puesto, con o sin adaptaciones?».",
    },
    arrest_record: {
      label: "las detenciones",
      patterns: [
        i`\b(?:te han|le han|has sido|ha sido) (?:detenid[oa]|arrestad[oa])\b|\b(?:has|ha) estado (?:detenid[oa]|en la cárcel|en prisión)\b|\bantecedentes policiales\b|\bproblemas con la (?:policía|justicia|ley)\b`,
      ],
      lawful: [i`\bcertificado de (?:antecedentes penales|delitos sexuales)\b`],
      instead:
        "Una detención no es una condena. Donde la ley lo exige para el puesto, pide solo el certificado de antecedentes penales, tras la oferta.",
    },
    salary_history: {
      label: "el historial salarial",
      patterns: [
        i`\bcu[aá]nto (?:ganas|gana|cobras|cobra|te pagan|le pagan|ganabas|ganaba|cobrabas|cobraba|te pagaban|le pagaban)\b`,
        i`\b(?:cu[aá]l es|cu[aá]l era) (?:tu|su) (?:salario|sueldo|retribución)(?: actual| anterior| bruto)?\b|\b(?:tu|su) (?:salario|sueldo) (?:actual|anterior)\b`,
      ],
      lawful: [
        i`\bexpectativas? salarial(?:es)?\b|\bbanda salarial\b|\bpretensiones\b|\bcu[aá]nto (?:esperas|espera|pides|pide|quieres|quiere) (?:ganar|cobrar)\b`,
      ],
      instead:
        "Preguntar el salario anterior está prohibido por la Directiva (UE) 2023/970 (art. 5.2). Pregunta «¿Qué banda salarial buscas?».",
    },
    sexual_orientation_gender: {
      label: "la orientación sexual o la identidad de género",
      patterns: [
        i`\b(?:eres|es usted) (?:gay|lesbiana|homosexual|heterosexual|hetero|bisexual|trans|transexual)\b|\borientaci[oó]n sexual\b|\bidentidad de g[eé]nero\b|\bte gustan los hombres o las mujeres\b`,
      ],
      instead:
        "La orientación sexual y la identidad de género están protegidas (Ley 4/2023). Déjalas fuera de la entrevista.",
    },
    politics_union_military: {
      label: "la ideología política o la afiliación sindical",
      patterns: [
        i`\ba qui[eé]n (?:votaste|votas|vota|votó)\b|\b(?:tus|sus) (?:ideas|opiniones|convicciones) pol[ií]ticas\b|\b(?:tu|su) ideolog[ií]a\b|\bde qu[eé] partido (?:pol[ií]tico )?(?:eres|es)\b|\b(?:eres|es usted) de (?:izquierdas|derechas)\b`,
        i`\b(?:estás|está|eres|es usted) (?:afiliad[oa]|sindicad[oa])\b|\b(?:perteneces|pertenece) a (?:algún|un) sindicato\b|\bafiliaci[oó]n sindical\b`,
      ],
      instead:
        "La ideología y la afiliación sindical están protegidas (arts. 16 y 28 de la Constitución). Pregunta por las competencias del puesto.",
    },
    genetic_information: {
      label: "la información genética y los antecedentes médicos familiares",
      patterns: [
        i`\bantecedentes (?:médicos )?familiares\b|\benfermedades hereditarias\b|\bprueba genética\b|\bhay (?:cáncer|diabetes|enfermedades) en (?:tu|su) familia\b`,
      ],
      instead:
        "La información genética está protegida. Deja los antecedentes médicos familiares fuera de la entrevista.",
    },
  },
};
