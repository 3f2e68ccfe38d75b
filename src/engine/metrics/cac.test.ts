import { describe, expect, it } from "vitest";
import { costPerNewBuyer } from "./cac";

describe("costPerNewBuyer", () => {
  it("is spend ÷ new buyers: the review's 38 against an industry 25", () => {
    expect(costPerNewBuyer(3800, 100)).toBe(38);
    expect(costPerNewBuyer(2500, 100)).toBe(25);
    expect(costPerNewBuyer(0, 10)).toBe(0);
    expect(costPerNewBuyer(100, 3)).toBeCloseTo(33.333333333333, 10);
  });

  it("is #DIV/0! without a new buyer", () => {
    expect(costPerNewBuyer(3800, 0)).toEqual({ kind: "metric-error", code: "DIV0", key: "argument.zero", params: { what: "what.newBuyerCount" } });
  });

  it("is #NUM! for negative inputs", () => {
    expect(costPerNewBuyer(-1, 10)).toEqual({ kind: "metric-error", code: "NUM", key: "argument.negative", params: { what: "what.spendTotal", found: -1 } });
    expect(costPerNewBuyer(100, -2)).toEqual({ kind: "metric-error", code: "NUM", key: "argument.negative", params: { what: "what.newBuyerCount", found: -2 } });
  });
});
