import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMetricError } from "../metric-error";
import { percentileInc, percentileOfSorted, percentilesBySelection } from "./percentile";

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

describe("percentilesBySelection (several percentiles without a sort)", () => {
  it("hand-worked: 1, 2, 3, 4 at 0.5 and 0.9 give 2.5 and 3.7, in the order asked", () => {
    const [p90, median] = percentilesBySelection(Float64Array.of(4, 1, 3, 2), [0.9, 0.5]);
    expect(p90).toBeCloseTo(3.7, 12);
    expect(median).toBe(2.5);
    expect(percentilesBySelection(Float64Array.of(7), [0, 0.5, 1])).toEqual([7, 7, 7]);
  });

  it("agrees with a full sort on any list, duplicates and ties included", () => {
    // Values drawn from a few integers give long runs of equal values, the partition's hard case.
    const value = fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 400 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }), (values, ps) => {
        const sorted = Float64Array.from(values).sort();
        const got = percentilesBySelection(Float64Array.from(values), ps);
        // === rather than toBe: a sort puts −0 before 0, a selection may return either, and the two are equal.
        ps.forEach((p, i) => expect(got[i] === percentileOfSorted(sorted, p), `p ${p}: ${got[i]} vs ${percentileOfSorted(sorted, p)}`).toBe(true));
      }),
      { numRuns: 400 },
    );
  });
});
