import { describe, expect, it } from "vitest";
import { serialFromCivil } from "../engine/calendar";
import { readOrderTable } from "./order-table";
import { detectTable } from "./tables/detect-table";
import { orderMappingOf } from "./tables/review-request";
import type { TableDetectionOf } from "./tables/table-detection";

const at = (month: number, day: number, hour = 0) => serialFromCivil(2025, month, day, hour);

/** The order table's mapping as the pane and the command line make it. */
function mappingOf(grid: unknown[][]) {
  const detection = detectTable(grid, { kind: "orders" }) as TableDetectionOf<"orders">;
  const result = orderMappingOf(detection);
  if (!("mapping" in result)) throw new Error(`missing ${result.missing.join(", ")}`);
  return result.mapping;
}

describe("a shipping time is never the order's time", () => {
  const rows = [
    ["3012", "tb001", "交易成功", "2025-06-01 09:00:00", "2025-06-01 10:00:00", "2025-06-02 15:00:00", "128.00"],
    ["3013", "tb002", "交易成功", "2025-06-02 09:00:00", "2025-06-02 09:30:00", "2025-06-05 18:00:00", "88.00"],
    ["3014", "tb003", "买家已付款，等待卖家发货", "2025-06-03 11:00:00", "2025-06-03 11:05:00", "", "66.00"],
  ];
  const header = ["订单编号", "买家会员名", "订单状态", "订单创建时间", "订单付款时间", "发货时间", "买家实际支付金额"];

  it("maps time to 订单付款时间 and shipping to 发货时间", () => {
    const grid = [header, ...rows];
    const mapping = mappingOf(grid);
    expect([mapping.time, mapping.timeKind, mapping.shipped]).toEqual([4, "paid", 5]);
  });

  it("does so when the payment column is to the right of the shipping column", () => {
    // Columns reordered: 发货时间 first, 订单付款时间 last.
    const order = [5, 0, 1, 2, 3, 6, 4];
    const grid = [order.map((k) => header[k]), ...rows.map((row) => order.map((k) => row[k]))];
    const mapping = mappingOf(grid);
    expect([mapping.time, mapping.timeKind, mapping.shipped]).toEqual([6, "paid", 0]);
    const { table, skipped } = readOrderTable(grid, mapping, { sheet: "订单", headerRow: 0 });
    expect(skipped).toEqual([]);
    expect(Array.from(table.time)).toEqual([at(6, 1, 10), at(6, 2, 9.5), at(6, 3, 11 + 5 / 60)].map((t) => expect.closeTo(t, 9)));
    expect(Array.from(table.fulfilment!.shipped!)).toEqual([expect.closeTo(at(6, 2, 15), 9), expect.closeTo(at(6, 5, 18), 9), NaN]);
  });

  it("without a payment column, still dates by the creation time, never by the shipping", () => {
    const grid = [["订单编号", "发货时间", "下单时间", "实付金额"], ["1", "2025-06-09 10:00", "2025-06-01 10:00", 50]];
    const mapping = mappingOf(grid);
    expect([mapping.time, mapping.timeKind, mapping.shipped]).toEqual([2, "created", 1]);
  });
});

describe("readOrderTable with the fulfilment columns", () => {
  it("千牛 order report: 发货时间 and 退款金额; a closed paid order is kept aside as paid and refunded; problems listed, orders kept", () => {
    const grid = [
      ["订单编号", "买家会员名", "买家实际支付金额", "订单状态", "订单付款时间", "发货时间", "退款金额"],
      ["1", "a", "100", "交易成功", "2025-06-01 10:00:00", "2025-06-02 10:00:00", "0.00"], //          2 kept, 24 h
      ["2", "b", "80", "交易成功", "2025-06-01 10:00:00", "2025-06-05 10:00:00", "20.00"], //          3 kept, 96 h, part refunded
      ["3", "c", "60", "买家已付款，等待卖家发货", "2025-06-03 10:00:00", "", "0.00"], //             4 kept, not shipped: no problem
      ["4", "d", "70", "交易关闭", "2025-06-04 10:00:00", "", "70.00"], //                            5 closed after payment: paid, refunded
      ["5", "e", "90", "交易关闭", "", "", "0.00"], //                                                 6 closed unpaid: in no rate
      ["6", "f", "50", "交易成功", "2025-06-06 10:00:00", "next week", "0.00"], //                     7 kept, shipping unreadable: listed
      ["7", "g", "40", "交易成功", "2025-06-07 10:00:00", "2025-06-06 10:00:00", "#N/A"], //           8 kept, shipped before paid, refund unreadable: listed
      ["8", "h", "30", "等待买家付款", "0000-00-00 00:00:00", "", ""], //                               9 unpaid: in no rate
    ];
    const mapping = mappingOf(grid);
    expect([mapping.shipped, mapping.refundAmount, mapping.afterSales]).toEqual([5, 6, undefined]);
    const { table, skipped } = readOrderTable(grid, mapping, { sheet: "订单", headerRow: 0 });
    expect(table.length).toBe(5);
    expect(table.excludedByStatus).toBe(2);
    const f = table.fulfilment!;
    expect(Array.from(f.shipped!)).toEqual([at(6, 2, 10), at(6, 5, 10), NaN, NaN, NaN].map((t) => (t === t ? expect.closeTo(t, 9) : NaN)));
    expect(Array.from(f.refunded!)).toEqual([0, 1, 0, 0, 0]);
    expect(f.afterSales).toBeNull();
    expect(Array.from(f.closedPaid.time)).toEqual([expect.closeTo(at(6, 4, 10), 9)]);
    expect(Array.from(f.closedPaid.refunded!)).toEqual([1]);
    expect(skipped.map((s) => [s.row, s.reason])).toEqual([
      [7, "skip.unreadableShippedTimeIn"],
      [8, "skip.unreadableRefundIn"],
      [8, "skip.shippedBeforePaid"],
    ]);
    expect(skipped[0].params).toEqual({ found: "next week", column: "发货时间" });
    expect(skipped[2].params).toEqual({ column: "发货时间", shipped: "2025-06-06 10:00:00", paid: "2025-06-07 10:00:00" });
  });

  it("抖店 sub-orders: the order ships with its last sub-order; 售后状态 on any sub-order is the order's case", () => {
    const grid = [
      ["主订单编号", "子订单编号", "商品金额", "订单状态", "售后状态", "支付完成时间", "发货时间"],
      ["\t4958001", "\t4958001-1", "59.90", "已完成", "-", "2025/06/01 10:00:00", "2025/06/01 20:00:00"],
      ["\t4958001", "\t4958001-2", "19.90", "已完成", "售后完成-退款成功", "2025/06/01 10:00:00", "2025/06/03 22:00:00"],
      ["\t4958002", "\t4958002-1", "99.00", "已关闭", "退款成功", "2025/06/02 10:00:00", ""],
      ["\t4958003", "\t4958003-1", "39.00", "已完成", "无售后", "2025/06/02 11:00:00", "2025/06/02 12:00:00"],
    ];
    const mapping = mappingOf(grid);
    const { table, skipped } = readOrderTable(grid, mapping, { sheet: "抖店", headerRow: 0 });
    expect(skipped).toEqual([]);
    expect(table.length).toBe(2);
    const f = table.fulfilment!;
    expect(Array.from(f.shipped!)).toEqual([expect.closeTo(at(6, 3, 22), 9), expect.closeTo(at(6, 2, 12), 9)]);
    expect(Array.from(f.afterSales!)).toEqual([1, 0]);
    expect(Array.from(f.refunded!)).toEqual([1, 0]);
    expect([f.closedPaid.time.length, f.closedPaid.afterSales![0], f.closedPaid.refunded![0]]).toEqual([1, 1, 1]);
  });

  it("Shopify: Fulfilled at and Refunded Amount on the first row only; refunded orders paid and kept aside", () => {
    const grid = [
      ["Name", "Email", "Financial Status", "Paid at", "Fulfilled at", "Total", "Refunded Amount", "Lineitem name"],
      ["#1001", "a@x.com", "paid", "2025-06-01 10:00:00 +0800", "2025-06-04 12:00:00 +0800", "120.00", "0.00", "Tee"],
      ["#1001", "", "", "", "", "", "", "Cap"],
      ["#1002", "b@x.com", "partially_refunded", "2025-06-02 10:00:00 +0800", "2025-06-02 20:00:00 +0800", "80.00", "15.00", "Mug"],
      ["#1003", "c@x.com", "refunded", "2025-06-03 10:00:00 +0800", "", "50.00", "50.00", "Hat"],
      ["#1004", "d@x.com", "paid", "2025-06-05 10:00:00 +0800", "", "30.00", "0.00", "Pin"],
    ];
    const mapping = mappingOf(grid);
    const { table, skipped } = readOrderTable(grid, mapping, { sheet: "orders_export", headerRow: 0 });
    expect(skipped).toEqual([]);
    expect(table.length).toBe(3);
    const f = table.fulfilment!;
    const hours = Array.from(f.shipped!, (s, k) => (s - table.time[k]) * 24);
    expect(hours[0]).toBeCloseTo(74, 6);
    expect(hours[1]).toBeCloseTo(10, 6);
    expect(hours[2]).toBeNaN();
    expect(Array.from(f.refunded!)).toEqual([0, 1, 0]);
    expect([f.closedPaid.time.length, f.closedPaid.refunded![0]]).toEqual([1, 1]);
  });
});
