import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { priceForMargin } from "./price-for-margin";
import { marginBandPosition } from "./margin-band";
import { isMetricError } from "../metric-error";

describe("priceForMargin", () => {
  it("is cost ÷ (1 − m)", () => {
    expect(priceForMargin(88, 0.12)).toBeCloseTo(100, 10);
    expect(priceForMargin(92, 0.08)).toBeCloseTo(100, 10);
    expect(priceForMargin(75, 0.25)).toBe(100);
    expect(priceForMargin(50, 0)).toBe(50);
    expect(priceForMargin(0, 0.3)).toBe(0);
  });

  it("prices a slow-mover cleared at 1.5% loss just under cost", () => {
    const price = priceForMargin(100, -0.015) as number;
    expect(price).toBeCloseTo(100 / 1.015, 10);
    expect(price).toBeLessThan(100);
    expect((price - 100) / price).toBeCloseTo(-0.015, 12);
  });

  it("lands inside the band it aims at", () => {
    expect(marginBandPosition(priceForMargin(88, 0.08) as number, 88)).toBe("inside");
    expect(marginBandPosition(priceForMargin(88, 0.12) as number, 88)).toBe("inside");
    expect(marginBandPosition(priceForMargin(88, 0.1) as number, 88)).toBe("inside");
  });

  it("refuses a margin of 100% or more, of −100% or less, and a negative cost (#NUM!)", () => {
    for (const m of [1, 1.5, -1, -2, NaN]) {
      const result = priceForMargin(100, m);
      expect(isMetricError(result), String(m)).toBe(true);
      expect(result).toMatchObject({ code: "NUM", key: "argument.outOfRange", params: { what: "what.targetMargin" } });
    }
    expect(priceForMargin(-1, 0.1)).toEqual({ kind: "metric-error", code: "NUM", key: "argument.negative", params: { what: "what.costs", found: -1 } });
  });

  it("gives a price whose margin is the target", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: -0.9, max: 0.95, noNaN: true }), (cost, m) => {
        const price = priceForMargin(cost, m) as number;
        expect((price - cost) / price).toBeCloseTo(m, 9);
      }),
      { numRuns: 150 },
    );
  });
});
