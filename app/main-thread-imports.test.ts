/**
 * What the screens load: the static value imports reachable from each screen's entry (type-only imports
 * and import() excluded, as the bundler treats them). The word lists, scorers and detectors belong to the
 * workers; reaching one from a screen costs the main thread hundreds of milliseconds (decision 119).
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "..");
const SCREENS = [
  "app/components/app-shell.tsx",
  "app/components/workspace.tsx",
  "app/components/setup-view.tsx",
  "app/components/live-view.tsx",
  "app/components/review-view.tsx",
];
/** Worker-side modules: large word lists, or regular expressions costly to compile. */
const WORKER_ONLY = [
  "lib/analysis/sentiment.ts",
  "lib/analysis/sentiment-lexicon.ts",
  "lib/analysis/vader-compound.ts",
  "lib/analysis/rules/compliance.ts",
  "lib/analysis/local-analyzer.ts",
  "lib/analytics/analyze.ts",
  "lib/privacy/name-lexicon.ts",
  "lib/privacy/scrubber.ts",
  "lib/session/exports.ts",
];

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** The specifiers a file imports for their values (not `import type`, not `import { type X }` alone). */
export function valueImports(file: string): string[] {
  if (!/\.tsx?$/.test(file)) return [];
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const specs: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const typeOnly =
        clause?.isTypeOnly ||
        (clause && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings)
          ? clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)
          : false);
      if (!typeOnly) specs.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      const named = statement.exportClause;
      const typeOnly = named && ts.isNamedExports(named) && named.elements.every((e) => e.isTypeOnly);
      if (!typeOnly && ts.isStringLiteral(statement.moduleSpecifier)) specs.push(statement.moduleSpecifier.text);
    }
  }
  return specs;
}

/** Every module a screen loads statically, with the chain that reaches it. */
function reachable(entry: string): Map<string, string | null> {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift() as string;
    for (const spec of valueImports(file)) {
      const target = resolveImport(file, spec);
      if (target && !parent.has(target)) {
        parent.set(target, file);
        queue.push(target);
      }
    }
  }
  return parent;
}

function chain(parent: Map<string, string | null>, file: string): string {
  const out: string[] = [];
  for (let at: string | null | undefined = file; at; at = parent.get(at)) out.unshift(path.relative(ROOT, at));
  return out.join(" -> ");
}

describe("the screens' static imports", () => {
  it("see type-only imports as types (the walk's own check)", () => {
    const probe = path.join(ROOT, "app/live/analysis-state.ts");
    expect(valueImports(probe)).not.toContain("../../lib/analysis/rules/compliance");
  });

  for (const screen of SCREENS)
    it(`${screen} reaches no worker-side module`, () => {
      const parent = reachable(path.join(ROOT, screen));
      expect(parent.size).toBeGreaterThan(3);
      const reached = WORKER_ONLY.filter((m) => parent.has(path.join(ROOT, m))).map((m) =>
        chain(parent, path.join(ROOT, m)),
      );
      expect(reached).toEqual([]);
    });

  it("the first screen loads no Zod (it comes with the vault's code, decision 121)", () => {
    const parent = reachable(path.join(ROOT, "app/components/app-shell.tsx"));
    const withZod = [...parent.keys()].filter((f) => valueImports(f).some((s) => s === "zod" || s.startsWith("zod/")));
    expect(withZod.map((f) => chain(parent, f))).toEqual([]);
  });

  it("the home screen loads neither the importers, the samples' text nor Radix's dialog (decision 121)", () => {
    const parent = reachable(path.join(ROOT, "app/components/workspace.tsx"));
    const liveOnly = [
      "lib/transcription/utterance-transcriber.ts",
      "lib/transcript/import.ts",
      "lib/session/samples.ts",
    ];
    expect(
      liveOnly.filter((m) => parent.has(path.join(ROOT, m))).map((m) => chain(parent, path.join(ROOT, m))),
    ).toEqual([]);
    const radix = [...parent.keys()].filter((f) => valueImports(f).includes("@radix-ui/react-dialog"));
    expect(radix.map((f) => chain(parent, f))).toEqual([]);
    // The walk sees them where they are loaded: the live screen reaches the importers and the samples.
    const live = reachable(path.join(ROOT, "app/components/live-view.tsx"));
    for (const m of liveOnly) expect(live.has(path.join(ROOT, m)), m).toBe(true);
  });

  it("the workers do reach them (the list names real modules)", () => {
    const parent = reachable(path.join(ROOT, "workers/privacy.worker.ts"));
    for (const m of ["lib/privacy/scrubber.ts", "lib/privacy/name-lexicon.ts", "lib/analysis/local-analyzer.ts"])
      expect(parent.has(path.join(ROOT, m)), m).toBe(true);
    for (const m of WORKER_ONLY) expect(existsSync(path.join(ROOT, m)), m).toBe(true);
  });
});
