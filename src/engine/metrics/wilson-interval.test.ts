import { describe, expect, it } from "vitest";
import { wilsonInterval, type RateInterval } from "./wilson-interval";
import { isMetricError } from "../metric-error";

const interval = (x: number, n: number, confidence?: number) => wilsonInterval(x, n, { confidence }) as RateInterval;

describe("wilsonInterval", () => {
  // Hand-worked at 95% (z = 1.959964, z² = 3.841459): 3 of 10 → centre (0.3 + 0.192073) ÷ 1.384146 = 0.355506,
  // half-width 1.959964 ÷ 1.384146 × √(0.021 + 0.009604) = 1.416010 × 0.174939 = 0.247716.
  it("gives the textbook interval of 3 out of 10", () => {
    const result = interval(3, 10);
    expect(result.rate).toBe(0.3);
    expect(result.low).toBeCloseTo(0.107791, 5);
    expect(result.high).toBeCloseTo(0.603222, 5);
  });

  it("stays within [0, 1] and is not zero-width at 0 or n successes", () => {
    expect(interval(0, 10)).toEqual({ rate: 0, low: 0, high: expect.closeTo(0.277533, 5) });
    expect(interval(10, 10)).toEqual({ rate: 1, low: expect.closeTo(0.722467, 5), high: 1 });
  });

  it("is wide for a 3-buyer group and narrow for a large one at the same rate", () => {
    const small = interval(2, 3);
    const large = interval(200, 300);
    expect(small.high - small.low).toBeGreaterThan(0.7);
    expect(large.high - large.low).toBeLessThan(0.11);
    expect(small.low).toBeCloseTo(0.207660, 5);
  });

  it("narrows with a lower confidence", () => {
    const at90 = interval(3, 10, 0.9);
    expect(at90.low).toBeGreaterThan(0.1078);
    expect(at90.high).toBeLessThan(0.6032);
  });

  it("returns errors as values", () => {
    expect(wilsonInterval(0, 0)).toMatchObject({ kind: "metric-error", code: "DIV0" });
    expect(wilsonInterval(11, 10)).toMatchObject({ kind: "metric-error", code: "NUM" });
    expect(wilsonInterval(-1, 10)).toMatchObject({ kind: "metric-error", code: "NUM" });
    expect(isMetricError(wilsonInterval(1, 10, { confidence: 1 }))).toBe(true);
  });
});
