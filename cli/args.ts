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
