import { describe, expect, it } from "vitest";
import { readOrderTable, type OrderColumnMapping } from "./order-table";
import { translate } from "../i18n/messages";

/** 2025-06-01 as an Excel serial. */
const JUNE_1 = 45809;
const JUNE = 2025 * 12 + 5;
const HEADER = ["实付金额", "订单付款时间", "买家会员名", "订单状态", "流量来源", "成本"];
const MAPPING: OrderColumnMapping = { amount: 0, time: 1, buyer: 2, status: 3, channel: 4, cost: 5 };

/** An export with one row of every kind; the comment gives each row's sheet row number. */
const GRID: unknown[][] = [
  HEADER, //                                                         1
  [100, JUNE_1 + 0.5, "tb001", "交易成功", "手淘搜索", 40], //         2 kept
  ["", JUNE_1, "tb002", "交易成功", "手淘搜索", 40], //               3 no amount
  [100, "", "tb003", "交易成功", "手淘搜索", 40], //                 4 no time
  [100, JUNE_1, "", "交易成功", "手淘搜索", 40], //                  5 no buyer
  ["abc", JUNE_1, "tb004", "交易成功", "手淘搜索", 40], //           6 unreadable amount
  [100, "last Tuesday", "tb005", "交易成功", "手淘搜索", 40], //     7 unreadable time
  [100, JUNE_1, "#N/A", "交易成功", "手淘搜索", 40], //              8 unreadable buyer
  [null, null, null, null, null, null], //                           9 blank: passed over
  ["", " ", "", "", "", ""], //                                      10 blank: passed over
  [88, "", "tb006", "交易关闭", "抖音", 30], //                      11 closed, never paid: excluded
  [66, JUNE_1 + 1, "tb007", "退款成功", "抖音", 30], //              12 refunded: excluded
  ["", "", "", "交易关闭", "", ""], //                               13 closed with nothing else: excluded
  [77, JUNE_1 + 1, "tb007", "部分退款", "抖音", ""], //              14 partly refunded: kept, cost unknown
  [55, JUNE_1 + 2, "tb008", "#N/A", "抖音", 20], //                  15 unreadable status: skipped
  ["¥1,234.50", "2025/7/1 10:22:33", 13800138000, "交易成功 ", " 抖音 ", "￥88"], // 16 kept, messy cells
  [], //                                                             17 a short row is blank too
];

describe("readOrderTable", () => {
  const { table, skipped } = readOrderTable(GRID, MAPPING, { sheet: "订单", headerRow: 0 });

  it("lists each unusable row with its sheet row number and reason", () => {
    expect(skipped).toEqual([
      { sheet: "订单", row: 3, reason: "skip.noAmountIn", params: { column: "实付金额" } },
      { sheet: "订单", row: 4, reason: "skip.noPaidTime", params: { column: "订单付款时间" } },
      { sheet: "订单", row: 5, reason: "skip.noBuyerIn", params: { column: "买家会员名" } },
      { sheet: "订单", row: 6, reason: "skip.unreadableAmountIn", params: { found: "abc", column: "实付金额" } },
      { sheet: "订单", row: 7, reason: "skip.unreadablePaidTime", params: { found: "last Tuesday", column: "订单付款时间" } },
      { sheet: "订单", row: 8, reason: "skip.unreadableBuyerIn", params: { found: "#N/A", column: "买家会员名" } },
      { sheet: "订单", row: 15, reason: "cell.errorValue", params: { where: "what.statuses", found: "#N/A" } },
    ]);
  });

  it("names the column it read in each reason, in both languages", () => {
    const row = skipped.find((s) => s.row === 4)!;
    expect(translate("zh-CN", row.reason, row.params)).toBe("“订单付款时间”中缺少付款时间，但订单状态表明已付款");
    expect(translate("en-US", row.reason, row.params)).toBe("no payment time in 订单付款时间, though the status says the order was paid");
  });

  it("says why a row with an unreadable status was skipped, in both languages", () => {
    const row = skipped.find((s) => s.row === 15)!;
    expect(translate("en-US", row.reason, row.params)).toBe("The statuses: the cell holds the error #N/A.");
    expect(translate("zh-CN", row.reason, row.params)).toContain("#N/A");
  });

  it("excludes closed and refunded orders, paid or not, and counts them", () => {
    expect(table.excludedByStatus).toBe(3);
    expect([...table.sheetRow]).toEqual([2, 14, 16]);
  });

  it("passes over blank rows without listing them", () => {
    for (const row of [9, 10, 17]) {
      expect(skipped.map((s) => s.row)).not.toContain(row);
      expect([...table.sheetRow]).not.toContain(row);
    }
  });

  it("reads the kept rows into typed columns, messy cells included", () => {
    expect(table.length).toBe(3);
    expect([...table.amount]).toEqual([100, 77, 1234.5]);
    expect([...table.time]).toEqual([JUNE_1 + 0.5, JUNE_1 + 1, JUNE_1 + 30 + (10 * 3600 + 22 * 60 + 33) / 86400]);
    expect([...table.month]).toEqual([JUNE, JUNE, JUNE + 1]);
    expect([...table.buyer].map((b) => table.buyerNames[b])).toEqual(["tb001", "tb007", "13800138000"]);
    expect([...table.channel].map((c) => table.channelNames[c])).toEqual(["手淘搜索", "抖音", "抖音"]);
    expect([...table.counted]).toEqual([1, 1, 1]);
    expect([...table.cost!]).toEqual([40, NaN, 88]);
    expect(table.item).toBeNull();
  });

  it("reads a grid without a header row, numbering rows from firstSheetRow", () => {
    const { table: rows, skipped: bad } = readOrderTable(GRID.slice(1, 4), MAPPING, { sheet: "Orders", headerRow: null, firstSheetRow: 10 });
    expect([...rows.sheetRow]).toEqual([10]);
    expect(bad.map((s) => [s.row, s.reason, s.params.column])).toEqual([[11, "skip.noAmountIn", "A"], [12, "skip.noPaidTime", "B"]]);
  });

  it("starts below a header row that is not the first row of the grid", () => {
    const grid = [["Orders of June"], [], HEADER, ...GRID.slice(1, 3)];
    const { table: rows, skipped: bad } = readOrderTable(grid, MAPPING, { sheet: "Orders", headerRow: 2 });
    expect([...rows.sheetRow]).toEqual([4]);
    expect(bad.map((s) => s.row)).toEqual([5]);
  });

  it("counts every order when there is no status column, and has no channels without a channel column", () => {
    const { table: rows } = readOrderTable(GRID.slice(0, 2).concat([GRID[11]]), { amount: 0, time: 1, buyer: 2 }, { sheet: "订单", headerRow: 0 });
    expect(rows.length).toBe(2);
    expect(rows.excludedByStatus).toBe(0);
    expect([...rows.channel]).toEqual([-1, -1]);
    expect(rows.channelNames).toEqual([]);
    expect(rows.cost).toBeNull();
  });

  it("reads item titles when mapped", () => {
    const grid = [["amount", "time", "buyer", "title"], [10, JUNE_1, "a", "面膜"], [20, JUNE_1, "b", " 面膜 "], [30, JUNE_1, "c", ""]];
    const { table: rows } = readOrderTable(grid, { amount: 0, time: 1, buyer: 2, itemTitle: 3 }, { sheet: "s", headerRow: 0 });
    expect([...rows.item!]).toEqual([0, 0, -1]);
    expect(rows.itemNames).toEqual(["面膜"]);
  });

  it("gives empty columns for a table with only its header", () => {
    const { table: rows, skipped: bad } = readOrderTable([HEADER], MAPPING, { sheet: "订单", headerRow: 0 });
    expect(rows.length).toBe(0);
    expect(bad).toEqual([]);
  });
});

describe("readOrderTable: orders made of lines", () => {
  const LEDGER = [
    ["Order ID", "Order Date", "Customer ID", "Sales", "Product Name", "Cost", "Quantity"],
    ["A1", "2025-06-03", "c1", 100, "面膜", 40, 2],
    ["A1", "2025-06-03", "c1", 50, "洁面乳", 20, 1],
    ["A2", "2025-06-05", "c2", 30, "面膜", 12, 1],
  ];
  const LEDGER_MAPPING: OrderColumnMapping = { orderId: 0, time: 1, timeKind: "created", buyer: 2, amount: 3, itemTitle: 4, cost: 5, quantity: 6 };

  it("counts rows sharing an order id as one order, its amount the sum of its lines", () => {
    const { table, skipped } = readOrderTable(LEDGER, LEDGER_MAPPING, { sheet: "ledger", headerRow: 0 });
    expect(skipped).toEqual([]);
    expect(table.length).toBe(2);
    expect(table.amountShape).toBe("lines");
    expect([...table.amount]).toEqual([150, 30]);
    expect([...table.cost!]).toEqual([60, 12]);
    expect([...table.sheetRow]).toEqual([2, 4]);
    expect([...table.buyer].map((b) => table.buyerNames[b])).toEqual(["c1", "c2"]);
    expect(table.lines.length).toBe(3);
    expect([...table.lines.order]).toEqual([0, 0, 1]);
    expect([...table.lines.amount]).toEqual([100, 50, 30]);
    expect([...table.lines.quantity!]).toEqual([2, 1, 1]);
    expect([...table.lines.item!].map((i) => table.itemNames[i])).toEqual(["面膜", "洁面乳", "面膜"]);
  });

  it("reads each row as an order without an order-id column (the old, wrong count is what a row count gives)", () => {
    const { table } = readOrderTable(LEDGER, { ...LEDGER_MAPPING, orderId: undefined }, { sheet: "ledger", headerRow: 0 });
    expect(table.length).toBe(3);
    expect(table.amountShape).toBeNull();
  });

  it("takes the order's total once when it is repeated on every sub-order (抖店)", () => {
    const grid = [
      ["主订单编号", "子订单编号", "订单应付金额", "支付完成时间", "订单状态", "买家"],
      ["\t4958001", "\t4958001-1", "199.00", "2025-06-01 10:00:00", "已完成", "u1"],
      ["\t4958001", "\t4958001-2", "199.00", "2025-06-01 10:00:00", "已完成", "u1"],
      ["\t4958001", "\t4958001-3", "199.00", "2025-06-01 10:00:00", "已完成", "u1"],
      ["\t4958002", "\t4958002-1", "88.00", "2025-06-02 11:00:00", "已完成", "u2"],
      ["\t4958002", "\t4958002-2", "88.00", "2025-06-02 11:00:00", "已完成", "u2"],
      ["\t4958003", "\t4958003-1", "20.00", "2025-06-02 12:00:00", "已完成", "u3"],
    ];
    const { table, skipped } = readOrderTable(grid, { orderId: 0, amount: 2, time: 3, status: 4, buyer: 5 }, { sheet: "抖店", headerRow: 0 });
    expect(skipped).toEqual([]);
    expect(table.amountShape).toBe("orderTotalRepeated");
    expect(table.amountShapeEvidence).toEqual({ shape: "orderTotalRepeated", multiRowOrders: 2, firstRowOnly: 0, sameOnEveryRow: 2 });
    expect([...table.amount]).toEqual([199, 88, 20]);
    expect(table.lines.length).toBe(6);
    // A sum of the rows would have said 685.
    expect(table.amount.reduce((a, b) => a + b, 0)).toBe(307);
  });

  it("takes the order's total from its first row when the other rows are blank there (Shopify), and their blank status from it", () => {
    const grid = [
      ["Name", "Email", "Financial Status", "Paid at", "Total", "Lineitem name", "Lineitem price", "Lineitem quantity"],
      ["#1001", "a@x.com", "paid", "2025-06-01 10:22:33 +0800", "$55.00", "Mug", "20.00", "2"],
      ["#1001", "", "", "", "", "Tee", "15.00", "1"],
      ["#1002", "b@x.com", "refunded", "2025-06-02 09:00:00 +0800", "$40.00", "Cap", "40.00", "1"],
      ["#1002", "", "", "", "", "Pin", "0.00", "1"],
      ["#1003", "c@x.com", "pending", "", "$12.00", "Pin", "12.00", "1"],
      ["#1003", "", "", "", "", "Pin", "12.00", "1"],
      ["#1004", "a@x.com", "paid", "2025-06-09 08:00:00 +0800", "$30.00", "Tee", "15.00", "2"],
    ];
    const { table, skipped } = readOrderTable(grid, { orderId: 0, buyer: 1, status: 2, time: 3, amount: 4, itemTitle: 5, quantity: 7 }, { sheet: "orders_export", headerRow: 0 });
    expect(skipped).toEqual([]);
    expect(table.amountShape).toBe("orderTotalFirstRow");
    expect([...table.amount]).toEqual([55, 30]);
    expect(table.excludedByStatus).toBe(1);
    expect(table.unpaidOrders).toBe(1);
    expect(table.lines.length).toBe(3);
    // The lines of #1001 have no amount of their own (the export gives only the order's total); #1004's one line is its order.
    expect([...table.lines.amount]).toEqual([NaN, NaN, 30]);
  });

  it("counts unpaid orders apart, never as skipped rows: unpaid status, 0000-00-00 or a blank payment time", () => {
    const grid = [
      ["订单编号", "买家会员名", "买家实际支付金额", "订单状态", "订单付款时间"],
      ["'3012345678901234567", "tb1", "118.00", "交易成功", "2025-06-01 10:22:33"],
      ["'3012345678901234568", "tb2", "0.00", "等待买家付款", "0000-00-00 00:00:00"],
      ["'3012345678901234569", "tb3", "59.00", "等待买家付款", ""],
      ["'3012345678901234570", "tb4", "59.00", "交易关闭", "0000-00-00 00:00:00"],
      ["'3012345678901234571", "tb5", "66.00", "", ""],
      ["'3012345678901234572", "tb6", "77.00", "交易成功", ""],
    ];
    const { table, skipped } = readOrderTable(grid, { orderId: 0, buyer: 1, amount: 2, status: 3, time: 4 }, { sheet: "订单报表", headerRow: 0 });
    expect(table.length).toBe(1);
    expect(table.unpaidOrders).toBe(3);
    expect(table.excludedByStatus).toBe(1);
    // Paid by its status, yet no payment time: a real problem, listed with the column it read.
    expect(skipped).toEqual([{ sheet: "订单报表", row: 7, reason: "skip.noPaidTime", params: { column: "订单付款时间" } }]);
  });

  it("leaves a refunded line out of a sum of lines; the order counts while a line counts", () => {
    const grid = [
      ["订单编号", "买家", "商品金额", "售后状态", "付款时间"],
      ["o1", "b1", 100, "", "2025-06-01"],
      ["o1", "b1", 40, "退款成功", "2025-06-01"],
      ["o2", "b2", 70, "退款成功", "2025-06-02"],
    ];
    const { table } = readOrderTable(grid, { orderId: 0, buyer: 1, amount: 2, status: 3, time: 4 }, { sheet: "s", headerRow: 0, amountShape: "lines" });
    expect([...table.amount]).toEqual([100]);
    expect(table.excludedByStatus).toBe(1);
    expect([...table.lines.counted]).toEqual([1, 0]);
  });

  it("reports rows of one order that disagree, with both rows, and keeps the first row's value", () => {
    const grid = [
      ["订单编号", "买家", "金额", "付款时间"],
      ["o1", "b1", 100, "2025-06-01 10:00:00"],
      ["o1", "b9", 50, "2025-06-01 10:00:00"],
      ["o2", "b2", 30, "2025-06-02 10:00:00"],
    ];
    const { table, skipped } = readOrderTable(grid, { orderId: 0, buyer: 1, amount: 2, time: 3 }, { sheet: "s", headerRow: 0 });
    expect([...table.amount]).toEqual([150, 30]);
    expect([...table.buyer].map((b) => table.buyerNames[b])).toEqual(["b1", "b2"]);
    expect(skipped).toEqual([{ sheet: "s", row: 3, reason: "skip.orderConflict", params: { column: "买家", order: "o1", row: 2, found: "b9", kept: "b1" } }]);
    expect(translate("en-US", skipped[0].reason, skipped[0].params)).toBe('买家 is "b9" here but "b1" in row 2 of the same order o1; the order is read with "b1"');
  });

  it("reports two payment times of one order, written as times, but not one written with less precision", () => {
    const grid = [
      ["订单编号", "买家", "金额", "付款时间"],
      ["o1", "b1", 100, "2025-06-01 10:00:00"],
      ["o1", "b1", 50, "2025/6/1 10:00"],
      ["o1", "b1", 20, "2025年6月1日"],
      ["o1", "b1", 10, "2025-06-03 09:30:00"],
    ];
    const { table, skipped } = readOrderTable(grid, { orderId: 0, buyer: 1, amount: 2, time: 3 }, { sheet: "s", headerRow: 0 });
    expect([...table.amount]).toEqual([180]);
    expect(skipped).toEqual([
      { sheet: "s", row: 5, reason: "skip.orderConflict", params: { column: "付款时间", order: "o1", row: 2, found: "2025-06-03 09:30:00", kept: "2025-06-01 10:00:00" } },
    ]);
  });

  it("skips an order with an unusable row whole, listing each of its rows", () => {
    const grid = [
      ["订单编号", "买家", "金额", "付款时间"],
      ["o1", "b1", 100, "2025-06-01"],
      ["o1", "b1", "about 50", "2025-06-01"],
      ["o2", "b2", 30, "2025-06-02"],
    ];
    const { table, skipped } = readOrderTable(grid, { orderId: 0, buyer: 1, amount: 2, time: 3 }, { sheet: "s", headerRow: 0 });
    expect([...table.amount]).toEqual([30]);
    expect(skipped).toEqual([
      { sheet: "s", row: 2, reason: "skip.sameOrder", params: { order: "o1", row: 3 } },
      { sheet: "s", row: 3, reason: "skip.unreadableAmountIn", params: { found: "about 50", column: "金额" } },
    ]);
  });

  it("reads the shape the operator gives instead of the one recognised", () => {
    const grid = [["id", "buyer", "amount", "time"], ["o1", "b", 50, "2025-06-01"], ["o1", "b", 50, "2025-06-01"], ["o2", "c", 20, "2025-06-01"], ["o2", "c", 20, "2025-06-01"]];
    const mapping: OrderColumnMapping = { orderId: 0, buyer: 1, amount: 2, time: 3 };
    expect([...readOrderTable(grid, mapping, { sheet: "s", headerRow: 0 }).table.amount]).toEqual([50, 20]);
    expect([...readOrderTable(grid, mapping, { sheet: "s", headerRow: 0, amountShape: "lines" }).table.amount]).toEqual([100, 40]);
  });
});

describe("readOrderTable: no buyer column (抖店, 拼多多)", () => {
  // The same rows as GRID without the buyer column: rows 5 (no buyer) and 8 (unreadable buyer) are orders now.
  const WITHOUT_BUYER: OrderColumnMapping = { ...MAPPING, buyer: undefined };
  const { table, skipped } = readOrderTable(GRID, WITHOUT_BUYER, { sheet: "订单", headerRow: 0 });

  it("skips no row for a missing buyer, and lists the other problems as before", () => {
    expect(skipped.map((s) => [s.row, s.reason])).toEqual([
      [3, "skip.noAmountIn"], [4, "skip.noPaidTime"], [6, "skip.unreadableAmountIn"], [7, "skip.unreadablePaidTime"], [15, "cell.errorValue"],
    ]);
  });

  it("reads every order with an unknown buyer (−1) and no buyer names", () => {
    expect([...table.sheetRow]).toEqual([2, 5, 8, 14, 16]);
    expect([...table.amount]).toEqual([100, 100, 100, 77, 1234.5]);
    expect([...table.buyer]).toEqual([-1, -1, -1, -1, -1]);
    expect(table.buyerNames).toEqual([]);
    expect(table.hasBuyers).toBe(false);
    expect(table.excludedByStatus).toBe(3);
  });

  it("has buyers when the buyer column is mapped", () => {
    expect(readOrderTable(GRID, MAPPING, { sheet: "订单", headerRow: 0 }).table.hasBuyers).toBe(true);
  });

  it("groups 抖店 sub-orders without a buyer, the total taken once, and sees no conflict", () => {
    const grid = [
      ["主订单编号", "子订单编号", "订单应付金额", "支付完成时间", "订单状态", "收件人手机号"],
      ["\t4958001", "\t4958001-1", "199.00", "2025-06-01 10:00:00", "已完成", "138****1234"],
      ["\t4958001", "\t4958001-2", "199.00", "2025-06-01 10:00:00", "已完成", "139****5678"],
      ["\t4958002", "\t4958002-1", "88.00", "2025-06-02 11:00:00", "已完成", "138****1234"],
    ];
    const { table: orders, skipped: none } = readOrderTable(grid, { orderId: 0, amount: 2, time: 3, status: 4 }, { sheet: "抖店", headerRow: 0 });
    expect(none).toEqual([]);
    expect([...orders.amount]).toEqual([199, 88]);
    expect([...orders.buyer]).toEqual([-1, -1]);
    expect(orders.lines.length).toBe(3);
  });
});

describe("readOrderTable: amounts no order can hold (Workbook text and numbers)", () => {
  const header = ["订单编号", "实付金额", "订单付款时间", "买家会员名", "成本", "购买数量"];
  const mapping: OrderColumnMapping = { orderId: 0, amount: 1, time: 2, buyer: 3, cost: 4, quantity: 5 };
  const grid: unknown[][] = [
    header, //                                              1
    ["A1", 100, JUNE_1, "b1", 40, 1], //                    2 kept
    ["A2", 1e308, JUNE_1, "b2", 40, 1], //                  3 amount far beyond: skipped
    ["A3", 1e308, JUNE_1, "b3", 40, 1], //                  4 again (the two would sum to Infinity)
    ["A4", "-2e15", JUNE_1, "b4", 40, 1], //                5 text beyond, negative: skipped
    ["A5", 1e15, JUNE_1, "b5", 40, 1], //                   6 at the limit: kept
    ["A6", 100, JUNE_1, "b6", 5e15, 1], //                  7 cost beyond: skipped
    ["A7", 100, JUNE_1, "b7", 40, 1e16], //                 8 quantity beyond: skipped
    ["A8", 50, JUNE_1, "b8", 20, 1], //                     9 an order of two rows, the second beyond
    ["A8", 9e300, JUNE_1, "b8", 20, 1], //                 10
  ];
  const { table, skipped } = readOrderTable(grid, mapping, { sheet: "订单", headerRow: 0 });

  it("skips each such row's order with the row, column and value, and keeps the others", () => {
    expect(skipped).toEqual([
      { sheet: "订单", row: 3, reason: "skip.implausibleAmountIn", params: { found: "1e+308", column: "实付金额" } },
      { sheet: "订单", row: 4, reason: "skip.implausibleAmountIn", params: { found: "1e+308", column: "实付金额" } },
      { sheet: "订单", row: 5, reason: "skip.implausibleAmountIn", params: { found: "-2e15", column: "实付金额" } },
      { sheet: "订单", row: 7, reason: "skip.implausibleCostIn", params: { found: "5000000000000000", column: "成本" } },
      { sheet: "订单", row: 8, reason: "skip.implausibleQuantityIn", params: { found: "10000000000000000", column: "购买数量" } },
      { sheet: "订单", row: 9, reason: "skip.sameOrder", params: { order: "A8", row: 10 } },
      { sheet: "订单", row: 10, reason: "skip.implausibleAmountIn", params: { found: "9e+300", column: "实付金额" } },
    ]);
    expect(Array.from(table.sheetRow)).toEqual([2, 6]);
    expect(Array.from(table.amount)).toEqual([100, 1e15]);
  });

  it("says so in both languages", () => {
    expect(translate("en-US", skipped[0].reason, skipped[0].params)).toContain("1e+308 in 实付金额");
    expect(translate("zh-CN", skipped[0].reason, skipped[0].params)).toContain("“实付金额”中的金额 1e+308");
  });

  it("reads a cost joined from a cost table beyond the limit as a skipped row too", () => {
    const costs = new Float64Array(grid.length).fill(40);
    costs[1] = Number.POSITIVE_INFINITY;
    const joined = readOrderTable(grid.slice(0, 2), { ...mapping, cost: undefined }, { sheet: "订单", headerRow: 0, costs });
    expect(joined.skipped).toEqual([{ sheet: "订单", row: 2, reason: "skip.implausibleJoinedCost", params: { found: "Infinity" } }]);
  });
});
