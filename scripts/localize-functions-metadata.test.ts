import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_CATALOG } from "../src/functions/catalog";
import { functionTexts } from "../src/functions/catalog/generated-sources";
import { FUNCTION_TEXTS } from "../src/functions/function-texts.generated";
import { loadTranslations, localizeFunctionsMetadata, translationProblems, type FunctionsMetadata } from "./localize-functions-metadata.mjs";

const FUNCTIONS_SOURCE = fileURLToPath(new URL("../src/functions/functions.ts", import.meta.url));
const TEXTS_SOURCE = fileURLToPath(new URL("../src/functions/function-texts.generated.ts", import.meta.url));
const HAN = /\p{Script=Han}/u;

/** The metadata the build generates from the JSDoc, through the same generator the webpack plugin uses. */
async function generatedMetadata(): Promise<FunctionsMetadata> {
  const result = await generateCustomFunctionsMetadata([FUNCTIONS_SOURCE], false);
  expect(result.errors).toEqual([]);
  return JSON.parse(result.metadataJson) as FunctionsMetadata;
}

describe("functions.zh-CN.json from the catalog's Chinese texts", () => {
  it("covers every function and parameter of functions.ts, and nothing else", async () => {
    expect(translationProblems(await generatedMetadata(), FUNCTION_TEXTS)).toEqual([]);
  });

  it("replaces descriptions and parameter names but keeps ids, function names, order and optionality", async () => {
    const metadata = await generatedMetadata();
    const localized = localizeFunctionsMetadata(metadata, FUNCTION_TEXTS);
    expect(localized.functions.map((fn) => [fn.id, fn.name])).toEqual(metadata.functions.map((fn) => [fn.id, fn.name]));
    const gmv = localized.functions.find((fn) => fn.id === "GMV");
    expect(gmv?.description).toBe("成交总额：订单金额之和，不含交易关闭、已退款的订单。给出订单编号时，订单编号相同的行算作一笔订单，重复的整单金额只计一次。");
    expect(gmv?.parameters.map((parameter) => parameter.name)).toEqual(["金额", "订单状态", "订单编号"]);
    const orderIds = gmv?.parameters.find((parameter) => parameter.name === "订单编号");
    expect(orderIds?.optional).toBe(true);
    expect(orderIds?.description).toMatch(/^每行的订单编号：订单编号相同的行算作一笔订单/);
    for (const [index, fn] of localized.functions.entries()) {
      const english = metadata.functions[index];
      expect(fn.parameters.map((p) => p.optional)).toEqual(english.parameters.map((p) => p.optional));
      expect(fn.result).toEqual(english.result);
      expect(fn.parameters.map((p) => p.name)).toEqual(FUNCTION_CATALOG[index].parameters.map((spec) => spec.zh.name));
      for (const parameter of fn.parameters) expect(parameter.description, `${fn.id}.${parameter.name}`).toMatch(HAN);
    }
  });

  it("reports a missing function, a missing parameter text and a stale parameter list", async () => {
    const metadata = await generatedMetadata();
    const [gmv, aov, ...rest] = FUNCTION_TEXTS;
    expect(gmv.id).toBe("GMV");
    const renamed = { ...aov, en: { ...aov.en, parameters: aov.en.parameters.map((p) => (p.name === "buyers" ? { ...p, name: "shop" } : p)) } };
    const margin = rest.find((texts) => texts.id === "MARGIN")!;
    const others = rest.filter((texts) => texts !== margin);
    const untranslated = { ...margin, zh: { ...margin.zh, parameters: [margin.zh.parameters[0], { name: "", description: "" }] } };
    expect(translationProblems(metadata, [renamed, untranslated, ...others])).toEqual([
      "function GMV has no translation",
      "texts of AOV name parameters amounts, shop, statuses, orderIds, but the function has amounts, buyers, statuses, orderIds",
      "parameter cost of MARGIN has no translated name or description",
    ]);
  });

  it("are the catalog's texts, loaded outside TypeScript the same way the build loads them", () => {
    expect(loadTranslations(TEXTS_SOURCE, "FUNCTION_TEXTS")).toEqual(functionTexts(FUNCTION_CATALOG));
  });
});
