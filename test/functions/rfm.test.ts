import { describe, expect, it } from "vitest";
import { rfmFunction } from "../../src/functions/functions";
import { asTable, BLANKS, cell, column, expectError, inChinese, invocation, OMITTED } from "./excel-call";

// buyer, date, amount, status. 2025-10-01 is the serial 45931, 2025-08-01 is 45870.
const ORDERS = [
  ["u1", "2025-09-30", 100, ""],
  ["u2", "2025-09-25", "¥80", ""],
  ["u1", "2025/9/20 21:05:00", 200, ""],
  ["u3", "2025年9月10日", 500, ""],
  ["u4", 45870, 60, "交易成功"],
  ["u4", "2025-09-29", 999, "交易关闭"],
  ["u1", "2025-08-01", 300, ""],
  ["u2", "2025-09-01", 120, ""],
  ["", "", "", ""],
  ["u1", "2025-07-01", 50, ""],
  ["u3", "2025-06-15", 400, ""],
  ["u2", "2025-06-10", 100, ""],
  ["u5", "2025-06-05", 30, ""],
] as const;
const buyers = column(...ORDERS.map((order) => order[0]));
const dates = column(...ORDERS.map((order) => order[1]));
const amounts = column(...ORDERS.map((order) => order[2]));
const statuses = column(...ORDERS.map((order) => order[3]));
const ADDRESSES = invocation("Sheet1!A2:A14", "Sheet1!B2:B14", "Sheet1!C2:C14", "Sheet1!H1", "Sheet1!H2", "Sheet1!D2:D14");

const HEADER = ["Buyer", "Recency (days)", "Frequency", "Monetary", "R", "F", "M", "Segment"];
// By hand, as of 2025-10-01, 5 buyers: score = 1 + ⌊5 × (buyers strictly worse) ÷ 5⌋.
// Recency 1, 6, 21, 61, 118 → R 5, 4, 3, 2, 1. Frequency 4, 3, 2, 1, 1 → F 5, 4, 3, 1, 1.
// Monetary 650, 300, 900, 60, 30 → M 4, 3, 5, 2, 1. u4's closed order does not count.
const PER_BUYER = [
  ["u1", 1, 4, 650, 5, 5, 4, "Champions"],
  ["u2", 6, 3, 300, 4, 4, 3, "Champions"],
  ["u3", 21, 2, 900, 3, 3, 5, "Loyal"],
  ["u4", 61, 1, 60, 2, 1, 2, "About to sleep"],
  ["u5", 118, 1, 30, 1, 1, 1, "Lost"],
];

describe("EC.RFM", () => {
  it("scores each buyer by recency, frequency and monetary quintile and names the segment", () => {
    expect(rfmFunction(buyers, dates, amounts, "2025-10-01", false, statuses, undefined, ADDRESSES)).toEqual([HEADER, ...PER_BUYER]);
    expect(rfmFunction(buyers, dates, amounts, 45931, false, statuses, undefined, ADDRESSES)).toEqual([HEADER, ...PER_BUYER]);
  });

  it.each(OMITTED)("measures recency from the latest order when the date arrives as $name, one row per buyer when summary does", ({ value }) => {
    // Latest counted order: 2025-09-30, one day earlier than above; the ranks and scores do not move.
    const expected = PER_BUYER.map((line) => [line[0], (line[1] as number) - 1, ...line.slice(2)]);
    expect(rfmFunction(buyers, dates, amounts, value, value, statuses)).toEqual([HEADER, ...expected]);
  });

  it("summarises buyers and GMV per segment, every segment listed, shares summing to 1", () => {
    const gmv = 650 + 300 + 900 + 60 + 30;
    expect(rfmFunction(buyers, dates, amounts, "2025-10-01", true, statuses, undefined, ADDRESSES)).toEqual([
      ["Segment", "Buyers", "Buyer share", "GMV", "GMV share"],
      ["Champions", 2, 0.4, 950, 950 / gmv],
      ["Loyal", 1, 0.2, 900, 900 / gmv],
      ["Potential loyalists", 0, 0, 0, 0],
      ["New customers", 0, 0, 0, 0],
      ["Promising", 0, 0, 0, 0],
      ["Need attention", 0, 0, 0, 0],
      ["About to sleep", 1, 0.2, 60, 60 / gmv],
      ["At risk", 0, 0, 0, 0],
      ["Can't lose them", 0, 0, 0, 0],
      ["Hibernating", 0, 0, 0, 0],
      ["Lost", 1, 0.2, 30, 30 / gmv],
    ]);
  });

  it("puts #NUM! where a buyer's spending overflows in the summary, never NaN", () => {
    const table = asTable(rfmFunction(column("a", "a"), column("2025-06-01", "2025-06-02"), column(1e308, 1e308), undefined, true));
    const champions = table[1];
    expect(champions.slice(0, 3)).toEqual(["Champions", 1, 1]);
    expectError(champions[3], "#NUM!", "The result is beyond Excel's number range.");
    expectError(champions[4], "#NUM!");
  });

  it("counts the closed order without a status column", () => {
    const table = asTable(rfmFunction(buyers, dates, amounts, "2025-10-01"));
    const u4 = table.find((line) => line[0] === "u4");
    expect(u4?.slice(0, 4)).toEqual(["u4", 2, 2, 1059]);
  });

  it("scores a sole buyer 5-5-5, a champion", () => {
    expect(rfmFunction(column("solo", "solo"), column("2025-06-01", "2025-06-20"), column(10, 20))).toEqual([HEADER, ["solo", 0, 2, 30, 5, 5, 5, "Champions"]]);
  });

  it("writes headers and segment names in Chinese", () => {
    inChinese(() => {
      const table = asTable(rfmFunction(buyers, dates, amounts, "2025-10-01", false, statuses));
      expect(table[0]).toEqual(["买家", "最近购买（天）", "购买频次", "消费金额", "R", "F", "M", "客户分层"]);
      expect(table.slice(1).map((line) => line[7])).toEqual(["重要价值客户", "重要价值客户", "忠诚客户", "即将沉睡", "流失客户"]);
      const summary = asTable(rfmFunction(buyers, dates, amounts, "2025-10-01", true, statuses));
      expect(summary[0]).toEqual(["客户分层", "买家数", "买家占比", "GMV", "GMV 占比"]);
      expect(summary.map((line) => line[0])).toContain("重要挽留客户");
    });
  });

  it.each(BLANKS)("skips fully blank rows (cells as $name)", ({ value }) => {
    // Only buyer, recency, frequency and monetary: the scores of fewer than 5 buyers are reported as an engine bug.
    const table = asTable(rfmFunction(column("a", value, "b"), column("2025-06-01", value, "2025-06-11"), column(10, value, 20)));
    expect(table.map((line) => line.slice(0, 4))).toEqual([HEADER.slice(0, 4), ["a", 10, 1, 10], ["b", 0, 1, 20]]);
  });

  describe("bad input", () => {
    it("names an unreadable reference date by its cell, or by the argument", () => {
      expectError(rfmFunction(buyers, dates, amounts, "someday", false, statuses, undefined, ADDRESSES), "#VALUE!", "Cell H1: cannot read \"someday\" as a date.");
      expectError(rfmFunction(buyers, dates, amounts, "someday"), "#VALUE!", "The reference date: cannot read \"someday\" as a date.");
      expectError(rfmFunction(buyers, dates, amounts, "#N/A"), "#VALUE!", "The reference date: the cell holds the error #N/A.");
      inChinese(() => expectError(rfmFunction(buyers, dates, amounts, "someday", false, statuses, undefined, ADDRESSES), "#VALUE!", "单元格 H1：无法把“someday”读作日期。"));
    });

    it("refuses an order without a buyer or without a date", () => {
      expectError(rfmFunction(column("a", ""), column("2025-06-01", "2025-06-02"), column(1, 2), undefined, undefined, undefined, undefined, ADDRESSES), "#VALUE!", "Cell A3: an order with an amount has no buyer id.");
      expectError(rfmFunction(column("a", "b"), column("2025-06-01", ""), column(1, 2), undefined, undefined, undefined, undefined, ADDRESSES), "#VALUE!", "Cell B3: an order has no date.");
      inChinese(() => expectError(rfmFunction(column("a", "b"), column("2025-06-01", null), column(1, 2)), "#VALUE!", "区域第 2 行：订单缺少日期。"));
    });

    it("names unreadable amounts and dates", () => {
      expectError(rfmFunction(column("a", "b"), column("2025-06-01", "2025-06-02"), column(1, "lots"), undefined, undefined, undefined, undefined, ADDRESSES), "#VALUE!", "Cell C3: cannot read \"lots\" as an amount.");
      expectError(rfmFunction(column("a", "b"), column("2025-06-01", "soon"), column(1, 2)), "#VALUE!", "Row 2 of the range: cannot read \"soon\" as a date.");
    });

    it("is #DIV/0! when no buyer has a counted order", () => {
      expectError(rfmFunction(column("a"), column("2025-06-01"), column(10), undefined, undefined, column("交易关闭")), "#DIV/0!", "There are no buyers with a counted order.");
      expectError(rfmFunction(cell(""), cell(""), cell("")), "#DIV/0!");
      inChinese(() => expectError(rfmFunction(cell(null), cell(null), cell(null)), "#DIV/0!", "没有下过计入订单的买家。"));
    });

    it.each(OMITTED)("refuses amounts arriving as $name beside a longer buyer range", ({ value }) => {
      expectError(rfmFunction(column("a", "b"), column("2025-06-01", "2025-06-02"), value), "#VALUE!", /^The amounts: 1 rows\. The buyer ids: 2 rows\./);
    });

    it("refuses misaligned, two-column ranges and error values", () => {
      expectError(rfmFunction(column("a", "b"), column("2025-06-01"), column(1, 2)), "#VALUE!", /^The order dates: 1 rows/);
      expectError(rfmFunction([["a", 1], ["b", 2]], column("2025-06-01", "2025-06-02"), column(1, 2)), "#VALUE!", "The buyer ids must be a single column or row; got 2 rows × 2 columns.");
      expectError(rfmFunction(column("a", "#N/A"), column("2025-06-01", "2025-06-02"), column(1, 2)), "#VALUE!", "Row 2 of the range: the cell holds the error #N/A.");
    });
  });
});
