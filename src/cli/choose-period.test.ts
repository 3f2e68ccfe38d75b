import { describe, expect, it } from "vitest";
import { monthLabel } from "../engine/calendar";
import { readOrderTable } from "../review/order-table";
import { CliError } from "./cli-error";
import { checkPeriodHasOrders } from "./choose-period";
import { defaultPeriod } from "../review/default-period";

/** An order table with one order at each of the given times ("2025-06-01 10:00:00"), the last `refunded` of them refunded. */
function ordersAt(times: readonly string[], refunded = 0) {
  const grid = [["买家", "付款时间", "金额", "状态"], ...times.map((time, i) => [`b${i}`, time, "10", i >= times.length - refunded ? "退款成功" : "交易成功"])];
  return readOrderTable(grid, { buyer: 0, time: 1, amount: 2, status: 3 }, { sheet: "orders", headerRow: 0 }).table;
}

const label = (range: { from: number; to: number } | null) => (range === null ? null : `${monthLabel(range.from)}..${monthLabel(range.to)}`);

describe("defaultPeriod", () => {
  it("takes the last five full months, the last month being full when the latest order is on its last day", () => {
    const monthly = Array.from({ length: 12 }, (_, m) => `${m < 2 ? 2024 : 2025}-${String(((m + 10) % 12) + 1).padStart(2, "0")}-15 10:00:00`);
    expect(label(defaultPeriod(ordersAt([...monthly, "2025-10-31 23:00:00"])))).toBe("2025-06..2025-10");
  });

  it("leaves out a month the export cut short", () => {
    expect(label(defaultPeriod(ordersAt(["2025-01-10", "2025-03-05", "2025-08-31", "2025-09-12"])))).toBe("2025-04..2025-08");
    // Three days before the end of October is a cut; two (a quiet last weekend) is not.
    expect(label(defaultPeriod(ordersAt(["2025-01-10", "2025-08-31", "2025-10-28 23:59:00"])))).toBe("2025-05..2025-09");
    expect(label(defaultPeriod(ordersAt(["2025-01-10", "2025-08-31", "2025-10-29 00:01:00"])))).toBe("2025-06..2025-10");
    expect(label(defaultPeriod(ordersAt(["2025-01-10", "2025-02-26 12:00:00"])))).toBe("2025-01..2025-02");
    expect(label(defaultPeriod(ordersAt(["2025-01-10", "2025-02-25 12:00:00"])))).toBe("2025-01..2025-01");
  });

  it("takes all months when there are fewer than five, and every month when none is full", () => {
    expect(label(defaultPeriod(ordersAt(["2025-05-02", "2025-06-30", "2025-07-03"])))).toBe("2025-05..2025-06");
    expect(label(defaultPeriod(ordersAt(["2025-06-02", "2025-06-20"])))).toBe("2025-06..2025-06");
  });

  it("looks at counted orders only", () => {
    expect(label(defaultPeriod(ordersAt(["2025-05-31", "2025-06-30"], 1)))).toBe("2025-05..2025-05");
    expect(defaultPeriod(ordersAt(["2025-05-31"], 1))).toBeNull();
  });
});

describe("checkPeriodHasOrders", () => {
  it("passes a period with a counted order and names the orders' months otherwise", () => {
    const orders = ordersAt(["2025-01-10", "2025-03-05", "2025-04-02"], 1);
    expect(() => checkPeriodHasOrders(orders, { from: 2025 * 12, to: 2025 * 12 })).not.toThrow();
    let error: unknown;
    try {
      checkPeriodHasOrders(orders, { from: 2025 * 12 + 3, to: 2025 * 12 + 5 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).params).toEqual({ from: "2025-04", to: "2025-06", first: "2025-01", last: "2025-03" });
  });
});
