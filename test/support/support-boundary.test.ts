import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const SRC = path.join(ROOT, "src");
const TEST = path.join(ROOT, "test");

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** The relative module specifiers a TypeScript source imports or re-exports, static or dynamic. */
function relativeImports(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)].map((match) => match[1]);
}

describe("test support stays out of the product", () => {
  const production = filesUnder(SRC).filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file));

  it("finds the imports it checks", () => {
    // The check below would pass vacuously if the pattern found nothing.
    const imports = relativeImports(readFileSync(path.join(SRC, "functions", "catalog", "runner.ts"), "utf8"));
    expect(imports.length).toBeGreaterThan(0);
    expect(relativeImports('import { a } from "../../test/support/x";\nconst m = await import("./y");')).toEqual(["../../test/support/x", "./y"]);
  });

  it("no module of src/ but a test imports from test/ (test/support is for tests and bench only)", () => {
    expect(production.length).toBeGreaterThan(100);
    const offending = production.flatMap((file) =>
      relativeImports(readFileSync(file, "utf8"))
        .filter((specifier) => path.resolve(path.dirname(file), specifier).startsWith(TEST + path.sep))
        .map((specifier) => `${path.relative(ROOT, file)} → ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
