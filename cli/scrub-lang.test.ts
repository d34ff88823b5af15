/** `copilot scrub --lang <code>` (#19): the interview's language reaches the scrubber; an unknown code is refused by name. */
import { Readable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { main } from "./main";

async function run(text: string, flags: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdin = vi
    .spyOn(process, "stdin", "get")
    .mockReturnValue(Readable.from([Buffer.from(text)]) as typeof process.stdin);
  let out = "";
  let err = "";
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(["scrub", "-", "--no-ner", ...flags]);
    return { code, out, err };
  } finally {
    stdin.mockRestore();
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe("copilot scrub --lang", () => {
  it.each([
    [
      "es",
      "me llamo lucía fernández y mi móvil es el seis uno dos, tres cuatro cinco, seis siete ocho",
      ["lucía", "fernández", "seis uno dos"],
    ],
    ["de", "ich heiße jürgen brandt, ich wohne in der Hauptstraße 5, 10115 Berlin", ["brandt", "Hauptstraße 5"]],
    ["fr", "je m'appelle camille durand, je suis née le 3 mai 1990", ["camille", "3 mai 1990"]],
    ["it", "mi chiamo giulia conti, scrivimi a giulia punto conti chiocciola libero punto it", ["giulia", "libero"]],
  ])("--lang %s scrubs that language's phrasings", async (lang, text, personal) => {
    const { code, out } = await run(text, ["--lang", lang]);
    expect(code).toBe(0);
    for (const p of personal) expect(out.toLowerCase(), out).not.toContain(p.toLowerCase());
  });

  it("defaults to English", async () => {
    const { code, out } = await run("my name is dana whitfield", []);
    expect(code).toBe(0);
    expect(out).toBe("my name is [PERSON_1]");
  });

  it("refuses an unknown code, naming the supported ones", async () => {
    const { code, out, err } = await run("hola", ["--lang", "pt"]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(`unknown language "pt" (use one of: en, es, de, fr, it)`);
  });
});
