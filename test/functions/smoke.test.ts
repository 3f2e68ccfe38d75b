import { describe, expect, it } from "vitest";
import { aovFunction, gmvFunction } from "../../src/functions/functions";
import { setDisplayLanguage } from "../setup/custom-functions-runtime";

describe("smoke", () => {
  it("GMV and AOV of a column with a blank and currency text", () => {
    expect(gmvFunction([[100], ["¥1,000"], [""], [null]])).toBe(1100);
    expect(aovFunction([[100], ["¥1,000"], [""]])).toBe(550);
  });
  it("names the bad cell", () => {
    setDisplayLanguage("zh-CN");
    const result = gmvFunction([[100], ["abc"]], undefined, { parameterAddresses: ["Sheet1!B2:B3"] } as CustomFunctions.Invocation) as CustomFunctions.Error;
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toBe("单元格 B3：无法把“abc”读作金额。");
    setDisplayLanguage("en-US");
  });
});
