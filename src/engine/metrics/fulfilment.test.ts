import { describe, expect, it } from "vitest";
import { serialFromCivil } from "../calendar";
import { isMetricError } from "../metric-error";
import { fulfilmentByMonth, type FulfilmentMonth } from "./fulfilment";

const at = (month: number, day: number, hour = 0) => serialFromCivil(2025, month, day, hour);
const months = (value: ReturnType<typeof fulfilmentByMonth>): FulfilmentMonth[] => {
  if (isMetricError(value)) throw new Error(value.key);
  return value;
};

describe("fulfilmentByMonth", () => {
  it("hand-worked: June delays 10, 20, 30, 60 h and one order not shipped; July 100 h", () => {
    const paid = Float64Array.of(at(6, 1, 8), at(6, 2, 8), at(6, 3, 8), at(6, 4, 8), at(6, 5, 8), at(7, 1, 0));
    const shipped = Float64Array.of(at(6, 1, 18), at(6, 3, 4), at(6, 4, 14), at(6, 6, 20), NaN, at(7, 5, 4));
    const afterSales = Uint8Array.of(0, 1, 0, 1, 0, 0);
    const refunded = Uint8Array.of(0, 1, 0, 0, 0, 1);
    const [june, july] = months(fulfilmentByMonth(paid, shipped, { afterSales, refunded }));
    expect(june.month).toBe(2025 * 12 + 5);
    expect([june.orders, june.shipped]).toEqual([5, 4]);
    // Sorted 10, 20, 30, 60: median (20 + 30) ÷ 2 = 25; p90 h = 2.7: 30 + 0.7 × 30 = 51.
    expect(june.medianHours).toBeCloseTo(25, 9);
    expect(june.p90Hours).toBeCloseTo(51, 9);
    // Only 60 h is over 48 h: 1 of the 4 shipped.
    expect([june.late, june.lateShare]).toEqual([1, 0.25]);
    // Rates over the 5 paid orders, the unshipped one included.
    expect([june.afterSales, june.afterSalesRate, june.refunded, june.refundRate]).toEqual([2, 0.4, 1, 0.2]);
    expect([july.orders, july.shipped, july.late]).toEqual([1, 1, 1]);
    expect(july.medianHours).toBeCloseTo(100, 9);
    expect(july.refundRate).toBe(1);
  });

  it("exactly the limit is on time; the limit is settable", () => {
    const paid = Float64Array.of(at(6, 1), at(6, 1));
    const shipped = Float64Array.of(at(6, 3), at(6, 2));
    expect(months(fulfilmentByMonth(paid, shipped))[0].late).toBe(0);
    expect(months(fulfilmentByMonth(paid, shipped, { limitHours: 24 }))[0].late).toBe(1);
  });

  it("rows sharing an order id are one order: its first payment, its last line's shipping", () => {
    const paid = Float64Array.of(at(6, 1), at(6, 1), NaN, at(6, 2));
    const shipped = Float64Array.of(at(6, 2), at(6, 4), NaN, at(6, 2, 12));
    const refunded = Uint8Array.of(0, 1, 0, 0);
    const [june] = months(fulfilmentByMonth(paid, shipped, { orderIds: Int32Array.of(0, 0, 1, -1), refunded }));
    // Order 0: 72 h (its second line), refunded; order 1 unpaid; the row without an id: 12 h.
    expect([june.orders, june.shipped, june.late, june.refunded]).toEqual([2, 2, 1, 1]);
    expect(june.medianHours).toBeCloseTo(42, 9);
  });

  it("asked-for months without orders are there, with blank figures; no flags: no rates", () => {
    const result = months(fulfilmentByMonth(Float64Array.of(at(7, 1)), Float64Array.of(at(7, 2)), { months: { from: 2025 * 12 + 5, to: 2025 * 12 + 7 } }));
    expect(result.map((m) => [m.orders, m.medianHours, m.lateShare])).toEqual([[0, null, null], [1, 24, 0], [0, null, null]]);
    expect(result[1].afterSalesRate).toBeNull();
    expect(result[1].refundRate).toBeNull();
  });

  it("errors as values: shipped before paid, a bad limit, no paid order", () => {
    const before = fulfilmentByMonth(Float64Array.of(at(6, 2), at(6, 3)), Float64Array.of(at(6, 3), at(6, 1)));
    expect(isMetricError(before) && [before.code, before.key, before.params.row]).toEqual(["VALUE", "argument.shippedBeforePaid", 2]);
    const limit = fulfilmentByMonth(Float64Array.of(at(6, 2)), Float64Array.of(NaN), { limitHours: 0 });
    expect(isMetricError(limit) && limit.code).toBe("NUM");
    const none = fulfilmentByMonth(Float64Array.of(NaN), Float64Array.of(NaN));
    expect(isMetricError(none) && none.key).toBe("argument.noPaidOrders");
  });
});
