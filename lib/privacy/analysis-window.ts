/** The scrubbed transcript window sent for analysis: the last ~2,000 characters, whole lines only. */
export const WINDOW_CHARS = 2_000;

export interface ScrubbedLine {
  id: string;
  line: string;
}

export function buildWindow(
  lines: readonly ScrubbedLine[],
  maxChars = WINDOW_CHARS,
): { text: string; lastId: string | null } {
  const picked: string[] = [];
  let size = 0;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    const line = lines[i]?.line ?? "";
    if (size + line.length + 1 > maxChars && picked.length > 0) break;
    picked.unshift(line);
    size += line.length + 1;
  }
  return { text: picked.join("\n"), lastId: lines[lines.length - 1]?.id ?? null };
}
