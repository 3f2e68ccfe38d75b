import { describe, expect, it } from "vitest";
import { priceBandsFunction } from "../../src/functions/functions";
import { asTable, BLANKS, cell, column, expectError, inChinese, invocation, OMITTED, row } from "./excel-call";

// Two closed orders at the end: 60 (交易关闭) and 700 (refunded) must not count.
const amounts = column(30, "¥49.99", 50, 99, 100, 150, 199.5, 200, 480, 500, "1,200", "", 60, 700);
const statuses = column("交易成功", "", "", "", "", "", "", "", "", "", "已签收", "", "交易关闭", "refunded");

const HEADER = ["Band", "Orders", "Order share", "GMV", "GMV share"];
// By hand: under 50: 30 + 49.99; 50–100: 50 + 99; 100–200: 100 + 150 + 199.5; 200–500: 200 + 480; 500+: 500 + 1,200.
const BANDS: [string, number, number][] = [
  ["under 50", 2, 79.99],
  ["50–100", 2, 149],
  ["100–200", 3, 449.5],
  ["200–500", 2, 680],
  ["500 and over", 2, 1700],
];
const ORDERS = 11;
const GMV = 79.99 + 149 + 449.5 + 680 + 1700;

function expectBands(table: unknown[][], bands: [string, number, number][], orders: number, gmv: number): void {
  expect(table).toHaveLength(bands.length + 1);
  bands.forEach(([name, bandOrders, bandGmv], k) => {
    const [label, count, orderShare, total, gmvShare] = table[k + 1];
    expect(label).toBe(name);
    expect(count).toBe(bandOrders);
    expect(orderShare).toBeCloseTo(bandOrders / orders, 12);
    expect(total).toBeCloseTo(bandGmv, 9);
    expect(gmvShare).toBeCloseTo(bandGmv / gmv, 12);
  });
  const orderShares = table.slice(1).reduce((sum, line) => sum + (line[2] as number), 0);
  const gmvShares = table.slice(1).reduce((sum, line) => sum + (line[4] as number), 0);
  expect(orderShares).toBeCloseTo(1, 12);
  expect(gmvShares).toBeCloseTo(1, 12);
}

describe("EC.PRICEBANDS", () => {
  it("spills a header and the five default bands (50 / 100 / 200 / 500), closed orders left out", () => {
    const table = asTable(priceBandsFunction(amounts, undefined, statuses, undefined, invocation("Sheet1!B2:B15", "", "Sheet1!C2:C15")));
    expect(table[0]).toEqual(HEADER);
    expectBands(table, BANDS, ORDERS, GMV);
  });

  it.each(OMITTED)("uses the default edges and no status column when both arrive as $name", ({ value }) => {
    const table = asTable(priceBandsFunction(amounts, value, value));
    // Now 60 falls in 50–100 and 700 in 500 and over.
    expectBands(table, [BANDS[0], ["50–100", 3, 209], BANDS[2], BANDS[3], ["500 and over", 3, 2400]], 13, GMV + 760);
  });

  it("takes custom edges from a column, a row, or with blank cells among them", () => {
    const expected: [string, number, number][] = [["under 100", 4, 228.99], ["100–300", 4, 649.5], ["300 and over", 3, 2180]];
    for (const edges of [column(100, 300), row(100, "¥300"), column("", 100, null, 300)]) {
      const table = asTable(priceBandsFunction(amounts, edges, statuses));
      expect(table[0]).toEqual(HEADER);
      expectBands(table, expected, ORDERS, GMV);
    }
  });

  it.each(BLANKS)("uses the default edges for an edges range left blank (cells as $name)", ({ value }) => {
    expectBands(asTable(priceBandsFunction(amounts, cell(value), statuses)), BANDS, ORDERS, GMV);
    expectBands(asTable(priceBandsFunction(amounts, column(value, value, value), statuses)), BANDS, ORDERS, GMV);
  });

  it("puts an amount on an edge in the band above it", () => {
    const table = asTable(priceBandsFunction(column(50, 100), column(100)));
    expect(table.slice(1).map((line) => [line[0], line[1]])).toEqual([["under 100", 1], ["100 and over", 1]]);
  });

  it("writes the header and band names in Chinese", () => {
    inChinese(() => {
      const table = asTable(priceBandsFunction(amounts, undefined, statuses));
      expect(table[0]).toEqual(["价格带", "订单数", "订单占比", "GMV", "GMV 占比"]);
      expect(table.slice(1).map((line) => line[0])).toEqual(["50 以下", "50–100", "100–200", "200–500", "500 及以上"]);
    });
  });

  describe("bad input", () => {
    it.each([
      { edges: column(100, 50), found: "100, 50" },
      { edges: column(50, 50), found: "50, 50" },
      { edges: column(0, 100), found: "0, 100" },
      { edges: column(-10), found: "-10" },
    ])("is #NUM! for edges $found (not positive and increasing)", ({ edges, found }) => {
      expectError(priceBandsFunction(amounts, edges), "#NUM!", `Price band edges must be positive and increasing (found ${found}).`);
    });

    it("is #NUM! in Chinese", () => {
      inChinese(() => expectError(priceBandsFunction(amounts, column(100, 50)), "#NUM!", "价格带分界必须为正数且递增（收到 100, 50）。"));
    });

    it("names an unreadable edge cell", () => {
      expectError(priceBandsFunction(amounts, column(50, "一百"), undefined, undefined, invocation("Sheet1!B2:B15", "Sheet2!A1:A2")), "#VALUE!", "Cell A2: cannot read \"一百\" as a number.");
    });

    it("puts #NUM! in the GMV cells that overflow, never NaN or Infinity", () => {
      const table = asTable(priceBandsFunction(column(10, 1e308, 1e308)));
      expect(table[1]).toEqual(["under 50", 1, 1 / 3, 10, 0]);
      const last = table[5];
      expect(last.slice(0, 3)).toEqual(["500 and over", 2, 2 / 3]);
      expectError(last[3], "#NUM!", "The result is beyond Excel's number range.");
      expectError(last[4], "#NUM!", "The result is beyond Excel's number range.");
    });

    it("is #DIV/0! when no order counts", () => {
      expectError(priceBandsFunction(column(10, 20, ""), undefined, column("交易关闭", "cancelled", "")), "#DIV/0!", /^There are no counted orders/);
      inChinese(() => expectError(priceBandsFunction(column("", null)), "#DIV/0!", /^没有计入的订单/));
    });

    it("names an unreadable amount and an error value", () => {
      expectError(priceBandsFunction(column(10, "abc"), undefined, undefined, undefined, invocation("Sheet1!B2:B3")), "#VALUE!", "Cell B3: cannot read \"abc\" as an amount.");
      expectError(priceBandsFunction(column(10, 20), undefined, column("", "#N/A")), "#VALUE!", "Row 2 of the range: the cell holds the error #N/A.");
      inChinese(() => expectError(priceBandsFunction(column(10, "abc")), "#VALUE!", "区域第 2 行：无法把“abc”读作金额。"));
    });

    it("refuses statuses that do not line up and a two-column range", () => {
      expectError(priceBandsFunction(column(10, 20), undefined, column("交易成功")), "#VALUE!", /^The statuses: 1 rows\. The amounts: 2 rows\./);
      expectError(priceBandsFunction([[10, "交易成功"], [20, "交易成功"]]), "#VALUE!", "The amounts must be a single column or row; got 2 rows × 2 columns.");
      expectError(priceBandsFunction(column(10), [[50, 100], [200, 500]]), "#VALUE!", "The band edges must be a single column or row; got 2 rows × 2 columns.");
    });
  });
});
