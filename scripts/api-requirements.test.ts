/**
 * API_REQUIREMENTS (scripts/validate-manifest.mjs) is the list of office.js members the bundles
 * use, by requirement set, from which `npm run validate` checks the manifest's <Requirements>.
 * This test holds it to the code: it compiles what the two bundles are built from (taskpane.ts and
 * functions.ts with everything they import) with the TypeScript checker, resolves every property
 * access and every property of an object literal typed by office.js, and reads the
 * `[Api set: …]` remark of the declaration it lands on in @types/office-js or
 * @types/custom-functions-runtime. A member used but not listed, listed but no longer used, or
 * listed under another set fails here, with the line to write.
 *
 * Not seen: property names inside `load("…")` strings and members reached through `any`.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { REQUIRED_EXCEL_API_VERSIONS } from "../src/taskpane/workbook/excel-workbook";
import { readFileSync, readdirSync } from "node:fs";
import { API_REQUIREMENTS, OPTIONAL_API_REQUIREMENTS, compareVersions } from "./validate-manifest.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const ENTRIES = ["src/taskpane/taskpane.ts", "src/functions/functions.ts"].map((file) => path.join(ROOT, file));
const TYPINGS = /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;
/** Every Excel that runs add-ins has ExcelApi 1.1; API_REQUIREMENTS leaves it out. */
const BASE_SET = "ExcelApi 1.1";

/** "Excel.Worksheet.freezePanes" for the declaration of `freezePanes` in `interface Worksheet` of `namespace Excel`. */
function qualifiedName(declaration: ts.Node): string {
  const names: string[] = [];
  for (let node: ts.Node | undefined = declaration; node !== undefined && !ts.isSourceFile(node); node = node.parent) {
    const name = (node as { name?: ts.Node }).name;
    if (name !== undefined && (ts.isIdentifier(name) || ts.isStringLiteral(name))) names.unshift(name.text);
  }
  return names.join(".");
}

/** "ExcelApi 1.7" from the declaration's `[Api set: ExcelApi 1.7]` remark, or undefined. */
function apiSet(declaration: ts.Node): string | undefined {
  const text = declaration.getSourceFile().text;
  for (const range of ts.getLeadingCommentRanges(text, declaration.getFullStart()) ?? []) {
    const match = /\[Api set: ([A-Za-z]+) ([0-9.]+)\s*\]/.exec(text.slice(range.pos, range.end));
    if (match) return `${match[1]} ${match[2]}`;
  }
  return undefined;
}

/** Member → requirement set, for every office.js member with a set the bundles' code uses. */
function usedApiMembers(): Map<string, string> {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const program = ts.createProgram(ENTRIES, options);
  const checker = program.getTypeChecker();
  const used = new Map<string, string>();
  const record = (symbol: ts.Symbol | undefined) => {
    for (const declaration of symbol?.declarations ?? []) {
      if (!TYPINGS.test(declaration.getSourceFile().fileName)) continue;
      const set = apiSet(declaration);
      if (set !== undefined) used.set(qualifiedName(declaration), set);
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) record(checker.getSymbolAtLocation(node.name));
    if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && ts.isObjectLiteralExpression(node.parent)) {
      const type = checker.getContextualType(node.parent);
      if (type !== undefined && ts.isIdentifier(node.name)) record(type.getProperty(node.name.text));
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) {
    if (!file.isDeclarationFile && file.fileName.startsWith(path.join(ROOT, "src"))) visit(file);
  }
  return used;
}

function listed(): Map<string, string> {
  return new Map([API_REQUIREMENTS, OPTIONAL_API_REQUIREMENTS].flatMap((table) =>
    Object.entries(table).flatMap(([set, members]) => members.map((member) => [member, set] as const))));
}

/** The ExcelApi versions the pane's code asks about at run time (`isExcelApiSupported("1.18")`, or a version beside it in a pair). */
function versionsCheckedAtRunTime(): Set<string> {
  const folder = path.join(ROOT, "src/taskpane/workbook");
  const text = readdirSync(folder).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts")).map((file) => readFileSync(path.join(folder, file), "utf8")).join("\n");
  const versions = new Set<string>();
  for (const match of text.matchAll(/isExcelApiSupported\("([0-9.]+)"\)/g)) versions.add(match[1]);
  // restoreEcFormulas walks [["note", "1.18"], ["comment", "1.10"]] and asks of each version in turn.
  for (const match of text.matchAll(/\[\s*"(?:note|comment)",\s*"([0-9.]+)"\s*\]/g)) versions.add(match[1]);
  return versions;
}

describe("API_REQUIREMENTS against the code", () => {
  let used = new Map<string, string>();
  beforeAll(() => {
    used = new Map([...usedApiMembers()].filter(([, set]) => set !== BASE_SET));
  });

  it("finds the office.js members the bundles use, with their sets", () => {
    expect(used.get("Excel.WorksheetFreezePanes.freezeRows")).toBe("ExcelApi 1.7");
    expect(used.get("Excel.PageBreakCollection.add")).toBe("ExcelApi 1.9");
    expect(used.get("Excel.ConditionalFormatCollection.add")).toBe("ExcelApi 1.6");
    expect(used.get("CustomFunctions.Invocation.parameterAddresses")).toBe("CustomFunctionsRuntime 1.3");
  });

  it("lists every member the code uses, under its set", () => {
    const table = listed();
    const missing = [...used].filter(([member, set]) => table.get(member) !== set).map(([member, set]) => `"${set}": "${member}"${table.has(member) ? ` (listed under ${table.get(member)})` : ""}`);
    expect(missing, "add these to API_REQUIREMENTS in scripts/validate-manifest.mjs").toEqual([]);
  });

  it("lists nothing the code no longer uses", () => {
    const stale = [...listed().keys()].filter((member) => !used.has(member));
    expect(stale, "remove these from API_REQUIREMENTS in scripts/validate-manifest.mjs").toEqual([]);
  });

  it("keeps the optional sets above the declared ones, each asked for at run time before use", () => {
    const declaredExcel = Object.keys(API_REQUIREMENTS).filter((set) => set.startsWith("ExcelApi ")).map((set) => set.split(" ")[1]);
    const highestDeclared = [...declaredExcel].sort(compareVersions).at(-1) ?? "1.1";
    const checked = versionsCheckedAtRunTime();
    expect(checked.has("1.18")).toBe(true);
    for (const set of Object.keys(OPTIONAL_API_REQUIREMENTS)) {
      const [name, version] = set.split(" ");
      expect(name, set).toBe("ExcelApi");
      expect(compareVersions(version, highestDeclared), `${set} is not above the declared ExcelApi ${highestDeclared}: move it to API_REQUIREMENTS`).toBeGreaterThan(0);
      expect(checked.has(version), `${set}: nothing calls isExcelApiSupported("${version}") before using it`).toBe(true);
    }
  });

  it("asks of ExcelApi what the pane checks at run time before it builds", () => {
    const highest = (versions: readonly string[]) => [...versions].sort(compareVersions).at(-1);
    const listedExcel = Object.keys(API_REQUIREMENTS).filter((set) => set.startsWith("ExcelApi ")).map((set) => set.split(" ")[1]);
    expect(highest(listedExcel)).toBe(highest(REQUIRED_EXCEL_API_VERSIONS));
  });
});
