import { describe, expect, it } from "vitest";
import { joinItemTable, orderIdKey } from "./item-join";
import { readOrderTable } from "./order-table";
import { detectTable } from "./tables/detect-table";
import type { TableDetectionOf } from "./tables/table-detection";

const ORDER_GRID = [
  ["订单编号", "买家会员名", "订单付款时间", "买家实际支付金额", "订单状态", "宝贝标题", "成本"],
  ["'1001", "tb_a", "2025-06-01 10:00:00", 130, "交易成功", "面膜，面霜", ""],
  ["=\"1002\"", "tb_b", "2025-06-02 10:00:00", 80, "交易成功", "面霜", 35],
  ["1003", "tb_c", "", 0, "交易关闭", "眼霜", ""],
  ["1004", "tb_a", "2025-06-03 10:00:00", 50, "交易成功", "面膜", ""],
];

function readOrders(grid: unknown[][] = ORDER_GRID) {
  const detection = detectTable(grid, { kind: "orders" });
  const c = detection.columns;
  const read = readOrderTable(grid, {
    orderId: c.orderId!.column, amount: c.amount!.column, time: c.paidTime!.column, buyer: c.buyer!.column, status: c.status!.column,
    itemTitle: c.itemTitle!.column, cost: c.cost!.column,
  }, { sheet: "订单报表", headerRow: 0 });
  return { table: read.table, ids: { grid, column: c.orderId!.column, dataStart: 1, firstSheetRow: 1 } };
}

const items = (grid: unknown[][]) => ({ sheet: "宝贝报表", grid, detection: detectTable(grid, { kind: "items" }) });
const costs = (grid: unknown[][]) => ({ grid, detection: detectTable(grid, { kind: "costs" }) as TableDetectionOf<"costs"> });

const ITEM_HEADER = ["订单编号", "标题", "价格", "购买数量", "订单状态", "商家编码"];

describe("orderIdKey", () => {
  it("reads an id the same whether written plain, with a leading ' or tab, as =\"…\", or as a number", () => {
    for (const cell of ["4202500000000000001", "'4202500000000000001", "=\"4202500000000000001\"", "\t4202500000000000001", " 4202500000000000001 "]) {
      expect(orderIdKey(cell), JSON.stringify(cell)).toBe("4202500000000000001");
    }
    expect(orderIdKey(1001)).toBe("1001");
    expect(orderIdKey("'")).toBeNull();
    expect(orderIdKey("")).toBeNull();
    expect(orderIdKey("#N/A")).toBeNull();
  });
});

describe("joinItemTable", () => {
  it("gives each order its item rows as lines: title, SKU, quantity, price × quantity; the orders themselves unchanged", () => {
    const { table, ids } = readOrders();
    const join = joinItemTable(table, ids, items([
      ITEM_HEADER,
      ["1001", "面膜", "25.00", "2", "交易成功", "SKU-A"],
      ["'1002", "面霜", "80.00", "1", "交易成功", "SKU-B"],
      ["=\"1001\"", "面霜", "80.00", "1", "交易成功", "SKU-B"],
    ]))!;
    expect(join.by).toBe("订单编号");
    expect({ lines: join.lines, orders: join.orders, unmatched: join.unmatched, notCounted: join.notCounted }).toEqual({ lines: 3, orders: 2, unmatched: 0, notCounted: 0 });
    const t = join.table;
    expect(Array.from(t.amount)).toEqual(Array.from(table.amount));
    expect(Array.from(t.buyer)).toEqual(Array.from(table.buyer));
    expect(t.lines.length).toBe(4);
    // Grouped by order: 1001's two item rows, 1002's one, and 1004 keeps its own line.
    expect(Array.from(t.lines.order)).toEqual([0, 0, 1, 2]);
    expect(Array.from(t.lines.sheetRow)).toEqual([2, 4, 3, 5]);
    expect(Array.from(t.lines.amount)).toEqual([50, 80, 80, 50]);
    expect(Array.from(t.lines.quantity!)).toEqual([2, 1, 1, NaN]);
    expect(Array.from(t.lines.item!).map((code) => t.itemNames[code])).toEqual(["面膜", "面霜", "面霜", "面膜"]);
    expect(Array.from(t.lines.sku!).map((code) => (code < 0 ? null : t.lines.skuNames[code]))).toEqual(["SKU-A", "SKU-B", "SKU-B", null]);
    expect(Array.from(t.item!).map((code) => t.itemNames[code])).toEqual(["面膜", "面霜", "面膜"]);
  });

  it("takes the line amount column over price × quantity, and a closed or refunded line does not count", () => {
    const { table, ids } = readOrders();
    const t = joinItemTable(table, ids, items([
      ["订单编号", "商品名称", "商品单价", "商品数量", "商品金额", "售后状态"],
      ["1001", "面膜", "25.00", "2", "45.00", ""],
      ["1001", "面霜", "80.00", "1", "80.00", "退款成功"],
      ["1001", "小样", "5.00", "1", "", ""],
    ]))!.table;
    expect(Array.from(t.lines.amount.subarray(0, 3))).toEqual([45, NaN, 5]);
    expect(Array.from(t.lines.counted.subarray(0, 3))).toEqual([1, 0, 1]);
  });

  it("counts and lists item rows of no order read, and counts apart those of orders not counted", () => {
    const { table, ids } = readOrders();
    const join = joinItemTable(table, ids, items([
      ITEM_HEADER,
      ["1001", "面膜", "25.00", "2", "交易成功", "SKU-A"],
      ["1003", "眼霜", "99.00", "1", "交易关闭", "SKU-C"],
      ["9999", "面膜", "25.00", "1", "交易成功", "SKU-A"],
      ["", "面膜", "25.00", "1", "交易成功", "SKU-A"],
      [null, null, null, null, null, null],
      ["1004", "面膜", "二十五", "1", "交易成功", "SKU-A"],
    ]))!;
    expect({ lines: join.lines, orders: join.orders, unmatched: join.unmatched, notCounted: join.notCounted }).toEqual({ lines: 1, orders: 1, unmatched: 2, notCounted: 1 });
    expect(join.skipped.map((row) => [row.sheet, row.row, row.reason])).toEqual([
      ["宝贝报表", 4, "skip.itemNoOrder"], ["宝贝报表", 5, "skip.itemNoOrder"], ["宝贝报表", 7, "skip.unreadableItemValue"],
    ]);
    expect(join.skipped[0].params).toMatchObject({ order: "9999" });
    // 1004's only item row could not be read: it keeps its own line.
    expect(join.table.lines.length).toBe(1 + 1 + 1);
  });

  it("costs the item lines at unit cost × quantity by SKU, and an order at the sum of its counted lines", () => {
    const { table, ids } = readOrders();
    const join = joinItemTable(table, ids, items([
      ITEM_HEADER,
      ["1001", "面膜", "25.00", "2", "交易成功", "SKU-A"],
      ["1001", "面霜", "80.00", "1", "交易关闭", "SKU-B"],
      ["1004", "面膜", "25.00", "2", "交易成功", "SKU-Z"],
    ]), costs([["商家编码", "成本价"], ["SKU-A", 10], ["SKU-B", 30]]))!;
    expect(join.costs).toEqual({ by: "sku", matched: 2, unmatched: 1 });
    const t = join.table;
    expect(Array.from(t.lines.cost!)).toEqual([20, 30, 35, NaN]);
    // 1001: 20 (the closed line's 30 not counted); 1002 keeps its own 35; 1004's line has no cost, so the order keeps the table's (none).
    expect(Array.from(t.cost!)).toEqual([20, 35, NaN]);
  });

  it("is null when the item table has no order id column", () => {
    const { table, ids } = readOrders();
    const noId = { sheet: "宝贝", grid: [["标题", "数量"], ["面膜", 1]], detection: { ...detectTable([["标题", "数量"], ["面膜", 1]], { kind: "items" }), columns: {} } };
    expect(joinItemTable(table, ids, noId)).toBeNull();
  });
});

describe("joinItemTable: numbers no order can hold (Workbook text and numbers)", () => {
  it("leaves out, listed, a line whose price × quantity or quantity is beyond ±10¹⁵; the others join", () => {
    const { table, ids } = readOrders();
    const join = joinItemTable(table, ids, items([
      ITEM_HEADER,
      ["1001", "面膜", "25.00", "2", "交易成功", "SKU-A"],
      ["1001", "面霜", "1e300", "1e10", "交易成功", "SKU-B"],
      ["1002", "面霜", "80.00", "1e16", "交易成功", "SKU-B"],
    ]))!;
    expect(join.skipped.map((row) => [row.row, row.reason, row.params.found])).toEqual([
      [3, "skip.implausibleAmountIn", "1e300 × 1e10"], [4, "skip.implausibleQuantityIn", "1e16"],
    ]);
    expect(join.lines).toBe(1);
    for (let i = 0; i < join.table.lines.length; i++) expect(Number.isNaN(join.table.lines.amount[i]) || Number.isFinite(join.table.lines.amount[i])).toBe(true);
  });
});
