import { describe, expect, it } from "vitest";
import { functionCatalog, searchCatalog } from "./function-catalog";
import { FUNCTION_CATALOG } from "../functions/catalog";

describe("function catalog", () => {
  it("lists every catalog function with a signature, a description in each language and an example", () => {
    const english = functionCatalog("en-US");
    const chinese = functionCatalog("zh-CN");
    expect(english.length).toBe(FUNCTION_CATALOG.length);
    expect(chinese.length).toBe(FUNCTION_CATALOG.length);
    const aov = english.find((entry) => entry.id === "AOV")!;
    expect(aov.signature).toBe("EC.AOV(amounts, [buyers], [statuses], [orderIds])");
    expect(aov.description).toMatch(/^AOV/);
    expect(aov.example).toBe("=EC.AOV(D2:D5001, B2:B5001, E2:E5001, A2:A5001)");
    const aovInChinese = chinese.find((entry) => entry.id === "AOV")!;
    expect(aovInChinese.description).toMatch(/^客单价/);
    expect(aovInChinese.signature).toBe("EC.AOV(金额, [买家], [订单状态], [订单编号])");
    for (const entry of [...english, ...chinese]) {
      expect(entry.description, entry.id).not.toBe("");
      expect(entry.example, entry.id).toMatch(new RegExp(`^=EC\\.${entry.id}\\(`));
    }
  });

  it("says, in both languages, that rows sharing an order id count as one order wherever a function takes order ids", () => {
    const takingIds = FUNCTION_CATALOG.filter((fn) => fn.parameters.some((parameter) => parameter.name === "orderIds")).map((fn) => fn.id);
    expect(takingIds).toEqual(expect.arrayContaining(["GMV", "AOV", "PRICEBANDS", "REPURCHASE", "RETENTION", "RFM", "CHANNELS"]));
    for (const fn of FUNCTION_CATALOG) {
      expect(fn.parameters.at(-1)?.name === "orderIds", fn.id).toBe(takingIds.includes(fn.id));
    }
    const english = functionCatalog("en-US");
    const chinese = functionCatalog("zh-CN");
    for (const id of takingIds) {
      expect(english.find((entry) => entry.id === id)!.description, id).toContain("rows sharing an order id count as one order");
      expect(chinese.find((entry) => entry.id === id)!.description, id).toContain("订单编号相同的行算作一笔订单");
      expect(english.find((entry) => entry.id === id)!.signature, id).toMatch(/, \[orderIds\]\)$/);
      expect(chinese.find((entry) => entry.id === id)!.signature, id).toMatch(/, \[订单编号\]\)$/);
    }
  });

  it("finds functions by name, by a word of either language's description, or by every word given", () => {
    const catalog = functionCatalog("en-US");
    expect(searchCatalog(catalog, "ec.roi").map((entry) => entry.id)).toEqual(["ROI"]);
    expect(searchCatalog(catalog, "客单价").map((entry) => entry.id)).toContain("AOV");
    expect(searchCatalog(catalog, "  ").length).toBe(FUNCTION_CATALOG.length);
    expect(searchCatalog(catalog, "margin band").map((entry) => entry.id)).toEqual(["MARGINBAND"]);
    expect(searchCatalog(catalog, "no such function")).toEqual([]);
  });
});
