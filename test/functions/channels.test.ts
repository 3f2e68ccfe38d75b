import { describe, expect, it } from "vitest";
import { channelsFunction } from "../../src/functions/functions";
import { asTable, BLANKS, cell, column, expectError, inChinese, invocation, OMITTED } from "./excel-call";

// channel, amount, buyer, date, status
const ORDERS = [
  ["Tencent Ads", 300, "b1", "2025-06-01", ""],
  ["tencent ads ", "¥200", "b2", "2025-06-02", ""],
  ["Natural", 150, "b1", "2025-06-10", ""],
  ["Natural", 100, "b3", "2025-06-05", ""],
  ["Douyin", 400, "b4", "2025-06-03", "交易成功"],
  ["Douyin", 50, "b5", "2025-06-04", "交易关闭"],
  ["Tencent Ads", 100, "b3", "2025/6/20 10:00", ""],
  ["", "", "", "", ""],
  ["Douyin", 120, "b6", 45815, ""],
] as const;
const channels = column(...ORDERS.map((order) => order[0]));
const amounts = column(...ORDERS.map((order) => order[1]));
const buyers = column(...ORDERS.map((order) => order[2]));
const dates = column(...ORDERS.map((order) => order[3]));
const statuses = column(...ORDERS.map((order) => order[4]));
const spendChannels = column("Tencent Ads", "Douyin", "tencent ads", "Baidu", "");
const spendAmounts = column(250, "260", "¥250", 100, "");
const ADDRESSES = invocation("Sheet1!A2:A10", "Sheet1!B2:B10", "Sheet1!C2:C10", "Sheet1!D2:D10", "Spend!A2:A6", "Spend!B2:B6", "Sheet1!E2:E10");

const HEADER = ["Channel", "GMV", "Orders", "Spend", "ROI", "New buyers", "Cost per new buyer"];

describe("EC.CHANNELS", () => {
  it("spills GMV, orders, spend, ROI, new buyers and cost per new buyer per channel, largest GMV first", () => {
    // Tencent Ads (any case, trimmed): 300 + 200 + 100, spend 500, new buyers b1 and b2 (b3 came through Natural first).
    // Douyin: 400 + 120 (the closed 50 left out, b5 never a buyer), spend 260, new b4 and b6.
    // Natural: 150 + 100, no spend, new b3. Baidu: spend only.
    expect(channelsFunction(channels, amounts, buyers, dates, spendChannels, spendAmounts, statuses, undefined, ADDRESSES)).toEqual([
      HEADER,
      ["Tencent Ads", 600, 3, 500, 1.2, 2, 250],
      ["Douyin", 520, 2, 260, 2, 2, 130],
      ["Natural", 250, 2, 0, "", 1, ""],
      ["Baidu", 0, 0, 100, 0, 0, ""],
    ]);
  });

  it.each(OMITTED)("lists order channels only, ROI and cost blank, when spend ranges and statuses arrive as $name", ({ value }) => {
    // Without statuses the closed Douyin order counts, and b5 is a new Douyin buyer.
    expect(channelsFunction(channels, amounts, buyers, dates, value, value, value)).toEqual([
      HEADER,
      ["Tencent Ads", 600, 3, 0, "", 2, ""],
      ["Douyin", 570, 3, 0, "", 3, ""],
      ["Natural", 250, 2, 0, "", 1, ""],
    ]);
  });

  it("gives the review's cost per new buyer of 38", () => {
    const ids = Array.from({ length: 10 }, (_, i) => `new-${i}`);
    const table = asTable(channelsFunction(
      column(...ids.map(() => "Tencent Ads")), column(...ids.map(() => 90)), column(...ids), column(...ids.map(() => "2025-08-01")),
      column("Tencent Ads"), column(380),
    ));
    expect(table[1]).toEqual(["Tencent Ads", 900, 10, 380, 900 / 380, 10, 38]);
  });

  it("writes the header in Chinese", () => {
    inChinese(() => expect(asTable(channelsFunction(channels, amounts, buyers, dates))[0]).toEqual(["渠道", "GMV", "订单数", "花费", "投产比", "新客数", "新客成本"]));
  });

  it.each(BLANKS)("skips blank rows (cells as $name) in orders and spend", ({ value }) => {
    expect(channelsFunction(column("A", value), column(10, value), column("x", value), column("2025-06-01", value), column("A", value), column(5, value))).toEqual([
      HEADER,
      ["A", 10, 1, 5, 2, 1, 5],
    ]);
  });

  describe("bad input", () => {
    it("refuses a counted order without a channel, buyer or date, naming the cell", () => {
      expectError(channelsFunction(column("A", ""), column(10, 20), column("x", "y"), column("2025-06-01", "2025-06-02"), undefined, undefined, undefined, undefined, ADDRESSES),
        "#VALUE!", "Cell A3: an order with an amount has no channel.");
      expectError(channelsFunction(column("A", "B"), column(10, 20), column("x", ""), column("2025-06-01", "2025-06-02"), undefined, undefined, undefined, undefined, ADDRESSES),
        "#VALUE!", "Cell C3: an order with an amount has no buyer id.");
      expectError(channelsFunction(column("A", "B"), column(10, 20), column("x", "y"), column("2025-06-01", null)),
        "#VALUE!", "Row 2 of the range: an order has no date.");
      inChinese(() => expectError(channelsFunction(column("A", ""), column(10, 20), column("x", "y"), column("2025-06-01", "2025-06-02")), "#VALUE!", "区域第 2 行：有金额的订单缺少渠道。"));
    });

    it("refuses a spend amount without a channel rather than dropping it", () => {
      expectError(channelsFunction(channels, amounts, buyers, dates, column("Douyin", ""), column(100, 50), undefined, undefined, ADDRESSES), "#VALUE!", "Cell A3: a spend row with an amount has no channel.");
      inChinese(() => expectError(channelsFunction(channels, amounts, buyers, dates, column("Douyin", ""), column(100, 50)), "#VALUE!", "区域第 2 行：有金额的花费行缺少渠道。"));
    });

    it("refuses one spend range without the other", () => {
      expectError(channelsFunction(channels, amounts, buyers, dates, spendChannels), "#VALUE!", /^The spend amounts: 0 rows\. The spend channels: 5 rows\./);
      expectError(channelsFunction(channels, amounts, buyers, dates, undefined, spendAmounts), "#VALUE!", /^The spend channels: 0 rows\. The spend amounts: 5 rows\./);
    });

    it("names unreadable amounts, spend and dates", () => {
      expectError(channelsFunction(channels, amounts, buyers, dates, column("A", "B"), column(1, "lots"), undefined, undefined, ADDRESSES), "#VALUE!", "Cell B3: cannot read \"lots\" as a spend.");
      expectError(channelsFunction(column("A", "A"), column(1, "x"), column("p", "q"), column("2025-06-01", "2025-06-01"), undefined, undefined, undefined, undefined, ADDRESSES), "#VALUE!", "Cell B3: cannot read \"x\" as an amount.");
      expectError(channelsFunction(column("A", "A"), column(1, 2), column("p", "q"), column("2025-06-01", "June")), "#VALUE!", "Row 2 of the range: cannot read \"June\" as a date.");
      inChinese(() => expectError(channelsFunction(channels, amounts, buyers, dates, column("A", "B"), column(1, "lots"), undefined, undefined, ADDRESSES), "#VALUE!", "单元格 B3：无法把“lots”读作花费。"));
    });

    it("refuses error values in the channels and spend channels", () => {
      expectError(channelsFunction(column("A", "#N/A"), column(1, 2), column("p", "q"), column("2025-06-01", "2025-06-01"), undefined, undefined, undefined, undefined, ADDRESSES), "#VALUE!", "Cell A3: the cell holds the error #N/A.");
      expectError(channelsFunction(channels, amounts, buyers, dates, column("A", "#REF!"), column(1, 2)), "#VALUE!", "Row 2 of the range: the cell holds the error #REF!.");
    });

    it("refuses ranges that do not line up and two-column ranges", () => {
      expectError(channelsFunction(column("A"), column(1, 2), column("p", "q"), column("2025-06-01", "2025-06-01")), "#VALUE!", /^The channels: 1 rows\. The buyer ids: 2 rows\./);
      expectError(channelsFunction(channels, amounts, buyers, dates, column("A", "B"), column(1)), "#VALUE!", /^The spend amounts: 1 rows\. The spend channels: 2 rows\./);
      expectError(channelsFunction([["A", 1], ["B", 2]], column(1, 2), column("p", "q"), column("2025-06-01", "2025-06-01")), "#VALUE!", "The channels must be a single column or row; got 2 rows × 2 columns.");
      inChinese(() => expectError(channelsFunction(column("A"), column(1, 2), column("p", "q"), column("2025-06-01", "2025-06-01")), "#VALUE!", "渠道区域有 1 行，而买家 ID 区域有 2 行；各区域必须逐行对齐。"));
    });

    it("is #DIV/0! without any counted order or spend", () => {
      expectError(channelsFunction(column("A"), column(10), column("p"), column("2025-06-01"), undefined, undefined, column("交易关闭")), "#DIV/0!", /^There are no counted orders/);
      expectError(channelsFunction(cell(""), cell(""), cell(""), cell("")), "#DIV/0!");
    });
  });
});
