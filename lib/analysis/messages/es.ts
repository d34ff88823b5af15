/** Spanish cards. */
import type { InsightMessages } from "./types";

export const ES_MESSAGES: InsightMessages = {
  skills: { title: (n) => `Tecnologías mencionadas: ${n}`, content: (n) => `Nuevas en esta entrevista: ${n}.` },
  vague: {
    title: "Respuesta vaga: pide detalles",
    quoted: (p) => `Dijo «${p}». Pregunta: ¿qué hiciste tú exactamente, paso a paso, y qué cambió como resultado?`,
    generic: "Pide un ejemplo concreto: qué hizo, con qué herramientas y una cifra que muestre el resultado.",
  },
  stress: {
    title: "La persona candidata puede estar nerviosa",
    content:
      "Muchas muletillas, titubeos y autocorrecciones. Considera un comentario tranquilizador o una pregunta más sencilla antes de seguir profundizando.",
  },
  negativeTrend: {
    title: "El tono se vuelve negativo",
    content: (v) => `Tendencia del sentimiento ${v} en las últimas respuestas.`,
  },
  depth: {
    title: (t) => `Profundidad en ${t}`,
    content: (said, others) =>
      `Nombró «${said}» junto a ${others}. El puesto lo necesita: pregunta qué construyó con ello personalmente y qué salió mal.`,
  },
  unquantified: {
    title: "Una afirmación sin cifra",
    content: (q) => `Dijo «${q}». Pide la cifra que hay detrás: antes, después y cómo se midió.`,
  },
  specific: {
    title: "Respuesta concreta y segura",
    content: "Cifras concretas y sin titubeos: un momento a tener en cuenta.",
  },
  ownership: {
    title: "Solo «nosotros» hasta ahora",
    quoted: (q) => `Dijo «${q}». `,
    content: "Pregunta qué asumió y decidió personalmente, frente a lo que hizo el equipo.",
  },
  star: {
    part: { situation: "situación", task: "tarea", action: "acción", result: "resultado" },
    title: (m) => `STAR: falta ${m}`,
    endsWith: (q) => `Su respuesta termina con «${q}». `,
    askResult: "Pregunta cómo terminó: qué cambió y cómo lo midieron.",
    askAction: "Pregunta qué hizo personalmente, paso a paso.",
    askPart: (p) => `Pide la ${p} antes de seguir.`,
    quantifyTitle: "Resultado sin cifra",
    quantifyContent: "Pregunta cuánto mejoró: una cifra, antes y después.",
  },
  wanted: (t) => ` (${t} aparece en la descripción del puesto o en el plan.)`,
  impossibleDuration: {
    title: (y, t) => `¿${y} años de ${t}?`,
    content: (q, t, when, possible) =>
      `«${q}»: ${t} se publicó por primera vez en ${when}, así que como mucho son posibles ${possible} años. Pregunta cuándo empezó a usarlo.`,
  },
  sinceBeforeRelease: {
    title: (t, y) => `¿${t} desde ${y}?`,
    content: (q, t, when, y) =>
      `«${q}»: ${t} se publicó por primera vez en ${when}, después de ${y}. Pregunta cuándo empezó realmente con ello.`,
  },
  impossibleReduction: {
    title: (p) => `Una reducción del ${p} % es imposible`,
    content: (q, p) =>
      `«${q}»: nada puede reducirse un ${p} % (con un 100 % ya sería cero). Pide las cifras de antes y después.`,
  },
  selfContradiction: {
    title: (t, a, b) => `${t}: antes ${a} años, ahora ${b}`,
    neverTitle: (t) => `${t}: antes nunca lo usó, ahora sí`,
    content: (a, b) => `Antes: «${a}». Ahora: «${b}». Pregunta cuál es la correcta.`,
  },
  careerArithmetic: {
    startTitle: "La experiencia no cuadra con el inicio de su carrera",
    startContent: (s, most, total) =>
      `«${s}» deja como mucho ${most} años, pero dijo «${total}». Pregunta cómo cuenta su experiencia.`,
    ageTitle: "La experiencia no cuadra con su edad",
    ageContent: (a, total, from) =>
      `«${a}» y «${total}» supondrían trabajar desde los ${from} años. Pregunta cómo cuenta su experiencia.`,
  },
  compliance: {
    title: (l) => `Pregunta de riesgo: ${l}`,
    content: (q, l, instead) =>
      `«${q}» pregunta por ${l}, algo que en muchas jurisdicciones no se puede preguntar. ${instead}`,
  },
};
