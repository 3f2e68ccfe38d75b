import { describe, expect, it } from "vitest";
import { aovFunction, gmvFunction } from "./single-cell-results";
import { BLANKS, column, expectError, inChinese, inLanguage, invocation, NO_ADDRESSES, OMITTED, OMITTED_AS_NULL, row } from "./excel-call";

/**
 * An order export as operators paste it: currency text, 万, blanks, and the statuses of Taobao,
 * Douyin and Shopify side by side.
 */
const ORDERS = [
  // amount, status, buyer
  [100, "交易成功", "buyer-a"],
  ["¥1,234.50", "交易关闭", "buyer-d"],
  [300, "退款成功", "buyer-e"],
  ["1.2万", "已发货", "buyer-b"],
  [58, "cancelled", "buyer-f"],
  [42, "refunded", "buyer-g"],
  ["￥88", "partially_refunded", "buyer-a"],
  ["", "交易成功", ""],
  [20, "", 10086],
  [7, "voided", "buyer-h"],
] as const;
const amounts = column(...ORDERS.map((order) => order[0]));
const statuses = column(...ORDERS.map((order) => order[1]));
const buyers = column(...ORDERS.map((order) => order[2]));

// Counted: 100 + 12,000 + 88 + 20 (rows 1, 4, 7, 9), by buyers a, b, a and 10086.
const COUNTED_GMV = 100 + 12000 + 88 + 20;
const ALL_GMV = 100 + 1234.5 + 300 + 12000 + 58 + 42 + 88 + 20 + 7;

describe("EC.GMV", () => {
  it("sums counted orders, leaving out 交易关闭, 退款成功, cancelled, refunded and voided", () => {
    expect(gmvFunction(amounts, statuses, undefined, invocation("Sheet1!B2:B11", "Sheet1!C2:C11"))).toBe(COUNTED_GMV);
  });

  it("sums every amount without a status column, reading currency text and 万", () => {
    expect(gmvFunction(amounts, undefined, undefined, invocation("Sheet1!B2:B11"))).toBeCloseTo(ALL_GMV, 9);
  });

  it.each(OMITTED)("treats an omitted status argument ($name) as no status column", ({ value }) => {
    expect(gmvFunction(amounts, value, undefined, NO_ADDRESSES)).toBeCloseTo(ALL_GMV, 9);
  });

  it.each(BLANKS)("skips an empty amount cell arriving as $name", ({ value }) => {
    expect(gmvFunction(column(100, value, 50, value), column("交易成功", "交易关闭", value, value))).toBe(150);
  });

  it("reads a row range like a column", () => {
    expect(gmvFunction(row(100, "¥20", ""), row("", "退款成功", ""))).toBe(100);
  });

  it("is 0 when there is no sale (not an error)", () => {
    expect(gmvFunction(column("", null, ""))).toBe(0);
  });

  it("accepts a numeric status code without leaving the order out", () => {
    expect(gmvFunction(column(10, 20), column(1, true))).toBe(30);
  });

  describe("bad input", () => {
    it("names the cell that cannot be read, from the parameter address", () => {
      expectError(gmvFunction(column(100, "abc"), undefined, undefined, invocation("Sheet1!B2:B3")), "#VALUE!", "Cell B3: cannot read \"abc\" as an amount.");
      expectError(gmvFunction(column(100, "abc"), undefined, undefined, invocation("'Orders 6月'!$B$10:$B$11")), "#VALUE!", "Cell B11: cannot read \"abc\" as an amount.");
    });

    it("names the row of the range when Excel gave no address", () => {
      expectError(gmvFunction(column(100, "abc")), "#VALUE!", "Row 2 of the range: cannot read \"abc\" as an amount.");
      expectError(gmvFunction(column(100, "abc"), undefined, undefined, NO_ADDRESSES), "#VALUE!", "Row 2 of the range: cannot read \"abc\" as an amount.");
    });

    it("names the cell of a row range by its column", () => {
      expectError(gmvFunction(row(1, 2, "n/a"), undefined, undefined, invocation("Sheet1!C4:E4")), "#VALUE!", "Cell E4: cannot read \"n/a\" as an amount.");
    });

    it("refuses a TRUE among the amounts rather than counting it as 1", () => {
      expectError(gmvFunction(column(5, true), undefined, undefined, invocation("Sheet1!B2:B3")), "#VALUE!", /^Cell B3: cannot read "true" as an amount\.$/);
    });

    it("reports an Excel error value inside the amounts", () => {
      expectError(gmvFunction(column(100, "#N/A", 3), undefined, undefined, invocation("Sheet1!B2:B4")), "#VALUE!", "Cell B3: the cell holds the error #N/A.");
      expectError(gmvFunction(column(100, new CustomFunctions.Error("#DIV/0!" as CustomFunctions.ErrorCode.divisionByZero))), "#VALUE!", "Row 2 of the range: the cell holds the error #DIV/0!.");
    });

    it("reports an Excel error value inside the statuses, naming the status cell", () => {
      expectError(gmvFunction(column(1, 2), column("交易成功", "#REF!"), undefined, invocation("Sheet1!B2:B3", "Sheet1!F2:F3")), "#VALUE!", "Cell F3: the cell holds the error #REF!.");
    });

    it("is #NUM! when the amounts add up beyond Excel's number range, never Infinity", () => {
      expectError(gmvFunction(column(1e308, "1e308")), "#NUM!", "The result is beyond Excel's number range.");
      inChinese(() => expectError(gmvFunction(column(-1e308, -1e308)), "#NUM!", "结果超出了 Excel 的数字范围。"));
    });

    it("refuses ranges of different lengths", () => {
      expectError(gmvFunction(column(1, 2, 3), column("", ""), undefined, invocation("Sheet1!B2:B4", "Sheet1!C2:C3")), "#VALUE!", /The statuses: 2 rows\. The amounts: 3 rows\./);
    });

    it("refuses a two-column range where one column is expected", () => {
      expectError(gmvFunction([[1, 2], [3, 4]], undefined, undefined, invocation("Sheet1!B2:C3")), "#VALUE!", "The amounts must be a single column or row; got 2 rows × 2 columns.");
    });

    it("speaks Chinese when Office does", () => {
      inChinese(() => {
        expectError(gmvFunction(column(100, "abc"), undefined, undefined, invocation("Sheet1!B2:B3")), "#VALUE!", "单元格 B3：无法把“abc”读作金额。");
        expectError(gmvFunction(column(100, "abc")), "#VALUE!", "区域第 2 行：无法把“abc”读作金额。");
        expectError(gmvFunction([[1, 2], [3, 4]]), "#VALUE!", "金额区域必须是单列或单行；收到 2 行 × 2 列。");
        expectError(gmvFunction(column(1, 2, 3), column("", "")), "#VALUE!", "订单状态区域有 2 行，而金额区域有 3 行；各区域必须逐行对齐。");
      });
    });

    it("follows Office's zh-cn and zh-TW spellings to the Chinese table", () => {
      const call = () => gmvFunction(column(1, "#N/A"), undefined, undefined, invocation("Sheet1!B2:B3"));
      for (const language of ["zh-cn", "zh-TW"]) inLanguage(language, () => expectError(call(), "#VALUE!", "单元格 B3：单元格是错误值 #N/A。"));
      inLanguage("en-GB", () => expectError(call(), "#VALUE!", "Cell B3: the cell holds the error #N/A."));
    });
  });
});

describe("EC.AOV", () => {
  it("divides GMV by counted orders", () => {
    expect(aovFunction(amounts, undefined, statuses, undefined, invocation("Sheet1!B2:B11", "", "Sheet1!C2:C11"))).toBe(COUNTED_GMV / 4);
  });

  it("divides GMV by distinct paying buyers (生意参谋's 客单价) when buyer ids are given", () => {
    // buyer-a ordered twice; buyers of closed orders do not count.
    expect(aovFunction(amounts, buyers, statuses, undefined, invocation("Sheet1!B2:B11", "Sheet1!D2:D11", "Sheet1!C2:C11"))).toBeCloseTo(COUNTED_GMV / 3, 9);
  });

  it("treats the buyer id 10086 and the text \"10086\" as the same buyer", () => {
    expect(aovFunction(column(100, 300), column(10086, " 10086 "))).toBe(400);
  });

  it.each(OMITTED)("accepts omitted buyers and statuses arriving as $name", ({ value }) => {
    expect(aovFunction(column(100, "¥1,000", ""), value, value)).toBe(550);
    expect(aovFunction(column(100, "¥1,000", ""), value, value, undefined, invocation("Sheet1!B2:B4"))).toBe(550);
  });

  it.each(BLANKS)("skips empty cells arriving as $name in amounts and buyers", ({ value }) => {
    expect(aovFunction(column(100, value, 200), column("a", value, "b"), column(value, value, value))).toBe(150);
  });

  it("is the single order's amount for a single order", () => {
    expect(aovFunction([["¥199"]])).toBe(199);
  });

  describe("bad input", () => {
    it("is #DIV/0! when no order counts", () => {
      expectError(aovFunction(column(10, 20), OMITTED_AS_NULL, column("交易关闭", "退款成功")), "#DIV/0!",
        "There are no counted orders: every amount is blank or its status is closed or refunded.");
      expectError(aovFunction(column("", null)), "#DIV/0!");
      inChinese(() => expectError(aovFunction(column("", null)), "#DIV/0!", "没有计入的订单：金额均为空，或订单状态为已关闭/已退款。"));
    });

    it("refuses a counted order without a buyer id, naming the buyer cell", () => {
      expectError(aovFunction(column(10, 20), column("a", ""), undefined, undefined, invocation("Sheet1!B2:B3", "Sheet1!D2:D3")), "#VALUE!", "Cell D3: an order with an amount has no buyer id.");
      expectError(aovFunction(column(10, 20), column("a", null)), "#VALUE!", "Row 2 of the range: an order with an amount has no buyer id.");
      inChinese(() => expectError(aovFunction(column(10, 20), column("a", "")), "#VALUE!", "区域第 2 行：有金额的订单缺少买家 ID。"));
    });

    it("accepts a closed order without a buyer id", () => {
      expect(aovFunction(column(10, 20), column("a", ""), column("", "交易关闭"))).toBe(10);
    });

    it("refuses an error value among the buyer ids", () => {
      expectError(aovFunction(column(10, 20), column("a", "#N/A"), undefined, undefined, invocation("Sheet1!B2:B3", "Sheet1!D2:D3")), "#VALUE!", "Cell D3: the cell holds the error #N/A.");
    });

    it("refuses buyers and statuses that do not line up with the amounts", () => {
      expectError(aovFunction(column(1, 2), column("a")), "#VALUE!", /^The buyer ids: 1 rows\. The amounts: 2 rows\./);
      expectError(aovFunction(column(1, 2), undefined, column("", "", "")), "#VALUE!", /^The statuses: 3 rows\. The amounts: 2 rows\./);
    });

    it("refuses two-column buyer ids", () => {
      expectError(aovFunction(column(1, 2), [["a", "x"], ["b", "y"]]), "#VALUE!", "The buyer ids must be a single column or row; got 2 rows × 2 columns.");
    });

    it("names the unreadable amount in Chinese", () => {
      inChinese(() => expectError(aovFunction(column("¥12", "十二"), undefined, undefined, undefined, invocation("订单!H2:H3")), "#VALUE!", "单元格 H3：无法把“十二”读作金额。"));
    });
  });
});
