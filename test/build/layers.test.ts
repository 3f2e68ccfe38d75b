/**
 * The layers of docs/architecture.md, held on the import graph of src/: data flows one way, so
 * that the engine knows nothing of the review or the edges, the review model nothing of its
 * writers, and the two writers (office-js in src/taskpane, .xlsx in src/xlsx) nothing of each
 * other. Every module of src/ is read (tests aside: a test may hold a layer against one above it,
 * as review-summary.test.ts holds the review against the command line's JSON), and each import
 * it makes (static, `export … from`, `import()`, `require`) is resolved to the folder it lands in.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The top folders of src/ each layer must never import from. */
const FORBIDDEN: Readonly<Record<string, readonly string[]>> = {
  engine: ["review", "xlsx", "taskpane", "cli", "functions"],
  review: ["xlsx", "taskpane", "cli"],
  taskpane: ["xlsx", "cli"],
  xlsx: ["taskpane", "cli"],
};

interface SourceFile {
  /** Relative to the repository, with "/": `src/review/review-sheet.ts`. */
  readonly file: string;
  readonly text: string;
}

interface Violation {
  readonly file: string;
  readonly imports: string;
  readonly layer: string;
}

/** The top folder of src/ a repository path is in (`src/review/x.ts` → "review"), or null outside src/. */
function layerOf(file: string): string | null {
  const parts = file.split("/");
  return parts[0] === "src" && parts.length > 2 ? parts[1] : null;
}

/** The relative imports of a module, resolved to repository paths (without extension). */
function importsOf(source: SourceFile): string[] {
  const { importedFiles } = ts.preProcessFile(source.text, true, true);
  return importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith("."))
    .map((name) => path.posix.normalize(path.posix.join(path.posix.dirname(source.file), name)));
}

/** Every import that goes against `FORBIDDEN`. */
function layerViolations(sources: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  for (const source of sources) {
    const from = layerOf(source.file);
    if (from === null) continue;
    for (const target of importsOf(source)) {
      const to = layerOf(target);
      if (to !== null && (FORBIDDEN[from] ?? []).includes(to)) violations.push({ file: source.file, imports: target, layer: to });
    }
  }
  return violations;
}

/** The modules of src/ (.ts and .tsx), tests left out. */
function sourceModules(): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
      const file = `${folder}/${entry.name}`;
      if (entry.isDirectory()) walk(file);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) {
        files.push({ file, text: readFileSync(path.join(ROOT, file), "utf8") });
      }
    }
  };
  walk("src");
  return files;
}

describe("layers", () => {
  const modules = sourceModules();

  it("reads the imports of every layer", () => {
    // Not vacuous: each layer is there, and the arrows that should exist are found.
    const edges = new Set(modules.flatMap((source) => importsOf(source).map((target) => `${layerOf(source.file)}→${layerOf(target)}`)));
    for (const edge of ["review→engine", "taskpane→review", "xlsx→review", "cli→review", "cli→xlsx", "functions→engine"]) expect(edges, edge).toContain(edge);
  });

  it("points one way: the engine below the review, the review below both writers, the writers apart", () => {
    expect(layerViolations(modules)).toEqual([]);
  });

  it("finds an import against the layers, whatever its form", () => {
    const planted: SourceFile[] = [
      { file: "src/engine/metrics/planted.ts", text: `import type { ReviewModel } from "../../review/build-review";` },
      { file: "src/review/planted.ts", text: `export { writeReviewWorkbook } from "../xlsx/write-review-workbook";` },
      { file: "src/taskpane/workbook/planted.ts", text: `const chart = await import("../../xlsx/chart-parts");` },
      { file: "src/xlsx/planted.ts", text: `const gateway = require("../taskpane/workbook/workbook-gateway");` },
      { file: "src/taskpane/planted.ts", text: `import { computeReview } from "../cli/compute-review";` },
      // Allowed: a writer from the review, the engine from itself, a package.
      { file: "src/xlsx/allowed.ts", text: `import { a1 } from "../review/sheet-layout";\nimport JSZip from "jszip";` },
      { file: "src/engine/allowed.ts", text: `import { growth } from "./metrics/growth";` },
    ];
    expect(layerViolations(planted).map((v) => `${v.file} → ${v.layer}`)).toEqual([
      "src/engine/metrics/planted.ts → review",
      "src/review/planted.ts → xlsx",
      "src/taskpane/workbook/planted.ts → xlsx",
      "src/xlsx/planted.ts → taskpane",
      "src/taskpane/planted.ts → cli",
    ]);
  });
});
