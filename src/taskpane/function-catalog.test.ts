import { describe, expect, it } from "vitest";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { fileURLToPath } from "node:url";
import { functionCatalog, searchCatalog } from "./function-catalog";
import { FUNCTION_METADATA } from "./function-metadata.generated";

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
  });

  it("lists all 17 functions with a signature, a description in each language and an example", () => {
    const english = functionCatalog("en-US");
    const chinese = functionCatalog("zh-CN");
    expect(english.length).toBe(17);
    const aov = english.find((entry) => entry.id === "AOV")!;
    expect(aov.signature).toBe("EC.AOV(amounts, [buyers], [statuses], [orderIds])");
    expect(aov.description).toMatch(/^AOV/);
    expect(aov.example).toBe("=EC.AOV(D2:D5001, B2:B5001, E2:E5001, A2:A5001)");
    expect(chinese.find((entry) => entry.id === "AOV")!.description).toMatch(/^客单价/);
    for (const entry of [...english, ...chinese]) {
      expect(entry.description, entry.id).not.toBe("");
      expect(entry.example, entry.id).toMatch(new RegExp(`^=EC\\.${entry.id}\\(`));
    }
  });

  it("says, in both languages, that rows sharing an order id count as one order wherever a function takes order ids", () => {
    const takingIds = FUNCTION_METADATA.filter((fn) => fn.parameters.some((parameter) => parameter.name === "orderIds")).map((fn) => fn.id);
    expect(takingIds).toEqual(["GMV", "AOV", "PRICEBANDS", "REPURCHASE", "RETENTION", "RFM", "CHANNELS"]);
    for (const fn of FUNCTION_METADATA) {
      expect(fn.parameters.at(-1)?.name === "orderIds", fn.id).toBe(takingIds.includes(fn.id));
    }
    const english = functionCatalog("en-US");
    const chinese = functionCatalog("zh-CN");
    for (const id of takingIds) {
      expect(english.find((entry) => entry.id === id)!.description, id).toContain("rows sharing an order id count as one order");
      expect(chinese.find((entry) => entry.id === id)!.description, id).toContain("订单编号相同的行算作一笔订单");
      expect(english.find((entry) => entry.id === id)!.signature, id).toMatch(/, \[orderIds\]\)$/);
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
