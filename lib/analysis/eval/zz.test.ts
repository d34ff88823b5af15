import { it } from "vitest";
import type { Language } from "../../language";
import { evaluateJudgement, formatJudgementReport, judgementFile, loadJudgementSet } from "./evaluate";
it("eval", () => {
  const lang = (process.env.EVAL_LANG ?? "es") as Language;
  const set = (process.env.EVAL_SET ?? "main") as "main" | "blind";
  const rep = evaluateJudgement(loadJudgementSet(judgementFile(lang, set)), undefined, lang);
  console.log(formatJudgementReport(rep));
  for (const w of rep.wrong) console.log(JSON.stringify(w));
});
