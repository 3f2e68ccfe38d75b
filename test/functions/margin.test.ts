import { describe, expect, it } from "vitest";
import { marginBandFunction, priceForMarginFunction } from "../../src/functions/functions";
import { marginFunction } from "./single-cell-results";
import { asTable, BLANKS, cell, column, expectError, inChinese, invocation, OMITTED, row } from "./excel-call";

describe("EC.MARGIN", () => {
  it("is (revenue − cost) ÷ revenue for one item: ¥100 at a cost of ¥88 is 12%", () => {
    expect(marginFunction(cell(100), cell(88), invocation("Sheet1!B2", "Sheet1!C2"))).toBeCloseTo(0.12, 12);
  });

  it("weights rows by revenue (sums, not a mean of margins)", () => {
    // (100 + 200 + 50 − 90 − 150 − 45) ÷ 350 = 65 ÷ 350; the mean of the row margins would be 0.15.
    expect(marginFunction(column(100, "¥200", "", 50), column(90, 150, "", "45元"))).toBeCloseTo(65 / 350, 12);
  });

  it.each(BLANKS)("skips a row without revenue (blank as $name), even when it has a cost", ({ value }) => {
    expect(marginFunction(column(100, value), column(90, 30))).toBeCloseTo(0.1, 12);
  });

  it("reports a loss as a negative margin, not an error", () => {
    expect(marginFunction(cell(100), cell(125))).toBeCloseTo(-0.25, 12);
  });

  describe("bad input", () => {
    it("refuses a revenue without a cost, naming the cost cell", () => {
      expectError(marginFunction(column(100, 80), column(90, ""), invocation("Sheet1!B2:B3", "Sheet1!C2:C3")), "#VALUE!", "Cell C3: a row with a revenue has no cost.");
      expectError(marginFunction(column(100, 80), column(90, null)), "#VALUE!", "Row 2 of the range: a row with a revenue has no cost.");
      inChinese(() => expectError(marginFunction(column(100, 80), column(90, null), invocation("Sheet1!B2:B3", "Sheet1!C2:C3")), "#VALUE!", "单元格 C3：有收入的行缺少成本。"));
    });

    it("names an unreadable cost", () => {
      expectError(marginFunction(column(100, 80), column(90, "cost?"), invocation("Sheet1!B2:B3", "Sheet1!C2:C3")), "#VALUE!", "Cell C3: cannot read \"cost?\" as a cost.");
      inChinese(() => expectError(marginFunction(column(100, 80), column(90, "cost?")), "#VALUE!", "区域第 2 行：无法把“cost?”读作成本。"));
    });

    it("is #DIV/0! when the revenue adds up to zero", () => {
      expectError(marginFunction(column(0, ""), column(5, 5)), "#DIV/0!", "The revenue is zero, so the ratio cannot be computed.");
      inChinese(() => expectError(marginFunction(column(0, ""), column(5, 5)), "#DIV/0!", "收入为零，无法计算比率。"));
    });

    it("refuses misaligned and two-column ranges, and error values", () => {
      expectError(marginFunction(column(1, 2, 3), column(1, 2)), "#VALUE!", /^The costs: 2 rows\. The amounts: 3 rows\./);
      expectError(marginFunction([[1, 1], [2, 2]], column(1, 2)), "#VALUE!", /single column or row; got 2 rows × 2 columns/);
      expectError(marginFunction(column(1, 2), column(1, "#N/A"), invocation("Sheet1!B2:B3", "Sheet1!C2:C3")), "#VALUE!", "Cell C3: the cell holds the error #N/A.");
    });
  });
});

describe("EC.MARGINBAND", () => {
  // ¥100 items with margins 5%, 8% (the low edge), 9%, 12% (the high edge), 20%, then a blank row.
  const prices = column(100, 100, "¥100", 100, 100, "");
  const costs = column(95, 92, 91, "88", 80, "");

  it("labels each row below / inside / above the default 8%–12% band, edges inside", () => {
    expect(marginBandFunction(prices, costs, undefined, undefined, invocation("Sheet1!B2:B7", "Sheet1!C2:C7")))
      .toEqual([["below"], ["inside"], ["inside"], ["inside"], ["above"], [""]]);
  });

  it.each(OMITTED)("uses the default band when low and high arrive as $name", ({ value }) => {
    expect(marginBandFunction(prices, costs, value, value)).toEqual([["below"], ["inside"], ["inside"], ["inside"], ["above"], [""]]);
  });

  it("uses a custom band", () => {
    // Margins 12%, 20%, 30% against 15%–25%.
    expect(marginBandFunction(column(100, 100, 100), column(88, 80, 70), 0.15, 0.25)).toEqual([["below"], ["inside"], ["above"]]);
  });

  it("reads the band edges like cells: \"15%\" is 0.15", () => {
    expect(marginBandFunction(column(100), column(80), "15%" as never, "25%" as never)).toEqual([["inside"]]);
  });

  it("writes the labels in Chinese", () => {
    inChinese(() => {
      expect(marginBandFunction(column(100, 100, 100), column(95, 91, 80))).toEqual([["低于区间"], ["区间内"], ["高于区间"]]);
    });
  });

  it.each(BLANKS)("keeps rows blank (arriving as $name) blank, and a lone blank cell spills one blank", ({ value }) => {
    expect(marginBandFunction(column(value, 100), column(value, 91))).toEqual([[""], ["inside"]]);
    expect(marginBandFunction(cell(value), cell(value))).toEqual([[""]]);
  });

  it("spills a row for a row range", () => {
    expect(marginBandFunction(row(100, 100, 100), row(95, 91, 80), undefined, undefined, invocation("Sheet1!B2:D2", "Sheet1!B3:D3")))
      .toEqual([["below", "inside", "above"]]);
  });

  describe("bad input", () => {
    it("puts #DIV/0! in the row of a zero price and labels the others", () => {
      const table = asTable(marginBandFunction(column(100, 0), column(91, 5)));
      expect(table[0]).toEqual(["inside"]);
      expectError(table[1][0], "#DIV/0!", "The revenue is zero, so the ratio cannot be computed.");
    });

    it("is #NUM! when the low edge is above the high edge", () => {
      expectError(marginBandFunction(column(100), column(90), 0.2, 0.1), "#NUM!", "The margin band's low edge (0.2) must not be above its high edge (0.1).");
      inChinese(() => expectError(marginBandFunction(column(100), column(90), 0.2, 0.1), "#NUM!", "毛利率区间的下限（0.2）不能高于上限（0.1）。"));
    });

    it("is #VALUE! for an unreadable band edge", () => {
      expectError(marginBandFunction(column(100), column(90), "low" as never), "#VALUE!", /cannot read "low" as a number/);
    });

    it("names an unreadable price or cost", () => {
      expectError(marginBandFunction(column(100, "—"), column(90, 90), undefined, undefined, invocation("Sheet1!B2:B3", "Sheet1!C2:C3")), "#VALUE!", "Cell B3: cannot read \"—\" as an amount.");
      expectError(marginBandFunction(column(100, 100), column(90, "#N/A")), "#VALUE!", "Row 2 of the range: the cell holds the error #N/A.");
      inChinese(() => expectError(marginBandFunction(column(100, 100), column(90, "x"), undefined, undefined, invocation("Sheet1!B2:B3", "Sheet1!C2:C3")), "#VALUE!", "单元格 C3：无法把“x”读作成本。"));
    });

    it("refuses misaligned and two-column ranges", () => {
      expectError(marginBandFunction(column(100, 100), column(90)), "#VALUE!", /^The costs: 1 rows\. The amounts: 2 rows\./);
      expectError(marginBandFunction([[100, 90], [100, 80]], column(90, 80)), "#VALUE!", /^The amounts must be a single column or row/);
    });
  });
});

describe("EC.PRICEFORMARGIN", () => {
  it("prices a cost of 88 at 100 for a 12% margin", () => {
    expect(priceForMarginFunction(cell(88), 0.12, invocation("Sheet1!B2", "Sheet1!C2"))).toEqual([[100]]);
  });

  it("reads the margin as a cell: \"12%\"", () => {
    expect(priceForMarginFunction(cell(88), "12%" as never)).toEqual([[100]]);
  });

  it("clears slow-movers at a 1.5% loss: a negative margin prices below cost", () => {
    const [[price]] = asTable(priceForMarginFunction(cell(100), -0.015));
    expect(price).toBeCloseTo(100 / 1.015, 10);
    expect(price as number).toBeLessThan(100);
  });

  it.each(BLANKS)("spills one price per cost, blank (as $name) for a blank cost", ({ value }) => {
    expect(priceForMarginFunction(column(88, value, "¥44", "1.1万"), 0.12)).toEqual([[100], [""], [50], [12500]]);
  });

  it("spills a row for a row of costs", () => {
    expect(priceForMarginFunction(row(88, 44), 0.12, invocation("Sheet1!B2:C2"))).toEqual([[100, 50]]);
  });

  describe("bad input", () => {
    it.each([1, 1.5, -1])("is #NUM! for the impossible margin %s, once, not per row", (margin) => {
      const result = priceForMarginFunction(column(88, 44), margin);
      expectError(result, "#NUM!", `The target margin must be between -1 and 1 (found ${margin}).`);
    });

    it("is #NUM! in Chinese", () => {
      inChinese(() => expectError(priceForMarginFunction(cell(88), 1), "#NUM!", "目标毛利率必须介于 -1 与 1 之间（收到 1）。"));
    });

    it.each(OMITTED)("is #VALUE! when the margin is left out ($name)", ({ value }) => {
      expectError(priceForMarginFunction(cell(88), value), "#VALUE!", "The target margin must be a single number.");
    });

    it("puts #NUM! in the row of a negative cost", () => {
      const table = asTable(priceForMarginFunction(column(88, -5), 0.12));
      expect(table[0]).toEqual([100]);
      expectError(table[1][0], "#NUM!", "The costs cannot be negative (found -5).");
    });

    it("names an unreadable cost, and an error value", () => {
      expectError(priceForMarginFunction(column(88, "abc"), 0.12, invocation("Sheet1!C2:C3")), "#VALUE!", "Cell C3: cannot read \"abc\" as a cost.");
      expectError(priceForMarginFunction(column(88, "#VALUE!"), 0.12), "#VALUE!", "Row 2 of the range: the cell holds the error #VALUE!.");
      inChinese(() => expectError(priceForMarginFunction(column(88, "abc"), 0.12), "#VALUE!", "区域第 2 行：无法把“abc”读作成本。"));
    });

    it("refuses a two-column range of costs", () => {
      expectError(priceForMarginFunction([[88, 1], [44, 2]], 0.12), "#VALUE!", "The costs must be a single column or row; got 2 rows × 2 columns.");
    });

    it("names the margin cell when it cannot be read", () => {
      expectError(priceForMarginFunction(cell(88), "twelve" as never, invocation("Sheet1!B2", "Sheet1!F1")), "#VALUE!", "Cell F1: cannot read \"twelve\" as a number.");
    });
  });
});
