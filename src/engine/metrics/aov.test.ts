import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { aov, aovOfTotal, aovPerBuyer, aovPerBuyerOfTotal } from "./aov";
import { growth } from "./growth";
import { isMetricError } from "../metric-error";

describe("aov", () => {
  it("is GMV ÷ counted orders", () => {
    expect(aov(Float64Array.of(100, 200, NaN))).toBe(150);
    expect(aov(Float64Array.of(150, 200, 125), { counted: Uint8Array.of(1, 1, 0) })).toBe(175);
  });

  it("is the amount of a single order", () => {
    expect(aov(Float64Array.of(88.8))).toBe(88.8);
    expect(aov(Float64Array.of(NaN, 42, NaN))).toBe(42);
  });

  it("is #DIV/0! without a counted order: empty, all blank or all excluded", () => {
    for (const result of [
      aov(new Float64Array(0)),
      aov(Float64Array.of(NaN, NaN)),
      aov(Float64Array.of(100, 200), { counted: Uint8Array.of(0, 0) }),
    ]) {
      expect(isMetricError(result)).toBe(true);
      expect(result).toEqual({ kind: "metric-error", code: "DIV0", key: "argument.noOrders", params: {} });
    }
  });

  it("gives the review's AOV growth: 180 in June to 189 in September is +5% against a +15% target", () => {
    const june = aov(Float64Array.of(150, 210, 180)) as number;
    const september = aov(Float64Array.of(189, 160, 218)) as number;
    expect(june).toBe(180);
    expect(september).toBe(189);
    expect(growth(september, june)).toBeCloseTo(0.05, 12);
  });
});

describe("aovPerBuyer", () => {
  it("is GMV ÷ distinct paying buyers", () => {
    expect(aovPerBuyer(Float64Array.of(100, 200, 300), Int32Array.of(0, 0, 1))).toBe(300);
    expect(aovPerBuyer(Float64Array.of(100, 200, 300, NaN), Int32Array.of(0, 1, 1, 2))).toBe(300);
  });

  it("skips excluded orders and their buyers", () => {
    // buyer 1's only order is refunded: GMV 300 over buyer 0 alone.
    expect(aovPerBuyer(Float64Array.of(100, 200, 50), Int32Array.of(0, 0, 1), { counted: Uint8Array.of(1, 1, 0) })).toBe(300);
  });

  it("adds a buyerless order to GMV but to no buyer", () => {
    expect(aovPerBuyer(Float64Array.of(100, 200), Int32Array.of(0, -1))).toBe(300);
  });

  it("takes the number of buyer codes when given", () => {
    expect(aovPerBuyer(Float64Array.of(100, 200, 300), Int32Array.of(2, 0, 2), { buyerCount: 3 })).toBe(300);
  });

  it("is #DIV/0! without a buyer", () => {
    expect(aovPerBuyer(new Float64Array(0), new Int32Array(0))).toMatchObject({ kind: "metric-error", code: "DIV0", key: "argument.noBuyers" });
    expect(aovPerBuyer(Float64Array.of(100), Int32Array.of(-1))).toMatchObject({ code: "DIV0", key: "argument.noBuyers" });
    expect(aovPerBuyer(Float64Array.of(NaN), Int32Array.of(0))).toMatchObject({ code: "DIV0", key: "argument.noBuyers" });
  });
});

describe("aov properties", () => {
  const rows = fc.array(fc.tuple(fc.oneof(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.constant(NaN)), fc.constantFrom(0, 1, 1)), { maxLength: 50 });

  it("lies between the smallest and the largest counted order", () => {
    fc.assert(
      fc.property(rows, (r) => {
        const amounts = Float64Array.from(r, ([a]) => a);
        const counted = Uint8Array.from(r, ([, c]) => c);
        const kept = r.filter(([a, c]) => a === a && c === 1).map(([a]) => a);
        const result = aov(amounts, { counted });
        if (kept.length === 0) {
          expect(isMetricError(result)).toBe(true);
          return;
        }
        const value = result as number;
        expect(value).toBeGreaterThanOrEqual(Math.min(...kept) * (1 - 1e-12));
        expect(value).toBeLessThanOrEqual(Math.max(...kept) * (1 + 1e-12));
      }),
      { numRuns: 200 },
    );
  });

  it("does not change when the rows are permuted", () => {
    const permuted = rows.chain((r) => fc.tuple(fc.constant(r), fc.shuffledSubarray(r, { minLength: r.length, maxLength: r.length })));
    fc.assert(
      fc.property(permuted, ([r, p]) => {
        const run = (rs: typeof r) => aov(Float64Array.from(rs, ([a]) => a), { counted: Uint8Array.from(rs, ([, c]) => c) });
        const a = run(r);
        const b = run(p);
        if (isMetricError(a)) expect(b).toEqual(a);
        else expect(b as number).toBeCloseTo(a, 6);
      }),
      { numRuns: 150 },
    );
  });

  it("per buyer is at least the per-order AOV (a buyer has one order or more)", () => {
    const buyerRows = fc.array(fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 9 })), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(buyerRows, (r) => {
        const amounts = Float64Array.from(r, ([a]) => a);
        const buyers = Int32Array.from(r, ([, b]) => b);
        const perOrder = aov(amounts) as number;
        const perBuyer = aovPerBuyer(amounts, buyers) as number;
        expect(perBuyer).toBeGreaterThanOrEqual(perOrder - 1e-9);
        expect(perBuyer).toBeCloseTo(amounts.reduce((s, a) => s + a, 0) / new Set(buyers).size, 9);
      }),
      { numRuns: 150 },
    );
  });
});

describe("aovOfTotal and aovPerBuyerOfTotal: the review's AOV from its one-pass totals", () => {
  it("divide GMV by orders or buyers, and are #DIV/0! without any", () => {
    expect(aovOfTotal(4_475_879, 25_536)).toBeCloseTo(175.277, 3);
    expect(aovPerBuyerOfTotal(300, 2)).toBe(150);
    expect(aovOfTotal(0, 0)).toMatchObject({ code: "DIV0", key: "argument.noOrders" });
    expect(aovPerBuyerOfTotal(10, 0)).toMatchObject({ code: "DIV0", key: "argument.noBuyers" });
  });

  it("give what the column forms give", () => {
    const amounts = Float64Array.of(100, 200, 300);
    expect(aov(amounts)).toBe(aovOfTotal(600, 3));
    expect(aovPerBuyer(amounts, Int32Array.of(0, 0, 1))).toBe(aovPerBuyerOfTotal(600, 2));
  });
});
