import { describe, expect, it } from "vitest";
import { isMetricError } from "../metric-error";
import { percentileInc } from "./percentile";

describe("percentileInc (Excel PERCENTILE.INC, DuckDB quantile_cont)", () => {
  it("interpolates between ranks: h = (n − 1) × p", () => {
    // 1, 2, 3, 4 at 0.9: h = 2.7, 3 + 0.7 × (4 − 3) = 3.7 (Excel: =PERCENTILE.INC({1,2,3,4},0.9) = 3.7).
    expect(percentileInc(Float64Array.of(4, 1, 3, 2), 0.9)).toBeCloseTo(3.7, 12);
    // The median of an even count is the mean of the middle two; of an odd count, the middle one.
    expect(percentileInc(Float64Array.of(10, 30, 20, 40), 0.5)).toBe(25);
    expect(percentileInc(Float64Array.of(5, 1, 9), 0.5)).toBe(5);
  });

  it("hand-worked delays in hours: 2, 6, 20, 30, 50, 70, 100", () => {
    const hours = Float64Array.of(70, 2, 100, 20, 6, 50, 30);
    // h = 6 × 0.9 = 5.4: 70 + 0.4 × (100 − 70) = 82.
    expect(percentileInc(hours, 0.9)).toBeCloseTo(82, 12);
    expect(percentileInc(hours, 0.5)).toBe(30);
    expect(percentileInc(hours, 0)).toBe(2);
    expect(percentileInc(hours, 1)).toBe(100);
  });

  it("leaves blanks (NaN) out; one value is every percentile", () => {
    expect(percentileInc(Float64Array.of(NaN, 7, NaN), 0.9)).toBe(7);
  });

  it("no value or a percentile outside [0, 1] is #NUM!", () => {
    const empty = percentileInc(new Float64Array(0), 0.5);
    expect(isMetricError(empty) && empty.code).toBe("NUM");
    const outside = percentileInc(Float64Array.of(1, 2), 1.5);
    expect(isMetricError(outside) && outside.key).toBe("argument.outOfRange");
  });
});
