import { describe, expect, it } from "vitest";
import { attainmentFunction, growthFunction } from "../../src/functions/functions";
import { asTable, BLANKS, cell, column, expectError, inChinese, invocation, row } from "./excel-call";

describe("EC.GROWTH", () => {
  it("is current ÷ previous − 1: ROI 0.9 after 1.2 is −25%", () => {
    const [[value]] = asTable(growthFunction(cell(0.9), cell(1.2), invocation("Sheet1!C2", "Sheet1!B2")));
    expect(value).toBeCloseTo(-0.25, 12);
  });

  it("gives the review's +12.5% GMV growth, reading 万 text", () => {
    const [[value]] = asTable(growthFunction(cell("2250万"), cell("2000万")));
    expect(value).toBeCloseTo(0.125, 12);
  });

  it.each(BLANKS)("spills one growth per row, blank (as $name) where a value is missing", ({ value }) => {
    const table = asTable(growthFunction(column(120, 100, value, 80), column(100, 100, 50, 100)));
    expect(table).toHaveLength(4);
    expect(table[0][0]).toBeCloseTo(0.2, 12);
    expect(table[1]).toEqual([0]);
    expect(table[2]).toEqual([""]);
    expect(table[3][0]).toBeCloseTo(-0.2, 12);
  });

  it("spills along the row for month columns: =EC.GROWTH(C2:E2, B2:D2)", () => {
    const table = asTable(growthFunction(row(110, 121, 133.1), row(100, 110, 121), invocation("Sheet1!C2:E2", "Sheet1!B2:D2")));
    expect(table).toHaveLength(1);
    expect(table[0]).toHaveLength(3);
    for (const value of table[0]) expect(value).toBeCloseTo(0.1, 12);
  });

  describe("bad input", () => {
    it("is #DIV/0! for a previous value of 0, as the whole result for one pair and in its row for a range", () => {
      expectError(growthFunction(cell(5), cell(0)), "#DIV/0!", "The previous value is zero, so the ratio cannot be computed.");
      inChinese(() => expectError(growthFunction(cell(5), cell(0)), "#DIV/0!", "上期值为零，无法计算比率。"));
      const table = asTable(growthFunction(column(5, 6), column(0, 3)));
      expectError(table[0][0], "#DIV/0!", "The previous value is zero, so the ratio cannot be computed.");
      expect(table[1]).toEqual([1]);
    });

    it("is #NUM! for a negative previous value (a loss)", () => {
      expectError(growthFunction(cell(5), cell(-10)), "#NUM!", "The previous value cannot be negative (found -10).");
      expectError(asTable(growthFunction(column(5, 5), column(5, -10)))[1][0], "#NUM!");
    });

    it.each(BLANKS)("is #VALUE! for a blank single cell (as $name)", ({ value }) => {
      expectError(growthFunction(cell(value), cell(10)), "#VALUE!", "The current value must be a single number.");
      expectError(growthFunction(cell(10), cell(value)), "#VALUE!", "The previous value must be a single number.");
      inChinese(() => expectError(growthFunction(cell(value), cell(10)), "#VALUE!", "本期值必须是单个数字。"));
    });

    it("names unreadable cells and error values", () => {
      expectError(growthFunction(column(1, "up"), column(1, 1), invocation("Sheet1!C2:C3", "Sheet1!B2:B3")), "#VALUE!", "Cell C3: cannot read \"up\" as a number.");
      expectError(growthFunction(column(1, 1), column(1, "#N/A")), "#VALUE!", "Row 2 of the range: the cell holds the error #N/A.");
      inChinese(() => expectError(growthFunction(column(1, "up"), column(1, 1), invocation("Sheet1!C2:C3", "Sheet1!B2:B3")), "#VALUE!", "单元格 C3：无法把“up”读作数字。"));
    });

    it("refuses ranges of different lengths and two-column ranges", () => {
      expectError(growthFunction(column(1, 2, 3), column(1, 2)), "#VALUE!", "The previous value: 2 rows. The current value: 3 rows. The ranges must line up row by row.");
      expectError(growthFunction(cell(1), column(1, 2)), "#VALUE!");
      expectError(growthFunction([[1, 2], [3, 4]], [[1, 2], [3, 4]]), "#VALUE!", "The current value must be a single column or row; got 2 rows × 2 columns.");
    });
  });
});

describe("EC.ATTAINMENT", () => {
  it("is actual ÷ target: GMV 19.8M of a 25.0M target is 79.2%", () => {
    const [[value]] = asTable(attainmentFunction(cell(19.8e6), cell(25e6), invocation("Sheet1!C2", "Sheet1!B2")));
    expect(value).toBeCloseTo(0.792, 12);
    const [[fromText]] = asTable(attainmentFunction(cell("1980万"), cell("2500万")));
    expect(fromText).toBeCloseTo(0.792, 12);
  });

  it("measures a growth target by its growths: +12.5% of +25% is 50%", () => {
    const [[value]] = asTable(attainmentFunction(cell("12.5%"), cell("25%")));
    expect(value).toBeCloseTo(0.5, 12);
  });

  it.each(BLANKS)("spills one attainment per row, blank (as $name) where a value is missing", ({ value }) => {
    const table = asTable(attainmentFunction(column(19.8e6, 2.1e6, value), column(25e6, 2e6, 1)));
    expect(table[0][0]).toBeCloseTo(0.792, 12);
    expect(table[1][0]).toBeCloseTo(1.05, 12);
    expect(table[2]).toEqual([""]);
  });

  it("spills along a row", () => {
    expect(attainmentFunction(row(50, 90, 120), row(100, 100, 100))).toEqual([[0.5, 0.9, 1.2]]);
  });

  describe("bad input", () => {
    it("is #DIV/0! for a zero target", () => {
      expectError(attainmentFunction(cell(5), cell(0)), "#DIV/0!", "The target is zero, so the ratio cannot be computed.");
      inChinese(() => expectError(attainmentFunction(cell(5), cell(0)), "#DIV/0!", "目标值为零，无法计算比率。"));
    });

    it("is #NUM! for a negative target", () => {
      expectError(attainmentFunction(cell(5), cell(-1)), "#NUM!", "The target cannot be negative (found -1).");
      inChinese(() => expectError(attainmentFunction(cell(5), cell(-1)), "#NUM!", "目标值不能为负数（收到 -1）。"));
    });

    it("is #VALUE! for a blank target and for unreadable cells", () => {
      expectError(attainmentFunction(cell(5), cell("")), "#VALUE!", "The target must be a single number.");
      expectError(attainmentFunction(column(5, "lots"), column(1, 2), invocation("Sheet1!C2:C3", "Sheet1!B2:B3")), "#VALUE!", "Cell C3: cannot read \"lots\" as a number.");
      expectError(attainmentFunction(column(5, 6), column(1, "#REF!")), "#VALUE!", "Row 2 of the range: the cell holds the error #REF!.");
    });

    it("refuses misaligned and two-column ranges", () => {
      expectError(attainmentFunction(column(1, 2), column(1, 2, 3)), "#VALUE!", /^The target: 3 rows\. The actual value: 2 rows\./);
      expectError(attainmentFunction(column(1, 2), [[1, 1], [2, 2]]), "#VALUE!", "The target must be a single column or row; got 2 rows × 2 columns.");
    });
  });
});
