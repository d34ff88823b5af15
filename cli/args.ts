import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from "../lib/language";
/**
 * Flags for a command, parsed strictly with Node's `util.parseArgs`: an unknown flag or a missing value
 * is refused with the command's usage (exit 2), `--help` prints it (exit 0).
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

type Options = NonNullable<ParseArgsConfig["options"]>;

export type Parsed<O extends Options> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>
>;

/** The parsed flags, or the exit code when the command should stop here (usage printed). */
export function commandArgs<O extends Options>(
  name: string,
  usage: string,
  args: string[],
  options: O,
): Parsed<O> | number {
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...options, help: { type: "boolean", short: "h" } },
    }) as Parsed<O>;
  } catch (error) {
    process.stderr.write(`copilot ${name}: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if ((parsed.values as Record<string, unknown>).help) {
    process.stdout.write(usage);
    return 0;
  }
  return parsed;
}

/**
 * `--lang <code>`: one of the app's languages (default English), or "detect" where the command allows
 * it. An unknown code is refused with the codes that exist (exit code 2).
 */
export function languageFlag(name: string, usage: string, value: string | undefined): Language | number;
export function languageFlag(
  name: string,
  usage: string,
  value: string | undefined,
  allowDetect: true,
): Language | "detect" | number;
export function languageFlag(
  name: string,
  usage: string,
  value: string | undefined,
  allowDetect = false,
): Language | "detect" | number {
  if (value === undefined) return DEFAULT_LANGUAGE;
  if (isLanguage(value) || (allowDetect && value === "detect")) return value;
  const known = [...LANGUAGES, ...(allowDetect ? ["detect"] : [])].join(", ");
  process.stderr.write(`copilot ${name}: unknown language "${value}" (use one of: ${known})\n\n${usage}`);
  return 2;
}
