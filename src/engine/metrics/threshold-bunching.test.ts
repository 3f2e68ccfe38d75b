import { describe, expect, it } from "vitest";
import { thresholdBunching } from "./threshold-bunching";
import { serialFromCivil } from "../calendar";
import { isMetricError } from "../metric-error";

const AUGUST = { threshold: 200, discount: 30, from: serialFromCivil(2025, 8, 1), to: serialFromCivil(2025, 9, 1) };
const aug = serialFromCivil(2025, 8, 10);
const jul = serialFromCivil(2025, 7, 10);

function columns(amount: number[], time: number[], cost?: number[]) {
  return {
    length: amount.length, amount: Float64Array.from(amount), time: Float64Array.from(time), counted: new Uint8Array(amount.length).fill(1),
    cost: cost === undefined ? null : Float64Array.from(cost),
  };
}

describe("thresholdBunching", () => {
  it("counts orders just under and just over, in the promotion's dates and outside, worked by hand", () => {
    // August: 185 (under), 205 (over), 210 (over), 150 (neither), 220 (at/over, not just over: 220 = 1.1 × 200 is out of [200, 220)).
    // July: 185, 190 (under), 205 (over).
    const figures = thresholdBunching(columns([185, 205, 210, 150, 220, 185, 190, 205], [aug, aug, aug, aug, aug, jul, jul, jul]), AUGUST);
    if (isMetricError(figures)) throw new Error("expected figures");
    expect(figures.inPromotion).toEqual({ orders: 5, justUnder: 1, justOver: 2, atOrOver: 3, underShare: 0.2, overShare: 0.4, overToUnder: 2 });
    expect(figures.outside).toMatchObject({ orders: 3, justUnder: 2, justOver: 1, atOrOver: 1, overToUnder: 0.5 });
    // 3 August orders at or over 200, 30 off each.
    expect(figures.promotionCost).toBe(90);
    expect(figures.grossProfit).toBeNull();
    expect(figures.costUnknownOrders).toBe(3);
  });

  it("bins goods from 50% to 150% of the threshold, 5% wide", () => {
    const figures = thresholdBunching(columns([100, 199.99, 200, 209.99, 299.99, 300, 99.99], [aug, aug, aug, aug, aug, aug, aug]), AUGUST);
    if (isMetricError(figures)) throw new Error("expected figures");
    expect(figures.bins).toHaveLength(20);
    expect(figures.bins[0]).toMatchObject({ low: 100, high: 110, inPromotion: 1 });
    expect(figures.bins[9]).toMatchObject({ low: 190, high: 200, inPromotion: 1 });
    expect(figures.bins[10]).toMatchObject({ low: 200, high: 210, inPromotion: 2 });
    expect(figures.bins[19]).toMatchObject({ low: 290, high: 300, inPromotion: 1 });
    // 300 and 99.99 fall outside the bins but are orders of the side.
    expect(figures.bins.reduce((s, b) => s + b.inPromotion, 0)).toBe(5);
    expect(figures.bins[10].inPromotionShare).toBeCloseTo(2 / 7, 12);
  });

  it("sets the gross profit of the orders over the threshold against the promotion's cost", () => {
    // August orders over 200: 205 (cost 150), 240 (cost unknown), 260 (cost 180). Profit 55 + 80 = 135; cost 3 × 30 = 90.
    const figures = thresholdBunching(columns([205, 240, 260, 120], [aug, aug, aug, aug], [150, NaN, 180, 60]), AUGUST);
    if (isMetricError(figures)) throw new Error("expected figures");
    expect(figures).toMatchObject({ promotionCost: 90, grossProfit: 135, grossProfitOrders: 2, costUnknownOrders: 1, profitToCost: 1.5 });
  });

  it("compares the threshold with the goods where given, and keeps to the windows", () => {
    const c = { ...columns([170, 180], [aug, jul]), goods: Float64Array.of(200, 180) };
    const figures = thresholdBunching(c, AUGUST, { windows: [{ from: AUGUST.from, to: AUGUST.to }] });
    if (isMetricError(figures)) throw new Error("expected figures");
    expect(figures.inPromotion).toMatchObject({ orders: 1, justOver: 1, atOrOver: 1 });
    expect(figures.outside.orders).toBe(0);
    expect(figures.outside.underShare).toBeNull();
  });

  it("is #DIV/0! without an order", () => {
    const none = thresholdBunching(columns([], []), AUGUST);
    expect(isMetricError(none) && none.code).toBe("DIV0");
  });
});
