import { describe, expect, it } from "vitest";
import { parseTargets } from "./read-targets";
import { CliError } from "./cli-error";

describe("parseTargets: the promotion items the margin band is checked on", () => {
  it("gives no rule when neither key is there (the review then uses its default)", () => {
    expect(parseTargets({ gmv: 100 }, "t.json").promotion).toBeUndefined();
  });

  it("reads a list of titles or SKUs, trimmed, numbers as their text", () => {
    expect(parseTargets({ promotionItems: [" SKU-001 ", "防晒乳 50ml", 6901234] }, "t.json").promotion).toEqual({ rule: "list", items: ["SKU-001", "防晒乳 50ml", "6901234"] });
  });

  it("reads the price rule, with its drop or the default 5%", () => {
    expect(parseTargets({ promotionItems: "belowUsualPrice" }, "t.json").promotion).toEqual({ rule: "belowUsualPrice", priceDrop: 0.05 });
    expect(parseTargets({ promotionPriceDrop: 0.1 }, "t.json").promotion).toEqual({ rule: "belowUsualPrice", priceDrop: 0.1 });
  });

  it("reads the drop by the one rule for rates: \"7.5%\" is 0.075, a bare 5 is refused as ambiguous", () => {
    expect(parseTargets({ promotionPriceDrop: "7.5%" }, "t.json").promotion).toEqual({ rule: "belowUsualPrice", priceDrop: 0.075 });
    let error: unknown;
    try {
      parseTargets({ promotionPriceDrop: 5 }, "t.json");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).key).toBe("cli.error.targetsBareRate");
    expect((error as CliError).params).toMatchObject({ key: "promotionPriceDrop", fraction: "0.05", percent: "5%" });
  });

  it.each([
    [{ promotionItems: [] }, "promotionItems"],
    [{ promotionItems: ["A", " "] }, "promotionItems"],
    [{ promotionItems: "all" }, "promotionItems"],
    [{ promotionPriceDrop: 1 }, "promotionPriceDrop"],
    [{ promotionPriceDrop: "100%" }, "promotionPriceDrop"],
    [{ promotionPriceDrop: "five" }, "promotionPriceDrop"],
  ])("refuses %j, naming %s", (content, key) => {
    let error: unknown;
    try {
      parseTargets(content, "t.json");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).key).toBe("cli.error.targetsBadValue");
    expect((error as CliError).params.key).toBe(key);
  });
});
