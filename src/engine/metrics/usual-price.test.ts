import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { belowUsualPrice, usualUnitPrices, type BelowUsualPrice } from "./usual-price";
import { isMetricError } from "../metric-error";

const M5 = 2025 * 12 + 4;
const M6 = M5 + 1;
const M7 = M5 + 2;

describe("usualUnitPrices", () => {
  it("is the median unit price of each item's lines: the middle one, or the mean of the two middle ones", () => {
    const items = Int32Array.of(0, 0, 0, 1, 1, 1, 1, 2);
    const prices = Float64Array.of(100, 60, 100, 10, 30, 20, 40, 7);
    expect(Array.from(usualUnitPrices(items, prices))).toEqual([100, 25, 7]);
  });

  it("leaves out lines without an item, not counted, or without a price above 0", () => {
    const items = Int32Array.of(0, 0, 0, 0, 0, -1, 1);
    const prices = Float64Array.of(50, 10, NaN, 0, -5, 1, Infinity);
    const counted = Uint8Array.of(1, 0, 1, 1, 1, 1, 1);
    const usual = usualUnitPrices(items, prices, { counted, itemCount: 3 });
    expect(usual[0]).toBe(50);
    expect(usual[1]).toBeNaN();
    expect(usual[2]).toBeNaN();
  });
});

describe("belowUsualPrice", () => {
  it("marks the lines of the months whose median is at least the drop under the usual price", () => {
    // Item 0: 100 in May and June, 80 in July (20% under). Item 1: 50 throughout, one add-on line
    // at 20 in June does not move June's median. Item 2: 100, 100, 96 in July (4% under: not 5%).
    const rows: [number, number, number][] = [
      [0, M5, 100], [0, M6, 100], [0, M6, 100], [0, M7, 80], [0, M7, 80],
      [1, M5, 50], [1, M6, 50], [1, M6, 20], [1, M6, 50], [1, M7, 50],
      [2, M5, 100], [2, M6, 100], [2, M7, 96],
    ];
    const result = belowUsualPrice(Int32Array.from(rows, (r) => r[0]), Int32Array.from(rows, (r) => r[1]), Float64Array.from(rows, (r) => r[2]), { from: M6, to: M7 }) as BelowUsualPrice;
    expect(Array.from(result.onPromotion)).toEqual([0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(result.usualPrice)).toEqual([100, 50, 100]);
    expect(result.months).toBe(2);
    // item × 2 + (month − June)
    expect(Array.from(result.monthPrice)).toEqual([100, 80, 50, 50, 100, 96]);
    expect(Array.from(result.promotionMonth)).toEqual([0, 1, 0, 0, 0, 0]);
  });

  it("counts a drop of exactly the threshold, and not one just under it", () => {
    const run = (july: number, priceDrop: number) =>
      (belowUsualPrice(Int32Array.of(0, 0, 0), Int32Array.of(M5, M6, M7), Float64Array.of(100, 100, july), { from: M7, to: M7, priceDrop }) as BelowUsualPrice).onPromotion[2];
    expect(run(95, 0.05)).toBe(1);
    expect(run(95.01, 0.05)).toBe(0);
    expect(run(90, 0.1)).toBe(1);
    expect(run(91, 0.1)).toBe(0);
  });

  it("never marks lines outside the months looked at, nor lines that do not count", () => {
    const result = belowUsualPrice(Int32Array.of(0, 0, 0, 0), Int32Array.of(M5, M6, M6, M7), Float64Array.of(50, 100, 100, 100), {
      from: M5, to: M6, counted: Uint8Array.of(0, 1, 1, 1),
    }) as BelowUsualPrice;
    // May's only line does not count: May has no median and the usual price is 100.
    expect(Array.from(result.onPromotion)).toEqual([0, 0, 0, 0]);
    expect(result.monthPrice[0]).toBeNaN();
  });

  it("is #NUM! for a drop outside (0, 1) and for months given the wrong way round", () => {
    const one = [Int32Array.of(0), Int32Array.of(M5), Float64Array.of(10)] as const;
    for (const priceDrop of [0, 1, -0.1, NaN]) {
      const result = belowUsualPrice(...one, { from: M5, to: M5, priceDrop });
      expect(isMetricError(result) && result.code === "NUM" && result.key === "argument.outOfRange").toBe(true);
    }
    const reversed = belowUsualPrice(...one, { from: M6, to: M5 });
    expect(isMetricError(reversed) && reversed.key === "argument.monthsReversed").toBe(true);
  });

  it("agrees with a line-by-line recomputation on random lines", () => {
    const line = fc.record({
      item: fc.integer({ min: -1, max: 4 }),
      month: fc.integer({ min: M5, max: M7 }),
      price: fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 20 }).map((p) => p * 5) }, { weight: 1, arbitrary: fc.constant(NaN) }),
      counted: fc.constantFrom(0, 1, 1, 1),
    });
    const median = (values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      const n = sorted.length;
      return n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    };
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom(0.05, 0.1, 0.3), (lines, priceDrop) => {
        const result = belowUsualPrice(
          Int32Array.from(lines, (l) => l.item), Int32Array.from(lines, (l) => l.month), Float64Array.from(lines, (l) => l.price),
          { from: M6, to: M7, priceDrop, counted: Uint8Array.from(lines, (l) => l.counted), itemCount: 5 },
        ) as BelowUsualPrice;
        const valid = lines.filter((l) => l.item >= 0 && l.counted === 1 && l.price === l.price);
        lines.forEach((l, i) => {
          let expected = 0;
          if (l.item >= 0 && l.counted === 1 && l.price === l.price && l.month >= M6) {
            const usual = median(valid.filter((v) => v.item === l.item).map((v) => v.price));
            const month = median(valid.filter((v) => v.item === l.item && v.month === l.month).map((v) => v.price));
            expected = (usual - month) / usual >= priceDrop - 1e-9 ? 1 : 0;
          }
          expect(result.onPromotion[i], `line ${i}`).toBe(expected);
        });
      }),
      { numRuns: 200 },
    );
  });
});
