/**
 * Zod compiles fast parsers with `new Function` when it may; the Content-Security-Policy forbids
 * eval in pages and workers, so its probe would be a violation on every load. Imported first by the
 * page's entry and by every worker: Zod parses without generated code.
 */
import { z } from "zod";

z.config({ jitless: true });
