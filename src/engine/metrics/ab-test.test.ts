import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { abTest, type AbTestResult } from "./ab-test";
import { isMetricError } from "../metric-error";

/**
 * The upper tail of the standard normal, P(Z > z) for z ≥ 0, by Simpson's rule on the density
 * over [z, z + 12] (the tail beyond holds less than 1e-30 of the mass). Independent of the
 * library the engine uses; checked below against printed z-table values.
 */
function upperTail(z: number): number {
  const density = (t: number) => Math.exp(-0.5 * t * t) / Math.sqrt(2 * Math.PI);
  const steps = 6000;
  const h = 12 / steps;
  let sum = density(z) + density(z + 12);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * density(z + i * h);
  return (sum * h) / 3;
}

/** The pooled two-proportion z statistic, by hand. */
function pooledZ(xC: number, nC: number, xT: number, nT: number): number {
  const pooled = (xC + xT) / (nC + nT);
  return (xT / nT - xC / nC) / Math.sqrt(pooled * (1 - pooled) * (1 / nC + 1 / nT));
}

/** Two-sided critical values of the standard normal (z-table). */
const Z_95 = 1.959963984540054;
const Z_90 = 1.6448536269514722;

describe("the test's own normal tail", () => {
  it("matches the z-table", () => {
    expect(upperTail(0)).toBeCloseTo(0.5, 12);
    expect(2 * upperTail(Z_95)).toBeCloseTo(0.05, 12);
    expect(2 * upperTail(1.96)).toBeCloseTo(0.0499958, 7);
    expect(2 * upperTail(Z_90)).toBeCloseTo(0.1, 12);
    expect(2 * upperTail(2.5758293035489004)).toBeCloseTo(0.01, 12);
    expect(upperTail(3)).toBeCloseTo(0.0013498980316301, 13);
  });
});

describe("abTest", () => {
  it("gives the review's coupon test: treatment +9.2% against control", () => {
    const result = abTest({ visitors: 10000, conversions: 500 }, { visitors: 10000, conversions: 546 }) as AbTestResult;
    expect(result.controlRate).toBe(0.05);
    expect(result.treatmentRate).toBe(0.0546);
    expect(result.lift).toBeCloseTo(0.092, 12);

    // z = 0.0046 ÷ √(0.0523 × 0.9477 × 2/10000) ≈ 1.461: not significant at 95%.
    const z = 0.0046 / Math.sqrt(0.0523 * 0.9477 * (2 / 10000));
    expect(z).toBeCloseTo(1.461, 3);
    expect(result.pValue).toBeCloseTo(2 * upperTail(z), 10);
    expect(result.pValue).toBeCloseTo(0.144, 3);
    expect(result.significant).toBe(false);

    // Katz interval: exp(ln(0.0546/0.05) ± 1.96 · √(0.9454/546 + 0.95/500)) − 1.
    const se = Math.sqrt(0.9454 / 546 + 0.95 / 500);
    expect(result.ciLow).toBeCloseTo(Math.exp(Math.log(1.092) - Z_95 * se) - 1, 12);
    expect(result.ciHigh).toBeCloseTo(Math.exp(Math.log(1.092) + Z_95 * se) - 1, 12);
    expect(result.ciLow).toBeLessThan(0);
    expect(result.ciHigh).toBeGreaterThan(0.092);
  });

  it("finds a clear difference significant: 20% against 25% of 1,000 each", () => {
    const result = abTest({ visitors: 1000, conversions: 200 }, { visitors: 1000, conversions: 250 }) as AbTestResult;
    // p̂ = 0.225, z = 0.05 ÷ √(0.225 × 0.775 × 0.002) = 2.6774…, two-sided p ≈ 0.0074.
    const z = 0.05 / Math.sqrt(0.225 * 0.775 * 0.002);
    expect(z).toBeCloseTo(2.6774, 4);
    expect(result.pValue).toBeCloseTo(2 * upperTail(z), 10);
    expect(result.pValue).toBeCloseTo(0.00742, 4);
    expect(result.lift).toBeCloseTo(0.25, 12);
    expect(result.significant).toBe(true);
    const se = Math.sqrt(0.75 / 250 + 0.8 / 200);
    expect(result.ciLow).toBeCloseTo(1.25 * Math.exp(-Z_95 * se) - 1, 12);
    expect(result.ciHigh).toBeCloseTo(1.25 * Math.exp(Z_95 * se) - 1, 12);
    expect(result.ciLow).toBeGreaterThan(0);
  });

  it("decides significance against 1 − confidence", () => {
    // z ≈ 1.84: significant at 90%, not at 95%.
    const control = { visitors: 4000, conversions: 400 };
    const treatment = { visitors: 4000, conversions: 450 };
    const z = pooledZ(400, 4000, 450, 4000);
    expect(z).toBeGreaterThan(Z_90);
    expect(z).toBeLessThan(Z_95);
    const at95 = abTest(control, treatment) as AbTestResult;
    const at90 = abTest(control, treatment, { confidence: 0.9 }) as AbTestResult;
    expect(at95.pValue).toBeCloseTo(2 * upperTail(z), 10);
    expect(at90.pValue).toBe(at95.pValue);
    expect(at95.significant).toBe(false);
    expect(at90.significant).toBe(true);
    const se = Math.sqrt((1 - 0.1125) / 450 + (1 - 0.1) / 400);
    expect(at90.ciLow).toBeCloseTo(1.125 * Math.exp(-Z_90 * se) - 1, 12);
    expect(at90.ciHigh - at90.ciLow).toBeLessThan(at95.ciHigh - at95.ciLow);
  });

  it("keeps the digits of a tiny p-value", () => {
    const result = abTest({ visitors: 100000, conversions: 5000 }, { visitors: 100000, conversions: 6000 }) as AbTestResult;
    const z = pooledZ(5000, 100000, 6000, 100000);
    expect(z).toBeGreaterThan(9);
    expect(result.pValue).toBeGreaterThan(0);
    expect(result.pValue / (2 * upperTail(z))).toBeCloseTo(1, 6);
  });

  it("gives a lift of 0 and a p-value of 1 for identical groups, its interval symmetric on the log scale", () => {
    const result = abTest({ visitors: 800, conversions: 40 }, { visitors: 800, conversions: 40 }) as AbTestResult;
    expect(result.lift).toBe(0);
    expect(result.pValue).toBeCloseTo(1, 12);
    expect(result.significant).toBe(false);
    expect((1 + result.ciLow) * (1 + result.ciHigh)).toBeCloseTo(1, 12);
  });

  it("gives a p-value of 1 when every visitor converts in both groups", () => {
    const result = abTest({ visitors: 10, conversions: 10 }, { visitors: 20, conversions: 20 }) as AbTestResult;
    expect(result).toMatchObject({ lift: 0, pValue: 1, ciLow: 0, ciHigh: 0, significant: false });
  });

  it("is #DIV/0! for a group without visitors or without conversions", () => {
    expect(abTest({ visitors: 0, conversions: 0 }, { visitors: 10, conversions: 1 })).toEqual({
      kind: "metric-error",
      code: "DIV0",
      key: "argument.zero",
      params: { what: "what.controlGroup" },
    });
    expect(abTest({ visitors: 10, conversions: 1 }, { visitors: 10, conversions: 0 })).toEqual({
      kind: "metric-error",
      code: "DIV0",
      key: "argument.noConversions",
      params: { what: "what.treatmentGroup" },
    });
  });

  it("is #NUM! for negative counts, more conversions than visitors, or a confidence outside (0, 1)", () => {
    expect(abTest({ visitors: 10, conversions: -1 }, { visitors: 10, conversions: 1 })).toMatchObject({ code: "NUM", key: "argument.negative", params: { what: "what.controlGroup", found: -1 } });
    expect(abTest({ visitors: 10, conversions: 1 }, { visitors: 10, conversions: 11 })).toEqual({
      kind: "metric-error",
      code: "NUM",
      key: "argument.visitorsBelowConversions",
      params: { what: "what.treatmentGroup", conversions: 11, visitors: 10 },
    });
    for (const confidence of [0, 1, 1.5, -0.1, NaN]) {
      expect(abTest({ visitors: 10, conversions: 1 }, { visitors: 10, conversions: 2 }, { confidence }), String(confidence)).toMatchObject({
        code: "NUM",
        key: "argument.outOfRange",
        params: { what: "what.confidence" },
      });
    }
  });
});

describe("abTest properties", () => {
  const group = fc.integer({ min: 2, max: 5000 }).chain((visitors) => fc.record({ visitors: fc.constant(visitors), conversions: fc.integer({ min: 1, max: visitors - 1 }) }));

  it("matches the hand z-test, holds the lift inside its interval, stays above −100%", () => {
    fc.assert(
      fc.property(group, group, (control, treatment) => {
        const result = abTest(control, treatment) as AbTestResult;
        const z = pooledZ(control.conversions, control.visitors, treatment.conversions, treatment.visitors);
        expect(result.pValue).toBeCloseTo(2 * upperTail(Math.abs(z)), 9);
        expect(result.pValue).toBeGreaterThanOrEqual(0);
        expect(result.pValue).toBeLessThanOrEqual(1);
        expect(result.significant).toBe(result.pValue < 0.05);
        expect(result.lift).toBeCloseTo((treatment.conversions / treatment.visitors) / (control.conversions / control.visitors) - 1, 12);
        expect(result.ciLow).toBeGreaterThan(-1);
        expect(result.ciLow).toBeLessThanOrEqual(result.lift + 1e-12);
        expect(result.ciHigh).toBeGreaterThanOrEqual(result.lift - 1e-12);
      }),
      { numRuns: 150 },
    );
  });

  it("gives the same p-value and the reciprocal lift when the groups swap", () => {
    fc.assert(
      fc.property(group, group, (control, treatment) => {
        const forward = abTest(control, treatment) as AbTestResult;
        const backward = abTest(treatment, control) as AbTestResult;
        expect(isMetricError(backward)).toBe(false);
        expect(backward.pValue).toBeCloseTo(forward.pValue, 12);
        expect((1 + backward.lift) * (1 + forward.lift)).toBeCloseTo(1, 12);
        expect((1 + backward.ciLow) * (1 + forward.ciHigh)).toBeCloseTo(1, 9);
      }),
      { numRuns: 100 },
    );
  });
});
