/**
 * The Spanish sample interview, written for this project: the same backend role and the same moments as
 * the English sample (skills, probes, a fact check that contradicts the candidate's own earlier claim, a
 * compliance warning on a risky question, stress and sentiment), said in Spanish. The candidate is
 * fictional; her personal data is said aloud at the start (`SAMPLE_PII_ES`) so an end-to-end test can
 * check that none of it reaches the model: a valid Spanish mobile number and a DNI with its correct letter.
 */
import type { Language } from "../language";
import { CANDIDATE, INTERVIEWER } from "../transcript/segment";
import type { SampleLine } from "./sample-interview";

/** What the candidate says about herself: none of it may leave the device. */
export const SAMPLE_PII_ES = {
  name: "Lucía Fernández Ortega",
  phone: "+34 612 345 678",
  email: "lucia.fernandez@ejemplo.es",
  /** 48215739 mod 23 = 20: the DNI letter table's "B". */
  dni: "48215739B",
} as const;

export const SAMPLE_SETUP_ES = {
  candidate: SAMPLE_PII_ES.name,
  role: "Ingeniera backend sénior",
  jobDescription:
    "Responsable de los servicios en Go y PostgreSQL de la plataforma de pagos sobre Kubernetes; liderar la respuesta a incidentes; mentorizar a dos ingenieros.",
  questionPlan: [
    "Experiencia con Kubernetes",
    "Respuesta a incidentes",
    "Migraciones de bases de datos",
    "Mentoría y trabajo en equipo",
  ],
  plannedMinutes: 10,
  language: "es" as Language,
};

const lines: [SampleLine["speaker"], number, string][] = [
  [INTERVIEWER, 4300, "Gracias por venir, Lucía. Antes de empezar, ¿me confirmas tus datos de contacto?"],
  [
    CANDIDATE,
    9200,
    `Claro. Me llamo ${SAMPLE_PII_ES.name}, mi móvil es el ${SAMPLE_PII_ES.phone} y mi correo es ${SAMPLE_PII_ES.email}. Para el contrato, mi DNI es ${SAMPLE_PII_ES.dni}.`,
  ],
  [INTERVIEWER, 3600, "Perfecto. ¿Me cuentas tu experiencia con Kubernetes?"],
  [
    CANDIDATE,
    9900,
    "Sí. En Pagonova llevé los servicios de pagos en Kubernetes con Helm y Terraform, unos cuarenta servicios escritos en Go, y pasé las copias de PostgreSQL a recuperación a un punto en el tiempo.",
  ],
  [CANDIDATE, 6000, "Antes de eso tuve quince años de React en el frontend, así que conozco todo el stack."],
  [INTERVIEWER, 3500, "¿Y cuánto tiempo llevas con Kafka?"],
  [CANDIDATE, 4300, "Kafka, unos dos años, sobre todo consumiendo eventos del libro mayor."],
  // A question the guardrail flags at once, with a lawful way to ask.
  [INTERVIEWER, 3800, "Por curiosidad, ¿tienes hijos? Las guardias pueden ser duras."],
  [CANDIDATE, 3000, "Puedo hacer las guardias sin problema."],
  [
    INTERVIEWER,
    5600,
    "¿Cómo es tu respuesta a incidentes? Cuéntame de una vez que un incidente salió mal y cómo lo manejaste.",
  ],
  [
    CANDIDATE,
    9000,
    "Eh, pues, o sea, tuvimos una caída, quiero decir, fue, eh, una mala noche. Básicamente lo arreglamos entre todos y más o menos se calmó la cosa.",
  ],
  [
    CANDIDATE,
    7600,
    "La verdad es que fue estresante y frustrante, estaba preocupada y todo el equipo se sintió fatal, fue una semana horrible.",
  ],
  [
    CANDIDATE,
    7000,
    "Nos culparon del fallo, el rollback falló y perdimos la confianza de un cliente enfadado, fue terrible.",
  ],
  [INTERVIEWER, 4200, "¿Qué cambiaste después? ¿Hubo migraciones de bases de datos?"],
  [
    CANDIDATE,
    10600,
    "Escribí yo misma el runbook y añadí despliegues canary con Argo CD. La latencia p99 pasó de 800 milisegundos a 120 milisegundos, y redujimos la latencia en un 400 por ciento en total.",
  ],
  [
    CANDIDATE,
    8200,
    "La migración movió 2 terabytes de MySQL a PostgreSQL en 3 fines de semana, sin caída y con 12 ensayos.",
  ],
  [
    CANDIDATE,
    5800,
    "Después de siete años de Kafka también sabía exactamente dónde se iban a retrasar los consumidores.",
  ],
  [INTERVIEWER, 4600, "¿Cómo enfocas la mentoría y el trabajo en equipo con gente junior?"],
  [
    CANDIDATE,
    8400,
    "Hacemos mucho pair programming, revisamos los pull requests entre todos, organizamos una hora de aprendizaje semanal y compartimos las guardias.",
  ],
  [INTERVIEWER, 3500, "Genial, eso es todo por mi parte. ¿Tienes alguna pregunta?"],
  [CANDIDATE, 5000, "Sí, ¿cómo mide el equipo el éxito de este puesto en los primeros seis meses?"],
];

const PAUSE_MS = 900;

/** The script with start times: each line follows the previous one after a short pause. */
export const SAMPLE_INTERVIEW_ES: SampleLine[] = (() => {
  let at = 1500;
  return lines.map(([speaker, durationMs, text]) => {
    const line = { speaker, startMs: at, durationMs, text };
    at += durationMs + PAUSE_MS;
    return line;
  });
})();
