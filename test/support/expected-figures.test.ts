/**
 * The expected figures on a shop small enough to work out by hand: every rule of the definitions
 * (order time = payment time, counted statuses, refunded lines off the amount, new buyers over all
 * the data, band edges low ≤ amount < high) decides at least one number below.
 */
import { describe, expect, it } from "vitest";
import { expectedCost, expectedFigures } from "./expected-figures";
import type { ShopLine, ShopOrder } from "./shop-orders";

const line = (lineAmount: number, unitCost: number, refunded = false): ShopLine => ({
  title: "item", sku: "SKU", quantity: 1, unitPrice: lineAmount, lineAmount, unitCost, refunded,
});

const order = (id: string, buyer: string, createdAt: string, paidAt: string | null, status: ShopOrder["status"], lines: ShopLine[]): ShopOrder => ({
  id, buyer, createdAt, paidAt, status, channel: "手淘搜索", lines, shipping: 0,
});

const SHOP: ShopOrder[] = [
  order("1", "A", "2025-01-15 10:00:00", "2025-01-15 10:05:00", "finished", [line(30, 10)]),
  order("2", "A", "2025-02-03 10:00:00", "2025-02-03 10:05:00", "finished", [line(60, 20), line(45, 15, true)]),
  order("3", "A", "2025-03-10 10:00:00", "2025-03-10 10:05:00", "finished", [line(120, 50)]),
  order("4", "B", "2025-02-20 10:00:00", "2025-02-20 10:05:00", "shipped", [line(500, 300)]),
  order("5", "C", "2025-02-21 10:00:00", null, "unpaid", [line(80, 30)]),
  order("6", "C", "2025-03-01 10:00:00", null, "closed", [line(80, 30)]),
  order("7", "D", "2025-03-05 10:00:00", "2025-03-05 10:05:00", "refunded", [line(70, 30, true)]),
  // Created in March, paid in April: an April order.
  order("8", "D", "2025-03-31 23:59:00", "2025-04-01 00:10:00", "paid", [line(99.99, 40)]),
  order("9", "E", "2025-03-15 10:00:00", "2025-03-15 10:05:00", "paid", [line(49.99, 20)]),
];

describe("expectedFigures", () => {
  const figures = expectedFigures(SHOP, { from: "2025-02", to: "2025-03" });

  it("counts paid orders of the period, apart from unpaid and closed ones", () => {
    expect(figures.orders).toBe(4);
    expect(figures.lines).toBe(4);
    expect(figures.unpaidOrders).toBe(1);
    expect(figures.closedOrders).toBe(2);
  });

  it("adds the kept lines into GMV, and says what the refunds took off", () => {
    expect(figures.gmv).toBe(729.99);
    expect(figures.chargedGmv).toBe(774.99);
    expect(figures.partialRefunds).toEqual({ orders: 1, amount: 45 });
    expect(figures.aov).toBeCloseTo(729.99 / 4, 12);
    expect(figures.grossMargin).toBeCloseTo((729.99 - 390) / 729.99, 12);
    expect(expectedCost(SHOP, { from: "2025-02", to: "2025-03" })).toBe(390);
  });

  it("counts buyers, repurchase and new buyers as PRODUCT.md defines them", () => {
    expect(figures.buyers).toBe(3);
    expect(figures.aovPerBuyer).toBeCloseTo(729.99 / 3, 12);
    expect(figures.repurchaseRate).toBeCloseTo(1 / 3, 12);
    // A's first order is in January: not new; B and E are.
    expect(figures.newBuyers).toBe(2);
  });

  it("gives each month its figures", () => {
    expect(figures.monthly.map((m) => [m.month, m.gmv, m.orders, m.buyers, m.newBuyers, m.returningBuyers])).toEqual([
      ["2025-02", 560, 2, 2, 1, 1],
      ["2025-03", 169.99, 2, 2, 1, 1],
    ]);
    expect(figures.monthly[0].aov).toBe(280);
    expect(figures.monthly[1].grossMargin).toBeCloseTo((169.99 - 70) / 169.99, 12);
  });

  it("bands orders by their amount, low ≤ amount < high", () => {
    expect(figures.priceBands.map((b) => [b.band, b.low, b.high, b.orders, b.gmv])).toEqual([
      ["<50", null, 50, 1, 49.99],
      ["50-100", 50, 100, 1, 60],
      ["100-200", 100, 200, 1, 120],
      ["200-500", 200, 500, 0, 0],
      [">=500", 500, null, 1, 500],
    ]);
    expect(figures.priceBands.reduce((sum, b) => sum + b.orderShare, 0)).toBeCloseTo(1, 12);
    expect(figures.priceBands[3].grossMargin).toBeNull();
    expect(expectedFigures(SHOP, { from: "2025-02", to: "2025-03" }, { priceBandEdges: [100] }).priceBands.map((b) => b.orders)).toEqual([2, 2]);
  });

  it("puts an order in the month of its payment", () => {
    const april = expectedFigures(SHOP, { from: "2025-04", to: "2025-04" });
    expect([april.orders, april.gmv, april.newBuyers]).toEqual([1, 99.99, 1]);
    const all = expectedFigures(SHOP, { from: "2025-01", to: "2025-04" });
    expect([all.orders, all.buyers, all.newBuyers]).toEqual([6, 4, 4]);
  });

  it("answers null, not 0, where a ratio has nothing to divide by", () => {
    const empty = expectedFigures(SHOP, { from: "2024-01", to: "2024-02" });
    expect([empty.orders, empty.gmv, empty.aov, empty.aovPerBuyer, empty.repurchaseRate, empty.grossMargin]).toEqual([0, 0, null, null, null, null]);
    expect(empty.monthly).toHaveLength(2);
  });
});
