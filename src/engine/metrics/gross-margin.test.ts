import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { grossMargin, grossMarginOfTotals } from "./gross-margin";
import { isMetricError } from "../metric-error";

describe("grossMargin", () => {
  it("is (revenue − cost) ÷ revenue", () => {
    expect(grossMargin(Float64Array.of(100), Float64Array.of(90))).toBeCloseTo(0.1, 12);
    expect(grossMargin(Float64Array.of(200), Float64Array.of(150))).toBe(0.25);
  });

  it("weights by revenue over many rows, not the mean of row margins", () => {
    // Row margins 50% and 10% (mean 30%); summed: (400 − 320) ÷ 400 = 20%.
    expect(grossMargin(Float64Array.of(100, 300), Float64Array.of(50, 270))).toBeCloseTo(0.2, 12);
  });

  it("skips rows whose revenue is blank, with their cost", () => {
    expect(grossMargin(Float64Array.of(100, NaN), Float64Array.of(75, 1000))).toBe(0.25);
  });

  it("skips rows whose cost is blank instead of counting the cost as 0", () => {
    // 100 at cost 90 (10%) and 100 with an unknown cost: the margin is that of the known row.
    expect(grossMargin(Float64Array.of(100, 100), Float64Array.of(90, NaN))).toBeCloseTo(0.1, 12);
  });

  it("reports a loss as a negative margin", () => {
    expect(grossMargin(Float64Array.of(100), Float64Array.of(101.5))).toBeCloseTo(-0.015, 12);
  });

  it("is #DIV/0! when the revenue sums to 0", () => {
    for (const result of [
      grossMargin(new Float64Array(0), new Float64Array(0)),
      grossMargin(Float64Array.of(NaN), Float64Array.of(5)),
      grossMargin(Float64Array.of(0, 0), Float64Array.of(1, 2)),
      grossMargin(Float64Array.of(100, -100), Float64Array.of(1, 2)),
    ]) {
      expect(isMetricError(result)).toBe(true);
      expect(result).toEqual({ kind: "metric-error", code: "DIV0", key: "argument.zero", params: { what: "what.revenueTotal" } });
    }
  });

  it("gives the review's margin fall of 6.8 pp (25% → 18.2%)", () => {
    const before = grossMargin(Float64Array.of(600, 400), Float64Array.of(450, 300)) as number;
    const after = grossMargin(Float64Array.of(500, 500), Float64Array.of(400, 418)) as number;
    expect(before).toBe(0.25);
    expect(after).toBeCloseTo(0.182, 12);
    expect((after - before) * 100).toBeCloseTo(-6.8, 9);
  });

  it("lies at or below 1 for non-negative costs and positive revenues", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 30 }), (rows) => {
        const m = grossMargin(Float64Array.from(rows, ([r]) => r), Float64Array.from(rows, ([, c]) => c)) as number;
        const revenue = rows.reduce((s, [r]) => s + r, 0);
        const cost = rows.reduce((s, [, c]) => s + c, 0);
        expect(m).toBeLessThanOrEqual(1);
        expect(m).toBeCloseTo((revenue - cost) / revenue, 6);
      }),
      { numRuns: 100 },
    );
  });
});

describe("grossMarginOfTotals: the review's margin from its one-pass sums", () => {
  it("is (revenue − cost) ÷ revenue, #DIV/0! from no revenue and #NUM! from a negative revenue", () => {
    expect(grossMarginOfTotals(100, 90)).toBeCloseTo(0.1, 12);
    expect(grossMarginOfTotals(100, 120)).toBeCloseTo(-0.2, 12);
    expect(grossMarginOfTotals(0, 5)).toMatchObject({ code: "DIV0", key: "argument.zero" });
    expect(grossMarginOfTotals(-50, 10)).toMatchObject({ code: "NUM", key: "argument.negative", params: { found: -50 } });
  });

  it("is what grossMargin gives over the rows, refunds making the revenue negative included", () => {
    expect(grossMargin(Float64Array.of(100, 50), Float64Array.of(60, 30))).toBe(grossMarginOfTotals(150, 90));
    expect(grossMargin(Float64Array.of(-100, 20), Float64Array.of(0, 10))).toEqual(grossMarginOfTotals(-80, 10));
  });
});
