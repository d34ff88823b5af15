/**
 * Parses a streamed `{"insights": [{...}, {...}]}` reply as it arrives and hands out each insight as soon
 * as its object closes, validated: the first card renders before the model has finished. The complete
 * text is validated again at the end.
 */
import { AnalysisReplySchema, ModelInsightSchema, type ModelInsight } from "../privacy/analysis-request";

export class InsightStreamParser {
  private text = "";
  private scanned = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private objectStart = -1;

  /** Feeds a chunk; returns the insights completed by it. Invalid objects are skipped (see `finish`). */
  push(chunk: string): ModelInsight[] {
    this.text += chunk;
    const done: ModelInsight[] = [];
    for (; this.scanned < this.text.length; this.scanned += 1) {
      const c = this.text[this.scanned];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === "\\") this.escaped = true;
        else if (c === '"') this.inString = false;
        continue;
      }
      if (c === '"') this.inString = true;
      else if (c === "{") {
        this.depth += 1;
        if (this.depth === 2) this.objectStart = this.scanned;
      } else if (c === "}") {
        if (this.depth === 2 && this.objectStart >= 0) {
          const parsed = safeParse(this.text.slice(this.objectStart, this.scanned + 1));
          if (parsed) done.push(parsed);
          this.objectStart = -1;
        }
        this.depth -= 1;
      }
    }
    return done;
  }

  /** True when the whole reply is valid JSON matching the schema. */
  finish(): boolean {
    try {
      return AnalysisReplySchema.safeParse(JSON.parse(this.text)).success;
    } catch {
      return false;
    }
  }
}

function safeParse(json: string): ModelInsight | null {
  try {
    const result = ModelInsightSchema.safeParse(JSON.parse(json));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}
