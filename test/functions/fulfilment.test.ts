import { describe, expect, it } from "vitest";
import { fulfilmentFunction } from "../../src/functions/functions";
import { readOrderTable } from "../../src/review/order-table";
import { summarizeReview } from "../../src/review/review-summary";
import { detectTable } from "../../src/review/tables/detect-table";
import { orderMappingOf } from "../../src/review/tables/review-request";
import type { TableDetectionOf } from "../../src/review/tables/table-detection";
import { fulfilmentExport, fulfilmentOrders } from "../support/fulfilment-exports";
import { asTable, column, expectError, inChinese, invocation, OMITTED } from "./excel-call";

const HEADER = ["Month", "Paid orders", "Shipped", "Median hours to ship", "90th percentile hours", "Share shipped late", "After-sales rate", "Refund rate"];
const ADDRESSES = invocation("Sheet1!C2:C7", "Sheet1!H2:H7", "Sheet1!I2:I7", "Sheet1!J2:J7", "Sheet1!K1", "Sheet1!A2:A7");

// paid, shipped, after-sales, refund amount
const ROWS = [
  ["2025-06-01 08:00", "2025-06-01 18:00", "-", 0], //        10 h
  ["2025-06-02 08:00", "2025-06-03 04:00", "售后处理中", ""], //  20 h, a case
  ["2025-06-03 08:00", "2025-06-04 14:00", "无售后", 12.5], //   30 h, refunded in part
  ["2025-06-04 08:00", "2025-06-06 20:00", "", 0], //          60 h, late
  ["2025-06-05 08:00", "", "退款成功", 0], //                   not shipped, refunded
  ["", "", "", ""], //                                          not paid: not an order
] as const;
const col = (k: number) => column(...ROWS.map((row) => row[k]));

describe("EC.FULFILMENT", () => {
  it("spills one row per month of payment: hand-worked", () => {
    // Shipped: 10, 20, 30, 60 h → median 25, P90 51 (h = 2.7: 30 + 0.7 × 30), 1 of 4 late; 5 paid: 2 cases, 2 refunds.
    const table = asTable(fulfilmentFunction(col(0), col(1), col(2), col(3), undefined, undefined, ADDRESSES));
    expect(table[0]).toEqual(HEADER);
    expect(table[1].slice(0, 3)).toEqual(["2025-06", 5, 4]);
    expect(table[1][3]).toBeCloseTo(25, 9);
    expect(table[1][4]).toBeCloseTo(51, 9);
    expect(table[1].slice(5)).toEqual([0.25, 0.4, 0.4]);
  });

  it.each(OMITTED)("without after-sales and refunds (as $name) their rates are blank; the limit is settable", ({ value }) => {
    const table = asTable(fulfilmentFunction(col(0), col(1), value, value, 24));
    // Over 24 h: 30 and 60.
    expect(table[1].slice(5)).toEqual([0.5, "", ""]);
  });

  it("with order ids, an order of several rows is paid once and ships with its last line", () => {
    const table = asTable(fulfilmentFunction(
      column("2025-06-01 00:00", "", "2025-06-01 12:00"), column("2025-06-02 00:00", "2025-06-04 00:00", "2025-06-01 20:00"), undefined, undefined, undefined,
      column("A", "A", "B"),
    ));
    // A: 72 h (its second line), B: 8 h.
    expect(table[1].slice(0, 3)).toEqual(["2025-06", 2, 2]);
    expect(table[1][5]).toBe(0.5);
  });

  it("names the cell of a shipping time before its payment", () => {
    expectError(fulfilmentFunction(column("2025-06-02", "2025-06-05"), column("2025-06-03", "2025-06-04"), undefined, undefined, undefined, undefined, invocation("Sheet1!C2:C3", "Sheet1!H2:H3")),
      "#VALUE!", "Cell H3: the order was shipped before it was paid.");
  });

  it("refuses no paid order, and a limit beyond a year", () => {
    expectError(fulfilmentFunction(column("", ""), column("", "")), "#NUM!", "No row has a payment time, so there is no paid order.");
    expectError(fulfilmentFunction(col(0), col(1), undefined, undefined, 9000), "#NUM!");
  });

  it("speaks Chinese in Chinese Excel", () => {
    const table = inChinese(() => asTable(fulfilmentFunction(col(0), col(1))));
    expect(table[0][0]).toBe("月份");
    expect(table[0][5]).toBe("超时发货占比");
  });
});

describe("EC.FULFILMENT and the review agree on the same export", () => {
  it("千牛 order report with 发货时间 and 退款金额: every month's figures equal", () => {
    const grid = fulfilmentExport(fulfilmentOrders(7, 400), "qianniu");
    const header = grid[0] as string[];
    const cells = (name: string) => grid.slice(1).map((row) => [row[header.indexOf(name)]]);
    // The operator's formula over the sheet: =EC.FULFILMENT(F2:F…, G2:G…, , H2:H…) — paid time, shipping time, refund amount.
    const table = asTable(fulfilmentFunction(cells("订单付款时间"), cells("发货时间"), undefined, cells("退款金额")));

    const detection = detectTable(grid, { kind: "orders" }) as TableDetectionOf<"orders">;
    const mapped = orderMappingOf(detection);
    if (!("mapping" in mapped)) throw new Error(mapped.missing.join());
    const { table: orders, skipped } = readOrderTable(grid, mapped.mapping, { sheet: "订单", headerRow: 0 });
    const period = { from: 2025 * 12 + 5, to: 2025 * 12 + 8 };
    const summary = summarizeReview({ orders, skipped, period, compare: "previous", targets: {}, locale: "en-US", sources: ["订单"], generatedAt: new Date(0) });
    const months = summary.fulfilment!.months;
    expect(table.slice(1).map((row) => row[0])).toEqual(months.map((m) => m.month));
    for (const [k, m] of months.entries()) {
      const row = table[k + 1];
      expect(row.slice(1, 3), m.month).toEqual([m.orders, m.shipped]);
      expect(row[3]).toBeCloseTo(m.medianHours!, 9);
      expect(row[4]).toBeCloseTo(m.p90Hours!, 9);
      expect(row[5]).toBe(m.lateShare);
      expect(row[7]).toBe(m.refundRate);
    }
    // The closed orders paid and refunded are in both: the function counts rows with a payment time, the review its paid orders.
    expect(summary.fulfilment!.closedPaidOrders).toBeGreaterThan(0);
  });
});
