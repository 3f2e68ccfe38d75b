import { describe, expect, it } from "vitest";
import { aovDecomposition, basketFigures, type BasketFigures, type BasketLineColumns, type BasketOrderColumns } from "./basket";
import { serialFromCivil } from "../calendar";
import { isMetricError } from "../metric-error";

const JULY = { from: serialFromCivil(2025, 7, 1), to: serialFromCivil(2025, 8, 1) };
const AUGUST = { from: serialFromCivil(2025, 8, 1), to: serialFromCivil(2025, 9, 1) };
const PROMOTION = { threshold: 200, discount: 30, ...AUGUST };

function orders(amount: number[], time: number[], counted = amount.map(() => 1)): BasketOrderColumns {
  return { length: amount.length, amount: Float64Array.from(amount), time: Float64Array.from(time), counted: Uint8Array.from(counted) };
}
function lines(order: number[], amount: number[], quantity: number[] | null, counted = order.map(() => 1)): BasketLineColumns {
  return {
    length: order.length, order: Int32Array.from(order), amount: Float64Array.from(amount),
    quantity: quantity === null ? null : Float64Array.from(quantity), counted: Uint8Array.from(counted),
  };
}

describe("basketFigures", () => {
  const jul = serialFromCivil(2025, 7, 10);
  const aug = serialFromCivil(2025, 8, 10);
  // July: order 0 = 150 (one line, 3 items), order 1 = 100 (60 + 40, 1 item each).
  // August: order 2 = 210 (180 + 30 add-on), order 3 = 195 (one line of 2), order 4 = 220 (110 + 110).
  const o = orders([150, 100, 210, 195, 220], [jul, jul, aug, aug, aug]);
  const l = lines([0, 1, 1, 2, 2, 3, 4, 4], [150, 60, 40, 180, 30, 195, 110, 110], [3, 1, 1, 1, 1, 2, 1, 1]);

  it("counts items, lines and amount per item per window, worked by hand", () => {
    const [july, august] = basketFigures(o, l, [JULY, AUGUST]);
    // July: 2 orders, 5 items, 3 lines, GMV 250.
    expect(july).toMatchObject({ orders: 2, leftOut: 0, gmv: 250, items: 5, lines: 3, itemsPerOrder: 2.5, linesPerOrder: 1.5, amountPerItem: 50, aov: 125, addOnPerOrder: null });
    // August: 3 orders, 6 items, 5 lines, GMV 625.
    expect(august).toMatchObject({ orders: 3, gmv: 625, items: 6, lines: 5, itemsPerOrder: 2, amountPerItem: 625 / 6 });
    expect(august.itemsPerOrder! * august.amountPerItem!).toBeCloseTo(august.aov!, 12);
  });

  it("finds the lines that take their order across the threshold, in the promotion's dates only", () => {
    const [july, august] = basketFigures(o, l, [JULY, AUGUST], { addOn: { kind: "threshold", promotions: [PROMOTION] } });
    // Order 2: 210 − 30 = 180 < 200 and 210 − 180 = 30 < 200: both lines pass, the cheaper (30) is the add-on.
    // Order 3 has one line: no add-on. Order 4: 220 − 110 = 110 < 200 for both: one add-on of 110 (the later line).
    expect(august).toMatchObject({ addOnLines: 2, addOnOrders: 2, addOnAmount: 140 });
    expect(august.addOnPerOrder).toBeCloseTo(140 / 3, 12);
    // July has no promotion: no add-on line, per order 0.
    expect(july).toMatchObject({ addOnLines: 0, addOnAmount: 0, addOnPerOrder: 0 });
  });

  it("takes no line of an order that stays under the threshold, nor one the order would reach without", () => {
    // 150 + 40 = 190: under 200. 250 + 30: 280 − 30 = 250 ≥ 200, so the 30 line takes nothing across; 280 − 250 = 30 < 200, so the 250 line does.
    const o3 = orders([190, 280], [aug, aug]);
    const [august] = basketFigures(o3, lines([0, 0, 1, 1], [150, 40, 250, 30], [1, 1, 1, 1]), [AUGUST], { addOn: { kind: "threshold", promotions: [PROMOTION] } });
    expect(august).toMatchObject({ addOnLines: 1, addOnOrders: 1, addOnAmount: 250 });
  });

  it("takes lines under the price limit in orders with other items", () => {
    const [, august] = basketFigures(o, l, [JULY, AUGUST], { addOn: { kind: "priceLimit", limit: 50 } });
    // Only the 30 line of order 2 (unit price 30 < 50); order 1's 40 line is in July.
    expect(august).toMatchObject({ addOnLines: 1, addOnAmount: 30 });
    const [july] = basketFigures(o, l, [JULY], { addOn: { kind: "priceLimit", limit: 50 } });
    expect(july).toMatchObject({ addOnLines: 1, addOnAmount: 40, addOnPerOrder: 20 });
  });

  it("skips closed lines and leaves out orders whose lines are unknown, counting them", () => {
    // Order 0: 100 + a refunded 80 line; order 1: a line without quantity; order 2: a line without amount.
    const o2 = orders([100, 50, 90], [aug, aug, aug]);
    const l2 = lines([0, 0, 1, 2, 2], [100, 80, 50, NaN, 90], [2, 1, NaN, 1, 1], [1, 0, 1, 1, 1]);
    const [plain] = basketFigures(o2, l2, [AUGUST]);
    // Without an add-on rule line amounts are not needed: order 2 stays.
    expect(plain).toMatchObject({ orders: 2, leftOut: 1, items: 4, lines: 3, gmv: 190 });
    const [withRule] = basketFigures(o2, l2, [AUGUST], { addOn: { kind: "priceLimit", limit: 10 } });
    expect(withRule).toMatchObject({ orders: 1, leftOut: 2, items: 2, lines: 1, gmv: 100 });
  });

  it("counts each line as one item without a quantity column", () => {
    const [august] = basketFigures(o, lines([0, 1, 1, 2, 2, 3, 4, 4], [150, 60, 40, 180, 30, 195, 110, 110], null), [AUGUST]);
    expect(august).toMatchObject({ items: 5, lines: 5, itemsPerOrder: 5 / 3 });
  });

  it("leaves out orders not counted", () => {
    const [august] = basketFigures(orders([210, 195], [aug, aug], [1, 0]), lines([0, 0, 1], [180, 30, 195], [1, 1, 1]), [AUGUST]);
    expect(august).toMatchObject({ orders: 1, leftOut: 0, gmv: 210 });
  });
});

describe("aovDecomposition", () => {
  const figures = (itemsPerOrder: number, amountPerItem: number, addOnPerOrder: number | null): BasketFigures => ({
    orders: 10, leftOut: 0, gmv: 10 * itemsPerOrder * amountPerItem, items: 10 * itemsPerOrder, lines: 10, itemsPerOrder, linesPerOrder: 1,
    amountPerItem, aov: itemsPerOrder * amountPerItem, addOnLines: 0, addOnOrders: 0, addOnAmount: 0, addOnPerOrder,
  });

  it("splits the change by the midpoint rule, worked by hand", () => {
    // Before 2 × 50 = 100; after 2.5 × 48 = 120. Items: 0.5 × (50 + 48) / 2 = 24.5; price: −2 × (2 + 2.5) / 2 = −4.5.
    const d = aovDecomposition(figures(2, 50, 0), figures(2.5, 48, 7.4));
    if (isMetricError(d)) throw new Error("expected figures");
    expect(d.change).toBeCloseTo(20, 12);
    expect(d.fromItemsPerOrder).toBeCloseTo(24.5, 12);
    expect(d.fromAmountPerItem).toBeCloseTo(-4.5, 12);
    expect(d.fromItemsPerOrder + d.fromAmountPerItem).toBeCloseTo(d.change, 12);
    // Add-on amount per order rose 0 → 7.4 of a 20 rise: 37%, the real review's figure.
    expect(d.addOnShare).toBeCloseTo(0.37, 12);
  });

  it("sums exactly on random baskets", () => {
    for (let k = 0; k < 200; k++) {
      const q0 = 1 + Math.random() * 4;
      const q1 = 1 + Math.random() * 4;
      const p0 = 10 + Math.random() * 200;
      const p1 = 10 + Math.random() * 200;
      const d = aovDecomposition(figures(q0, p0, null), figures(q1, p1, null));
      if (isMetricError(d)) throw new Error("expected figures");
      expect(d.fromItemsPerOrder + d.fromAmountPerItem).toBeCloseTo(q1 * p1 - q0 * p0, 9);
      expect(d.addOnShare).toBeNull();
    }
  });

  it("gives no share when AOV did not rise, and an error without orders", () => {
    const same = aovDecomposition(figures(2, 50, 1), figures(2, 50, 3));
    expect(isMetricError(same) ? null : same.addOnShare).toBeNull();
    // AOV fell from 100 to 90 while add-ons per order rose by 2: a share of the fall (−20%) is no share.
    const fell = aovDecomposition(figures(2, 50, 1), figures(2, 45, 3));
    expect(isMetricError(fell) ? "error" : [fell.change, fell.addOnChange, fell.addOnShare]).toEqual([-10, 2, null]);
    const none = aovDecomposition({ ...figures(2, 50, 0), orders: 0, itemsPerOrder: null, amountPerItem: null, aov: null }, figures(2, 50, 0));
    expect(isMetricError(none) && none.code).toBe("DIV0");
  });
});
