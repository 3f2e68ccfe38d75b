import { describe, expect, it } from "vitest";
import { retentionFunction } from "../../src/functions/functions";
import { repurchaseFunction } from "./single-cell-results";
import { asTable, BLANKS, column, expectError, inChinese, invocation, OMITTED, OMITTED_AS_NULL, row } from "./excel-call";

describe("EC.REPURCHASE", () => {
  // buyer, amount, status
  const ORDERS = [
    ["a", 100, "交易成功"],
    ["a", 80, "交易成功"],
    ["b", 50, ""],
    ["c", 30, "交易关闭"],
    ["c", 40, "退款成功"],
    ["c", 60, "交易成功"],
    ["d", 70, ""],
    ["", "", ""],
    ["e", 20, ""],
    ["e", "", ""],
  ] as const;
  const buyers = column(...ORDERS.map((order) => order[0]));
  const amounts = column(...ORDERS.map((order) => order[1]));
  const statuses = column(...ORDERS.map((order) => order[2]));

  it("counts each row with a buyer as an order without amounts or statuses: a, c, e repeat of 5", () => {
    expect(repurchaseFunction(buyers, undefined, undefined, undefined, invocation("Sheet1!A2:A11"))).toBeCloseTo(3 / 5, 15);
  });

  it.each(OMITTED)("treats amounts and statuses arriving as $name as left out", ({ value }) => {
    expect(repurchaseFunction(buyers, value, value)).toBeCloseTo(3 / 5, 15);
  });

  it("does not count a row without an amount as an order (e ordered once)", () => {
    expect(repurchaseFunction(buyers, amounts, undefined, undefined, invocation("Sheet1!A2:A11", "Sheet1!B2:B11"))).toBeCloseTo(2 / 5, 15);
  });

  it("does not count closed or refunded orders (c ordered once that counts)", () => {
    expect(repurchaseFunction(buyers, amounts, statuses, undefined, invocation("Sheet1!A2:A11", "Sheet1!B2:B11", "Sheet1!C2:C11"))).toBeCloseTo(1 / 5, 15);
    expect(repurchaseFunction(buyers, OMITTED_AS_NULL, statuses)).toBeCloseTo(2 / 5, 15);
  });

  it("gives the review's 18% for 9 repeat buyers out of 50", () => {
    const ids = Array.from({ length: 50 }, (_, i) => `buyer-${i}`);
    const repeat = ids.slice(0, 9);
    expect(repurchaseFunction(column(...ids, ...repeat))).toBeCloseTo(0.18, 15);
  });

  it.each(BLANKS)("skips blank buyer cells (as $name) and reads ids in a row range", ({ value }) => {
    expect(repurchaseFunction(row("a", value, "a", 7, "7", value))).toBe(1);
    expect(repurchaseFunction(column("a", value, "b"))).toBe(0);
  });

  describe("bad input", () => {
    it("is #DIV/0! with no buyer", () => {
      expectError(repurchaseFunction(column("", null)), "#DIV/0!", "There are no buyers with a counted order.");
      expectError(repurchaseFunction(column("a", "b"), undefined, column("交易关闭", "cancelled")), "#DIV/0!");
      inChinese(() => expectError(repurchaseFunction(column("", null)), "#DIV/0!", "没有下过计入订单的买家。"));
    });

    it("refuses an order with an amount but no buyer, naming the buyer cell", () => {
      expectError(repurchaseFunction(column("a", ""), column(10, 20), undefined, undefined, invocation("Sheet1!A2:A3", "Sheet1!B2:B3")), "#VALUE!", "Cell A3: an order with an amount has no buyer id.");
      inChinese(() => expectError(repurchaseFunction(column("a", null), column(10, 20)), "#VALUE!", "区域第 2 行：有金额的订单缺少买家 ID。"));
    });

    it("refuses an error value among the buyers and unreadable amounts", () => {
      expectError(repurchaseFunction(column("a", "#N/A"), undefined, undefined, undefined, invocation("Sheet1!A2:A3")), "#VALUE!", "Cell A3: the cell holds the error #N/A.");
      expectError(repurchaseFunction(column("a", "b"), column(1, "one"), undefined, undefined, invocation("Sheet1!A2:A3", "Sheet1!B2:B3")), "#VALUE!", "Cell B3: cannot read \"one\" as an amount.");
    });

    it("refuses ranges that do not line up and two-column ranges", () => {
      expectError(repurchaseFunction(column("a", "b"), column(1, 2, 3)), "#VALUE!", /^The amounts: 3 rows\. The buyer ids: 2 rows\./);
      inChinese(() => expectError(repurchaseFunction(column("a", "b"), column(1, 2, 3)), "#VALUE!", "金额区域有 3 行，而买家 ID 区域有 2 行；各区域必须逐行对齐。"));
      expectError(repurchaseFunction([["a", 1], ["b", 2]]), "#VALUE!", "The buyer ids must be a single column or row; got 2 rows × 2 columns.");
    });
  });
});

describe("EC.RETENTION", () => {
  // buyer, date, status; 2025-08-01 is the serial 45870.
  const ORDERS = [
    ["A", "2025-06-03", "交易成功"],
    ["B", "2025/6/20 10:22:33", ""],
    ["A", "2025-07-10", ""],
    ["C", "2025-07-01", ""],
    ["D", "2025/7/5 10:22:33", ""],
    ["B", "2025-06-25", ""],
    ["F", "2025-06-15", "交易关闭"],
    ["", "", ""],
    ["C", "2025-08-15", ""],
    ["E", 45870, ""],
    ["F", "2025-08-02", ""],
    ["A", "2025-09-01", ""],
    ["D", "2025年9月1日", ""],
    ["E", "2025-09-30", ""],
  ] as const;
  const buyers = column(...ORDERS.map((order) => order[0]));
  const dates = column(...ORDERS.map((order) => order[1]));
  const statuses = column(...ORDERS.map((order) => order[2]));
  const HEADER = ["Cohort", "Buyers", "M0", "M1", "M2", "M3"];

  it("spills the cohort matrix: month 0 is 1, months not yet observed are blank", () => {
    // June: A, B (F's June order is closed). A again in July and September.
    // July: C, D; C again in August, D in September. August: E, F; E again in September.
    expect(retentionFunction(buyers, dates, statuses, undefined, undefined, invocation("Sheet1!A2:A15", "Sheet1!B2:B15", "Sheet1!C2:C15"))).toEqual([
      HEADER,
      ["2025-06", 2, 1, 0.5, 0, 0.5],
      ["2025-07", 2, 1, 0.5, 0.5, ""],
      ["2025-08", 2, 1, 0.5, "", ""],
    ]);
  });

  it.each(OMITTED)("counts every order when statuses and months arrive as $name", ({ value }) => {
    // F joins June (closed order now counts) and comes back in August; E alone in August.
    expect(retentionFunction(buyers, dates, value, value)).toEqual([
      HEADER,
      ["2025-06", 3, 1, 1 / 3, 1 / 3, 1 / 3],
      ["2025-07", 2, 1, 0.5, 0.5, ""],
      ["2025-08", 1, 1, 1, "", ""],
    ]);
  });

  it("stops at the months asked for", () => {
    expect(retentionFunction(buyers, dates, statuses, 1)).toEqual([
      ["Cohort", "Buyers", "M0", "M1"],
      ["2025-06", 2, 1, 0.5],
      ["2025-07", 2, 1, 0.5],
      ["2025-08", 2, 1, 0.5],
    ]);
    expect(retentionFunction(buyers, dates, statuses, 0)).toEqual([["Cohort", "Buyers", "M0"], ["2025-06", 2, 1], ["2025-07", 2, 1], ["2025-08", 2, 1]]);
  });

  it("writes the header in Chinese", () => {
    inChinese(() => {
      const table = asTable(retentionFunction(buyers, dates, statuses));
      expect(table[0]).toEqual(["首购月", "买家数", "第0月", "第1月", "第2月", "第3月"]);
    });
  });

  it.each(BLANKS)("skips rows whose buyer and date are blank (as $name)", ({ value }) => {
    expect(retentionFunction(column("A", value, "A"), column("2025-06-01", value, "2025-07-01"))).toEqual([
      ["Cohort", "Buyers", "M0", "M1"],
      ["2025-06", 1, 1, 1],
    ]);
  });

  describe("bad input", () => {
    it("names an unreadable date; US month/day order is refused, not guessed", () => {
      expectError(retentionFunction(column("A", "B"), column("2025-06-01", "6/1/2025"), undefined, undefined, undefined, invocation("Sheet1!A2:A3", "Sheet1!B2:B3")),
        "#VALUE!", "Cell B3: cannot read \"6/1/2025\" as a date.");
      inChinese(() => expectError(retentionFunction(column("A", "B"), column("2025-06-01", "昨天")), "#VALUE!", "区域第 2 行：无法把“昨天”读作日期。"));
    });

    it("refuses an order with a buyer but no date", () => {
      expectError(retentionFunction(column("A", "B"), column("2025-06-01", ""), undefined, undefined, undefined, invocation("Sheet1!A2:A3", "Sheet1!B2:B3")), "#VALUE!", "Cell B3: an order has no date.");
      inChinese(() => expectError(retentionFunction(column("A", "B"), column("2025-06-01", null)), "#VALUE!", "区域第 2 行：订单缺少日期。"));
    });

    it("accepts a closed order without a date", () => {
      expect(retentionFunction(column("A", "B"), column("2025-06-01", ""), column("", "交易关闭"))).toEqual([["Cohort", "Buyers", "M0"], ["2025-06", 1, 1]]);
    });

    it("is #NUM! for months outside 0–31", () => {
      expectError(retentionFunction(buyers, dates, undefined, 40), "#NUM!", "The number of months must be between 0 and 31 (found 40).");
      expectError(retentionFunction(buyers, dates, undefined, -1), "#NUM!");
      inChinese(() => expectError(retentionFunction(buyers, dates, undefined, 40), "#NUM!", "月数必须介于 0 与 31 之间（收到 40）。"));
    });

    it("is #VALUE! for unreadable months, naming the cell", () => {
      expectError(retentionFunction(buyers, dates, undefined, "twelve" as never, undefined, invocation("Sheet1!A2:A15", "Sheet1!B2:B15", "", "Sheet1!H1")), "#VALUE!", "Cell H1: cannot read \"twelve\" as a number.");
    });

    it("is #N/A when no counted order has a date (the engine's documented code)", () => {
      expectError(retentionFunction(column("", ""), column("", "")), "#N/A", "No order has a date, so cohorts cannot be formed.");
      expectError(retentionFunction(column("A"), column("2025-06-01"), column("交易关闭")), "#N/A");
    });

    it("refuses error values, misaligned and two-column ranges", () => {
      expectError(retentionFunction(column("A", "B"), column("2025-06-01", "#N/A")), "#VALUE!", "Row 2 of the range: the cell holds the error #N/A.");
      expectError(retentionFunction(column("A", "B"), column("2025-06-01")), "#VALUE!", /^The order dates: 1 rows\. The buyer ids: 2 rows\./);
      expectError(retentionFunction([["A", "2025-06-01"], ["B", "2025-06-02"]], column(1, 2)), "#VALUE!", "The buyer ids must be a single column or row; got 2 rows × 2 columns.");
    });
  });
});
