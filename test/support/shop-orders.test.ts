import { describe, expect, it } from "vitest";
import {
  SHOP_CATALOG, generateShopOrders, isCountedOrder, orderAmount, orderChargedAmount, orderRefundedAmount, toCents, type ShopOrder,
} from "./shop-orders";

const OPTIONS = { seed: 42, orders: 400, from: "2025-01", to: "2025-06" } as const;
const orders = generateShopOrders(OPTIONS);

describe("generateShopOrders", () => {
  it("gives the same orders for the same seed, others for another", () => {
    expect(generateShopOrders(OPTIONS)).toEqual(orders);
    expect(generateShopOrders({ ...OPTIONS, seed: 43 })).not.toEqual(orders);
  });

  it("numbers the orders in order of creation, inside the months asked", () => {
    expect(orders).toHaveLength(400);
    orders.forEach((order, k) => {
      expect(order.id).toBe(String(100001 + k));
      expect(order.createdAt).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      if (k > 0) expect(order.createdAt >= orders[k - 1].createdAt).toBe(true);
    });
    expect(orders[0].createdAt.slice(0, 7)).toBe("2025-01");
    expect(orders.at(-1)!.createdAt.slice(0, 7)).toBe("2025-06");
  });

  it("writes 1–5 distinct catalog lines with 2-decimal amounts no more than the list price", () => {
    const sizes = new Set(orders.map((order) => order.lines.length));
    expect([...sizes].sort()).toEqual([1, 2, 3, 4, 5]);
    for (const order of orders) {
      expect(new Set(order.lines.map((line) => line.sku)).size).toBe(order.lines.length);
      expect(order.shipping).toBe(0);
      for (const line of order.lines) {
        expect(SHOP_CATALOG.some((item) => item.sku === line.sku && item.title === line.title && item.price === line.unitPrice)).toBe(true);
        expect(Number.isInteger(line.quantity) && line.quantity >= 1).toBe(true);
        expect(Math.abs(line.lineAmount * 100 - toCents(line.lineAmount))).toBeLessThan(1e-6);
        expect(toCents(line.lineAmount)).toBeLessThanOrEqual(toCents(line.unitPrice) * line.quantity);
      }
    }
  });

  it("pays orders 1–50 minutes after creation on the same day, and never pays unpaid or closed ones", () => {
    for (const order of orders) {
      if (order.status === "unpaid" || order.status === "closed") {
        expect(order.paidAt).toBeNull();
        continue;
      }
      expect(order.paidAt).not.toBeNull();
      const minutes = (Date.parse(`${order.paidAt!.replace(" ", "T")}Z`) - Date.parse(`${order.createdAt.replace(" ", "T")}Z`)) / 60_000;
      expect(minutes).toBeGreaterThanOrEqual(1);
      expect(minutes).toBeLessThanOrEqual(50);
      expect(order.paidAt!.slice(0, 10)).toBe(order.createdAt.slice(0, 10));
    }
  });

  it("holds every status, full and partial refunds, and repeat buyers", () => {
    const count = (status: ShopOrder["status"]) => orders.filter((order) => order.status === status).length;
    for (const status of ["paid", "shipped", "finished", "closed", "unpaid", "refunded"] as const) expect(count(status), status).toBeGreaterThan(0);
    for (const order of orders.filter((o) => o.status === "refunded")) expect(order.lines.every((line) => line.refunded)).toBe(true);
    for (const order of orders.filter((o) => o.status !== "refunded")) {
      expect(order.lines.filter((line) => line.refunded).length).toBeLessThanOrEqual(isCountedOrder(order) ? 1 : 0);
    }
    const partial = orders.filter((order) => isCountedOrder(order) && order.lines.some((line) => line.refunded));
    expect(partial.length).toBeGreaterThan(0);
    expect(partial.every((order) => order.lines.length >= 2)).toBe(true);

    const perBuyer = new Map<string, number>();
    for (const order of orders.filter(isCountedOrder)) perBuyer.set(order.buyer, (perBuyer.get(order.buyer) ?? 0) + 1);
    const repeat = [...perBuyer.values()].filter((n) => n >= 2).length;
    expect(repeat).toBeGreaterThan(perBuyer.size * 0.1);
    expect(repeat).toBeLessThan(perBuyer.size * 0.6);
  });

  it("spreads counted orders over every default price band", () => {
    const amounts = orders.filter(isCountedOrder).map(orderAmount);
    const edges = [0, 50, 100, 200, 500, Infinity];
    for (let k = 0; k < 5; k++) expect(amounts.filter((a) => a >= edges[k] && a < edges[k + 1]).length, `band ${k}`).toBeGreaterThan(5);
  });

  it("takes refunded lines off the amount: amount + refunded = charged, to the cent", () => {
    for (const order of orders) {
      expect(toCents(orderAmount(order)) + toCents(orderRefundedAmount(order))).toBe(toCents(orderChargedAmount(order)));
      if (order.status === "refunded") expect(orderAmount(order)).toBe(0);
    }
  });

  it("honours the shares asked for", () => {
    const none = generateShopOrders({ ...OPTIONS, unpaidShare: 0, closedShare: 0, refundedShare: 0, partialRefundShare: 0, multiLineShare: 0 });
    expect(none.every((order) => isCountedOrder(order) && order.lines.length === 1 && !order.lines[0].refunded)).toBe(true);
    const all = generateShopOrders({ ...OPTIONS, unpaidShare: 1 });
    expect(all.every((order) => order.status === "unpaid")).toBe(true);
  });
});
