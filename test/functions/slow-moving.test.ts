import { describe, expect, it } from "vitest";
import { slowMovingFunction } from "../../src/functions/functions";
import { asTable, BLANKS, column, expectError, inChinese, invocation, OMITTED } from "./excel-call";

describe("EC.SLOWMOVING", () => {
  // Over 30 days: 600 in stock selling 100 → 180 days; 100 selling 100 → 30; none in stock → 0;
  // 50 with no sale → no end; a blank item; 1.2万 selling 3,000 → 120 days.
  const stock = column(600, 100, 0, 50, "", "1.2万");
  const sold = column(100, 100, 10, 0, 5, "3,000");

  it("spills days of cover and the slow-moving flag per item, against the default 90 days", () => {
    expect(slowMovingFunction(stock, sold, 30, undefined, invocation("Sheet1!B2:B7", "Sheet1!C2:C7", "Sheet1!E1"))).toEqual([
      [180, true],
      [30, false],
      [0, false],
      ["no sales", true],
      ["", ""],
      [120, true],
    ]);
  });

  it.each(OMITTED)("uses 90 days when the threshold arrives as $name", ({ value }) => {
    expect(asTable(slowMovingFunction(stock, sold, 30, value)).map((line) => line[1])).toEqual([true, false, false, true, "", true]);
  });

  it("uses a custom threshold, also read from text", () => {
    expect(asTable(slowMovingFunction(stock, sold, 30, 150)).map((line) => line[1])).toEqual([true, false, false, true, "", false]);
    expect(asTable(slowMovingFunction(stock, sold, "30" as never, "150" as never)).map((line) => line[1])).toEqual([true, false, false, true, "", false]);
  });

  it.each(BLANKS)("takes a blank units-sold cell (as $name) as no sale", ({ value }) => {
    expect(slowMovingFunction(column(10), column(value), 30)).toEqual([["no sales", true]]);
  });

  it("writes \"no sales\" in Chinese", () => {
    inChinese(() => expect(slowMovingFunction(column(50), column(0), 30)).toEqual([["无销量", true]]));
  });

  describe("bad input", () => {
    it.each([0, -7])("is #NUM! for a period of %s days, even when every stock cell is blank", (days) => {
      expectError(slowMovingFunction(stock, sold, days), "#NUM!", `The number of days must be between 1 and 36500 (found ${days}).`);
      expectError(slowMovingFunction(column(""), column(""), days), "#NUM!");
    });

    it("is #NUM! in Chinese", () => {
      inChinese(() => expectError(slowMovingFunction(stock, sold, 0), "#NUM!", "天数必须介于 1 与 36500 之间（收到 0）。"));
    });

    it.each(OMITTED)("is #VALUE! when the period arrives as $name", ({ value }) => {
      expectError(slowMovingFunction(stock, sold, value), "#VALUE!", "The number of days must be a single number.");
      inChinese(() => expectError(slowMovingFunction(stock, sold, value), "#VALUE!", "天数必须是单个数字。"));
    });

    it("is #NUM! for a negative threshold, stock or units sold", () => {
      expectError(slowMovingFunction(stock, sold, 30, -1), "#NUM!", /found -1\)/);
      expectError(slowMovingFunction(column(10, -5), column(1, 1), 30), "#NUM!", /cannot be negative \(found -5\)/);
      expectError(slowMovingFunction(column(10, 5), column(1, -2), 30), "#NUM!", /cannot be negative \(found -2\)/);
    });

    it("names unreadable stock, units sold and period cells", () => {
      expectError(slowMovingFunction(column(10, "many"), column(1, 1), 30, undefined, invocation("Sheet1!B2:B3", "Sheet1!C2:C3")), "#VALUE!", "Cell B3: cannot read \"many\" as a stock quantity.");
      expectError(slowMovingFunction(column(10, 5), column(1, "some"), 30), "#VALUE!", "Row 2 of the range: cannot read \"some\" as a quantity sold.");
      expectError(slowMovingFunction(column(10), column(1), "a month" as never, undefined, invocation("Sheet1!B2", "Sheet1!C2", "Sheet1!E1")), "#VALUE!", "Cell E1: cannot read \"a month\" as a number.");
      inChinese(() => expectError(slowMovingFunction(column(10, "many"), column(1, 1), 30, undefined, invocation("Sheet1!B2:B3", "Sheet1!C2:C3")), "#VALUE!", "单元格 B3：无法把“many”读作库存数量。"));
    });

    it("refuses error values, misaligned and two-column ranges", () => {
      expectError(slowMovingFunction(column(10, "#N/A"), column(1, 1), 30), "#VALUE!", "Row 2 of the range: the cell holds the error #N/A.");
      expectError(slowMovingFunction(column(10, 5), column(1), 30), "#VALUE!", "The quantities sold: 1 rows. The stock quantities: 2 rows. The ranges must line up row by row.");
      expectError(slowMovingFunction([[10, 1], [5, 1]], column(1, 1), 30), "#VALUE!", "The stock quantities must be a single column or row; got 2 rows × 2 columns.");
      inChinese(() => expectError(slowMovingFunction(column(10, 5), column(1), 30), "#VALUE!", "销量区域有 1 行，而库存数量区域有 2 行；各区域必须逐行对齐。"));
    });
  });
});
