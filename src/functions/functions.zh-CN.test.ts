import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { functionsZhCN, type FunctionTranslations } from "./functions.zh-CN";
import {
  loadTranslations, localizeFunctionsMetadata, translationProblems, type FunctionsMetadata,
} from "../../scripts/localize-functions-metadata.mjs";

const FUNCTIONS_SOURCE = fileURLToPath(new URL("./functions.ts", import.meta.url));
const TABLE_SOURCE = fileURLToPath(new URL("./functions.zh-CN.ts", import.meta.url));
const HAN = /\p{Script=Han}/u;

/** The metadata the build generates from the JSDoc, through the same generator the webpack plugin uses. */
async function generatedMetadata(): Promise<FunctionsMetadata> {
  const requireFromPlugin = createRequire(createRequire(import.meta.url).resolve("custom-functions-metadata-plugin"));
  const { generateCustomFunctionsMetadata } = requireFromPlugin("custom-functions-metadata") as {
    generateCustomFunctionsMetadata(input: string[], wantConsoleOutput?: boolean): Promise<{ metadataJson: string; errors: string[] }>;
  };
  const result = await generateCustomFunctionsMetadata([FUNCTIONS_SOURCE], false);
  expect(result.errors).toEqual([]);
  return JSON.parse(result.metadataJson) as FunctionsMetadata;
}

describe("Chinese function descriptions", () => {
  it("cover every function and parameter of functions.ts, and nothing else", async () => {
    expect(translationProblems(await generatedMetadata(), functionsZhCN)).toEqual([]);
  });

  it("are Chinese text", () => {
    for (const [id, entry] of Object.entries(functionsZhCN)) {
      expect(entry.description, id).toMatch(HAN);
      for (const [name, text] of Object.entries(entry.parameters)) expect(text, `${id}.${name}`).toMatch(HAN);
    }
  });

  it("replace descriptions but keep ids, names and parameter names", async () => {
    const metadata = await generatedMetadata();
    const localized = localizeFunctionsMetadata(metadata, functionsZhCN);
    expect(localized.functions.map((fn) => [fn.id, fn.name])).toEqual(metadata.functions.map((fn) => [fn.id, fn.name]));
    const gmv = localized.functions.find((fn) => fn.id === "GMV");
    expect(gmv?.description).toBe("成交总额：订单金额之和，不含交易关闭、已退款的订单。给出订单编号时，订单编号相同的行算作一笔订单，重复的整单金额只计一次。");
    const orderIds = gmv?.parameters.find((parameter) => parameter.name === "orderIds");
    expect(orderIds?.optional).toBe(true);
    expect(orderIds?.description).toMatch(/^每行的订单编号：订单编号相同的行算作一笔订单/);
    for (const [index, fn] of localized.functions.entries()) {
      expect(fn.parameters.map((p) => p.name)).toEqual(metadata.functions[index].parameters.map((p) => p.name));
      expect(fn.result).toEqual(metadata.functions[index].result);
      for (const parameter of fn.parameters) expect(parameter.description, `${fn.id}.${parameter.name}`).toMatch(HAN);
    }
  });

  it("report a missing function, a missing parameter and a stale parameter", async () => {
    const metadata = await generatedMetadata();
    const { GMV, AOV, ...rest } = functionsZhCN;
    const aovParameters = Object.fromEntries(Object.entries(AOV.parameters).filter(([name]) => name !== "statuses" && name !== "orderIds"));
    const broken: FunctionTranslations = { ...rest, AOV: { ...AOV, parameters: { ...aovParameters, shop: "店铺" } } };
    expect(GMV).toBeDefined();
    expect(translationProblems(metadata, broken)).toEqual([
      "function GMV has no translation",
      "parameter statuses of AOV has no translated description",
      "parameter orderIds of AOV has no translated description",
      "translation of AOV names parameter shop, which the function does not have",
    ]);
  });

  it("load outside TypeScript the same way the build loads them", () => {
    expect(loadTranslations(TABLE_SOURCE, "functionsZhCN")).toEqual(functionsZhCN);
  });
});
