import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_CATALOG } from "./index";
import { isRangeParameter } from "./function-entry";
import { functionHelpSource, functionsModuleSource, functionTextsSource } from "./generated-sources";
import * as functions from "../functions";

const FUNCTIONS_TS = fileURLToPath(new URL("../functions.ts", import.meta.url));
const HAN = /\p{Script=Han}/u;
/**
 * What Excel takes as a name in custom functions metadata: a letter first, then letters, digits
 * 0–9, periods and underscores (custom-functions-metadata's check of function names, 128 at most;
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming). Parameter names
 * are held to it too: no spaces, brackets or punctuation, which the formula tooltip would mangle.
 */
const EXCEL_NAME = /^\p{L}[\p{L}0-9._]*$/u;
/** Chinese parameter names stay short: the tooltip shows them all on one line beside the formula. */
const MAX_CHINESE_NAME = 6;

interface GeneratedMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; optional?: boolean; type?: string; dimensionality?: string; description?: string }[];
    result: { dimensionality?: string; type?: string };
    options?: { requiresParameterAddresses?: boolean };
  }[];
}

/** functions.json as the build writes it: the same generator custom-functions-metadata-plugin runs. */
async function generatedMetadata(): Promise<GeneratedMetadata> {
  const result = await generateCustomFunctionsMetadata([FUNCTIONS_TS], true);
  expect(result.errors).toEqual([]);
  return JSON.parse(result.metadataJson) as GeneratedMetadata;
}

/** The source text of the catalog's entry files, where each compute step calls its engine function. */
const ENTRY_SOURCES = ["order-functions.ts", "product-functions.ts", "rate-functions.ts", "fulfilment-functions.ts"]
  .map((file) => readFileSync(fileURLToPath(new URL(`./${file}`, import.meta.url)), "utf8")).join("\n");

/** The engine's metric modules (src/engine/metrics/*.ts, tests left out), by file name. */
const METRICS_DIR = new URL("../../engine/metrics/", import.meta.url);
const METRIC_FILES = readdirSync(METRICS_DIR).filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"));

/** The JSDoc right above `export function name`, or undefined when it has none. */
function jsdocOf(source: string, name: string): string | undefined {
  return new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export function ${name}\\b`).exec(source)?.[1];
}

describe("the function catalog", () => {
  it("writes functions.ts: one JSDoc export per entry, each handing its arguments to the runner", async () => {
    await expect(functionsModuleSource(FUNCTION_CATALOG)).toMatchFileSnapshot("../functions.ts");
  });

  it("writes function-texts.generated.ts, the texts the build steps outside TypeScript read", async () => {
    await expect(functionTextsSource(FUNCTION_CATALOG)).toMatchFileSnapshot("../function-texts.generated.ts");
  });

  it("writes function-help.generated.ts, every function's help page in both languages for the build to write out", async () => {
    await expect(functionHelpSource(FUNCTION_CATALOG)).toMatchFileSnapshot("../function-help.generated.ts");
  });

  it("is what functions.json says: ids, parameter names, order, optionality, types and result shape", async () => {
    const metadata = await generatedMetadata();
    expect(metadata.functions.map((fn) => fn.id)).toEqual(FUNCTION_CATALOG.map((entry) => entry.id));
    for (const [index, fn] of metadata.functions.entries()) {
      const entry = FUNCTION_CATALOG[index];
      expect(fn.name, entry.id).toBe(entry.id);
      expect(fn.description, entry.id).toBe(entry.en.description);
      const parameters = fn.parameters.filter((parameter) => parameter.type !== "CustomFunctions.Invocation");
      expect(parameters.map((p) => [p.name, p.optional === true, p.description]), entry.id)
        .toEqual(entry.parameters.map((spec) => [spec.name, spec.optional === true, spec.en]));
      for (const [i, parameter] of parameters.entries()) {
        // A total is one number or a range to sum: Excel passes it as a matrix too.
        const range = isRangeParameter(entry.parameters[i]) || entry.parameters[i].kind === "total" || entry.parameters[i].kind === "list";
        expect(parameter.dimensionality ?? "scalar", `${entry.id}.${parameter.name}`).toBe(range ? "matrix" : "scalar");
      }
      // Every result is a matrix: requiresParameterAddresses needs one, and one shape keeps the runner simple.
      expect(fn.result.dimensionality, entry.id).toBe("matrix");
      expect(fn.options?.requiresParameterAddresses === true, entry.id).toBe(entry.addresses !== false);
      expect(typeof (functions as Record<string, unknown>)[entry.exportName], entry.exportName).toBe("function");
    }
  });

  it("names each function's engine function, and its compute step calls it", () => {
    for (const entry of FUNCTION_CATALOG) {
      expect(ENTRY_SOURCES, `${entry.id} → ${entry.engine}`).toMatch(new RegExp(`\\b${entry.engine}[(,]`));
    }
    const engineOf = Object.fromEntries(FUNCTION_CATALOG.map((entry) => [entry.id, entry.engine]));
    expect(engineOf).toMatchObject({ REPURCHASE: "repurchaseRate", RETENTION: "cohortRetention", CAC: "costPerNewBuyer", SLOWMOVING: "stockCover" });
  });

  it("names a function one engine metric module exports, whose JSDoc names the EC. function back", async () => {
    const modules = await Promise.all(METRIC_FILES.map(async (file) => ({ file, exports: (await import(`../../engine/metrics/${file.slice(0, -3)}`)) as Record<string, unknown> })));
    for (const entry of FUNCTION_CATALOG) {
      const homes = modules.filter(({ exports }) => typeof exports[entry.engine] === "function").map(({ file }) => file);
      expect(homes, `${entry.id} → ${entry.engine}`).toHaveLength(1);
      const source = readFileSync(new URL(homes[0], METRICS_DIR), "utf8");
      expect(jsdocOf(source, entry.engine), `the JSDoc of ${entry.engine} in ${homes[0]}`).toContain(`\`EC.${entry.id}\``);
    }
  });

  it("describes every function and parameter in both languages, with Chinese parameter names", () => {
    for (const entry of FUNCTION_CATALOG) {
      for (const text of [entry.en.description, entry.en.result, entry.zh.description, entry.zh.result]) expect(text.trim(), entry.id).not.toBe("");
      expect(entry.zh.description, entry.id).toMatch(HAN);
      expect(entry.example.formula, entry.id).toMatch(new RegExp(`^=EC\\.${entry.id}\\(`));
      const zhNames = entry.parameters.map((spec) => spec.zh.name);
      expect(new Set(zhNames).size, entry.id).toBe(zhNames.length);
      for (const spec of entry.parameters) {
        expect(spec.en.trim(), `${entry.id}.${spec.name}`).not.toBe("");
        expect(spec.zh.description, `${entry.id}.${spec.name}`).toMatch(HAN);
        expect(spec.zh.name, `${entry.id}.${spec.name}`).toMatch(/^\S+$/);
      }
    }
  });

  it("names every parameter in Chinese for functions.zh-CN.json: a valid Excel name, short, distinct within its function", () => {
    for (const entry of FUNCTION_CATALOG) {
      const chinese = entry.parameters.map((spec) => spec.zh.name);
      expect(new Set(chinese).size, `${entry.id}: ${chinese.join(", ")}`).toBe(chinese.length);
      for (const spec of entry.parameters) {
        const where = `${entry.id}.${spec.name}`;
        expect(spec.name, where).toMatch(EXCEL_NAME);
        expect(spec.zh.name, where).toMatch(EXCEL_NAME);
        expect(spec.zh.name.length, `${where}: ${spec.zh.name}`).toBeLessThanOrEqual(MAX_CHINESE_NAME);
        // Chinese, or an acronym Chinese operators write in Latin letters (GMV).
        expect(HAN.test(spec.zh.name) || /^[A-Z]{2,5}$/.test(spec.zh.name), `${where}: ${spec.zh.name}`).toBe(true);
      }
    }
  });

  it("declares only ranges in its alignment groups, each parameter once", () => {
    for (const entry of FUNCTION_CATALOG) {
      const names = new Map(entry.parameters.map((spec) => [spec.name, spec]));
      const grouped = (entry.align ?? []).flat();
      expect(new Set(grouped).size, entry.id).toBe(grouped.length);
      for (const name of [...grouped, ...(entry.together ?? []).flat()]) {
        const spec = names.get(name);
        expect(spec !== undefined && isRangeParameter(spec), `${entry.id}.${name}`).toBe(true);
      }
    }
  });
});
