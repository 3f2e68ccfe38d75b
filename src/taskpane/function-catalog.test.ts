import { describe, expect, it } from "vitest";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { fileURLToPath } from "node:url";
import { functionCatalog, searchCatalog } from "./function-catalog";

const FUNCTIONS_TS = fileURLToPath(new URL("../functions/functions.ts", import.meta.url));

/** The module text of function-metadata.generated.ts for the metadata custom-functions-metadata generates. */
async function generatedModule(): Promise<string> {
  const result = await generateCustomFunctionsMetadata([FUNCTIONS_TS], true);
  if (result.errors.length > 0) throw new Error(result.errors.join("; "));
  const metadata = JSON.parse(result.metadataJson) as {
    functions: { id: string; name: string; description?: string; parameters: { name: string; optional?: boolean; type?: string }[] }[];
  };
  const functions = metadata.functions.map((fn) => ({
    id: fn.id,
    name: fn.name,
    description: fn.description ?? "",
    parameters: fn.parameters
      .filter((parameter) => parameter.type !== "CustomFunctions.Invocation")
      .map((parameter) => ({ name: parameter.name, optional: parameter.optional === true })),
  }));
  return [
    "/**",
    " * GENERATED: the English names, descriptions and parameters of the `EC.` functions, as",
    " * custom-functions-metadata reads them from the JSDoc of src/functions/functions.ts (the same",
    " * generator that writes dist/functions.json). Do not edit; after changing a function run",
    " *   npx vitest run src/taskpane/function-catalog.test.ts -u",
    " * function-catalog.test.ts fails while this file is out of date.",
    " */",
    "export interface FunctionMetadata {",
    "  readonly id: string;",
    "  readonly name: string;",
    "  readonly description: string;",
    "  readonly parameters: readonly { readonly name: string; readonly optional: boolean }[];",
    "}",
    "",
    `export const FUNCTION_METADATA: readonly FunctionMetadata[] = ${JSON.stringify(functions, null, 2)};`,
    "",
  ].join("\n");
}

describe("function catalog", () => {
  it("takes its English text from the functions' JSDoc (function-metadata.generated.ts is up to date)", async () => {
    await expect(await generatedModule()).toMatchFileSnapshot("./function-metadata.generated.ts");
  }, 60_000);

  it("lists all 17 functions with a signature, a description in each language and an example", () => {
    const english = functionCatalog("en-US");
    const chinese = functionCatalog("zh-CN");
    expect(english.length).toBe(17);
    const aov = english.find((entry) => entry.id === "AOV")!;
    expect(aov.signature).toBe("EC.AOV(amounts, [buyers], [statuses])");
    expect(aov.description).toMatch(/^AOV/);
    expect(aov.example).toBe("=EC.AOV(D2:D5001, B2:B5001, E2:E5001)");
    expect(chinese.find((entry) => entry.id === "AOV")!.description).toMatch(/^客单价/);
    for (const entry of [...english, ...chinese]) {
      expect(entry.description, entry.id).not.toBe("");
      expect(entry.example, entry.id).toMatch(new RegExp(`^=EC\\.${entry.id}\\(`));
    }
  });

  it("finds functions by name, by a word of either language's description, or by every word given", () => {
    const catalog = functionCatalog("en-US");
    expect(searchCatalog(catalog, "ec.roi").map((entry) => entry.id)).toEqual(["ROI"]);
    expect(searchCatalog(catalog, "客单价").map((entry) => entry.id)).toContain("AOV");
    expect(searchCatalog(catalog, "  ").length).toBe(17);
    expect(searchCatalog(catalog, "margin band").map((entry) => entry.id)).toEqual(["MARGINBAND"]);
    expect(searchCatalog(catalog, "no such function")).toEqual([]);
  });
});
