import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";

import { REPO_ROOT } from "../models/paths";

export const FIXTURE_DIR = path.join(REPO_ROOT, "test-results", "fixtures");

export const INTERVIEW_SENTENCES = [
  "Tell me about the last project you led.",
  "I led the migration of our billing service to Kubernetes.",
  "We reduced the deployment time from two hours to fifteen minutes.",
];

/** A Spanish interview's opening, spoken by espeak-ng's Spanish voice (the multilingual live test). */
export const SPANISH_SENTENCES = [
  "Cuéntame sobre el último proyecto que dirigiste.",
  "Dirigí la migración de nuestro servicio de facturación a Kubernetes.",
  "Redujimos el tiempo de despliegue de dos horas a quince minutos.",
];

/**
 * Speech for Chromium's fake microphone: espeak-ng sentences separated by silence, 16 kHz mono WAV.
 * Built once per run with Debian's espeak-ng and sox.
 */
export function buildSpeechWav(
  name: string,
  sentences: string[],
  gapS = 2,
  leadS = 1.5,
  tailS = 4,
  voice = "en",
): string {
  mkdirSync(FIXTURE_DIR, { recursive: true });
  // Cached by name: callers use a new name when the sentences change.
  const out = path.join(FIXTURE_DIR, `${name}.wav`);
  if (existsSync(out)) return out;
  const parts: string[] = [];
  sentences.forEach((sentence, i) => {
    const raw = path.join(FIXTURE_DIR, `${name}-${i}-raw.wav`);
    const part = path.join(FIXTURE_DIR, `${name}-${i}.wav`);
    execFileSync("espeak-ng", ["-v", voice, "-w", raw, sentence]);
    const pad = [i === 0 ? String(leadS) : "0", String(i === sentences.length - 1 ? tailS : gapS)];
    execFileSync("sox", [raw, "-r", "16000", "-c", "1", "-b", "16", part, "pad", ...pad]);
    parts.push(part);
  });
  execFileSync("sox", [...parts, out]);
  return out;
}

export function fakeMicArgs(wav: string): string[] {
  return [
    "--use-fake-ui-for-media-stream",
    "--use-fake-device-for-media-stream",
    `--use-file-for-fake-audio-capture=${wav}%noloop`,
  ];
}
