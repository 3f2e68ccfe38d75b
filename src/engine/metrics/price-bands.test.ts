import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DEFAULT_PRICE_BAND_EDGES, priceBands, type PriceBand } from "./price-bands";
import { isMetricError } from "../metric-error";

const bandsOf = (amounts: number[], options: Parameters<typeof priceBands>[1] = {}) => priceBands(Float64Array.from(amounts), options) as PriceBand[];

describe("priceBands", () => {
  it("uses the default edges 50 / 100 / 200 / 500", () => {
    expect(DEFAULT_PRICE_BAND_EDGES).toEqual([50, 100, 200, 500]);
    const bands = bandsOf([30, 80, 600]);
    expect(bands.map((b) => [b.low, b.high])).toEqual([
      [null, 50],
      [50, 100],
      [100, 200],
      [200, 500],
      [500, null],
    ]);
    expect(bands.map((b) => b.orders)).toEqual([1, 1, 0, 0, 1]);
    expect(bands.map((b) => b.gmv)).toEqual([30, 80, 0, 0, 600]);
    expect(bands[0].orderShare).toBeCloseTo(1 / 3, 15);
    expect(bands[4].gmvShare).toBeCloseTo(600 / 710, 15);
  });

  it("puts an amount on an edge in the band above it", () => {
    const bands = bandsOf([49.99, 50, 99.99, 100, 200, 499.99, 500]);
    expect(bands.map((b) => b.orders)).toEqual([1, 2, 1, 2, 1]);
  });

  it("gives the review's price mix: orders under ¥50 rose from 30% to 42%", () => {
    const month = (under50: number) => [...Array(under50).fill(39), ...Array(100 - under50).fill(159)];
    expect(bandsOf(month(30))[0].orderShare).toBe(0.3);
    expect(bandsOf(month(42))[0].orderShare).toBe(0.42);
    expect(bandsOf(month(42))[0].gmvShare).toBeCloseTo((42 * 39) / (42 * 39 + 58 * 159), 15);
  });

  it("skips blanks and excluded orders", () => {
    const bands = bandsOf([30, NaN, 80, 600], { counted: Uint8Array.of(1, 1, 1, 0) });
    expect(bands.map((b) => b.orders)).toEqual([1, 1, 0, 0, 0]);
    expect(bands[0].orderShare).toBe(0.5);
    expect(bands[1].gmvShare).toBeCloseTo(80 / 110, 15);
  });

  it("takes other edges, and none at all", () => {
    const bands = bandsOf([5, 15, 25], { edges: [10, 20] });
    expect(bands.map((b) => [b.low, b.high, b.orders])).toEqual([
      [null, 10, 1],
      [10, 20, 1],
      [20, null, 1],
    ]);
    expect(bandsOf([5, 15], { edges: [] })).toEqual([{ low: null, high: null, orders: 2, orderShare: 1, gmv: 20, gmvShare: 1 }]);
  });

  it("gives GMV shares of 0 when the GMV is 0", () => {
    const bands = bandsOf([0, 0]);
    expect(bands[0].orderShare).toBe(1);
    expect(bands.every((b) => b.gmvShare === 0)).toBe(true);
  });

  it("is #DIV/0! without a counted order", () => {
    for (const result of [priceBands(new Float64Array(0)), priceBands(Float64Array.of(NaN)), priceBands(Float64Array.of(30), { counted: Uint8Array.of(0) })]) {
      expect(isMetricError(result)).toBe(true);
      expect(result).toEqual({ kind: "metric-error", code: "DIV0", key: "argument.noOrders", params: {} });
    }
  });

  it("is #NUM! for edges that are not positive and increasing", () => {
    for (const edges of [[100, 50], [50, 50], [0, 50], [-10], [NaN], [50, Infinity]]) {
      expect(priceBands(Float64Array.of(30), { edges }), String(edges)).toMatchObject({ code: "NUM", key: "argument.edgesNotIncreasing" });
    }
  });
});

describe("priceBands properties", () => {
  const amount = fc.oneof(fc.double({ min: 0.01, max: 5000, noNaN: true }), fc.constantFrom(50, 100, 200, 500), fc.constant(NaN));
  const rows = fc.array(fc.tuple(amount, fc.constantFrom(0, 1, 1)), { maxLength: 60 });
  const columns = (r: [number, number][]) => ({ amounts: Float64Array.from(r, ([a]) => a), counted: Uint8Array.from(r, ([, c]) => c) });

  it("has order shares and GMV shares each summing to 1, and orders summing to the count", () => {
    fc.assert(
      fc.property(rows, (r) => {
        const { amounts, counted } = columns(r);
        const result = priceBands(amounts, { counted });
        const kept = r.filter(([a, c]) => a === a && c === 1);
        if (kept.length === 0) {
          expect(isMetricError(result)).toBe(true);
          return;
        }
        const bands = result as PriceBand[];
        expect(bands.reduce((s, b) => s + b.orderShare, 0)).toBeCloseTo(1, 12);
        expect(bands.reduce((s, b) => s + b.gmvShare, 0)).toBeCloseTo(1, 12);
        expect(bands.reduce((s, b) => s + b.orders, 0)).toBe(kept.length);
        for (const b of bands) {
          for (const [a] of kept) if ((b.low === null || a >= b.low) && (b.high === null || a < b.high)) expect(b.orders).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("does not change when the rows are permuted", () => {
    const permuted = rows.chain((r) => fc.tuple(fc.constant(r), fc.shuffledSubarray(r, { minLength: r.length, maxLength: r.length })));
    fc.assert(
      fc.property(permuted, ([r, p]) => {
        const a = priceBands(columns(r).amounts, { counted: columns(r).counted });
        const b = priceBands(columns(p).amounts, { counted: columns(p).counted });
        if (isMetricError(a)) {
          expect(b).toEqual(a);
          return;
        }
        const bb = b as PriceBand[];
        a.forEach((band, k) => {
          expect(bb[k].orders).toBe(band.orders);
          expect(bb[k].orderShare).toBe(band.orderShare);
          expect(bb[k].gmv).toBeCloseTo(band.gmv, 6);
          expect(bb[k].gmvShare).toBeCloseTo(band.gmvShare, 9);
        });
      }),
      { numRuns: 150 },
    );
  });
});
