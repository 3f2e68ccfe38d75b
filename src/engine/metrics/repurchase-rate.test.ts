import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { repurchaseRate, repurchaseRateOfCounts, type RepurchaseResult } from "./repurchase-rate";
import { isMetricError } from "../metric-error";

/** Buyer codes of `buyers` buyers, the first `repeat` of them ordering twice. */
function buyersWithRepeats(buyers: number, repeat: number): Int32Array {
  const codes: number[] = [];
  for (let b = 0; b < buyers; b++) codes.push(b);
  for (let b = 0; b < repeat; b++) codes.push(b);
  return Int32Array.from(codes);
}

describe("repurchaseRate", () => {
  it("is buyers with ≥ 2 orders ÷ buyers with ≥ 1", () => {
    expect(repurchaseRate(Int32Array.of(0, 0, 1))).toEqual({ buyers: 2, repeatBuyers: 1, rate: 0.5 });
    expect(repurchaseRate(Int32Array.of(0, 0, 0, 1, 2, 2))).toEqual({ buyers: 3, repeatBuyers: 2, rate: 2 / 3 });
  });

  it("gives the review's 18% for off-site buyers against 34% on-site", () => {
    expect((repurchaseRate(buyersWithRepeats(50, 9)) as RepurchaseResult).rate).toBe(0.18);
    expect((repurchaseRate(buyersWithRepeats(50, 17)) as RepurchaseResult).rate).toBe(0.34);
  });

  it("is 0 for a single order", () => {
    expect(repurchaseRate(Int32Array.of(4))).toEqual({ buyers: 1, repeatBuyers: 0, rate: 0 });
  });

  it("is #DIV/0! without a buyer", () => {
    const noBuyers = { kind: "metric-error", code: "DIV0", key: "argument.noBuyers", params: {} };
    expect(repurchaseRate(new Int32Array(0))).toEqual(noBuyers);
    expect(repurchaseRate(Int32Array.of(-1, -1))).toEqual(noBuyers);
    expect(repurchaseRate(Int32Array.of(0, 0), { counted: Uint8Array.of(0, 0) })).toEqual(noBuyers);
  });

  it("skips buyerless rows, blank amounts and excluded orders", () => {
    // buyer 0: a second order that is blank; buyer 1: a second order that was refunded; buyer 2: two real orders.
    const buyers = Int32Array.of(0, 0, 1, 1, 2, 2, -1, -1);
    const amounts = Float64Array.of(10, NaN, 10, 10, 10, 10, 10, 10);
    const counted = Uint8Array.of(1, 1, 1, 0, 1, 1, 1, 1);
    expect(repurchaseRate(buyers, { amounts, counted })).toEqual({ buyers: 3, repeatBuyers: 1, rate: 1 / 3 });
  });

  it("counts only orders in the window from ≤ date < to", () => {
    const buyers = Int32Array.of(0, 0, 1, 1, 2);
    const dates = Float64Array.of(45809, 45839.5, 45800, 45810, NaN); // 2025-06-01, 2025-07-01 noon, 2025-05-23, 2025-06-02, blank
    // June: buyer 0 once, buyer 1 once (its May order is outside), buyer 2 undated.
    expect(repurchaseRate(buyers, { dates, from: 45809, to: 45839 })).toEqual({ buyers: 2, repeatBuyers: 0, rate: 0 });
    expect(repurchaseRate(buyers, { dates, from: 45809 })).toEqual({ buyers: 2, repeatBuyers: 1, rate: 0.5 });
    expect(repurchaseRate(buyers, { dates, to: 45809 })).toEqual({ buyers: 1, repeatBuyers: 0, rate: 0 });
    expect(repurchaseRate(buyers, { dates })).toEqual({ buyers: 3, repeatBuyers: 2, rate: 2 / 3 });
  });

  it("takes the number of buyer codes when given", () => {
    expect(repurchaseRate(Int32Array.of(2, 2, 0), { buyerCount: 3 })).toEqual({ buyers: 2, repeatBuyers: 1, rate: 0.5 });
  });
});

describe("repurchaseRate properties", () => {
  const row = fc.record({
    buyer: fc.integer({ min: -1, max: 12 }),
    amount: fc.oneof(fc.integer({ min: 1, max: 500 }), fc.constant(NaN)),
    counted: fc.constantFrom(0, 1, 1, 1),
    date: fc.integer({ min: 45800, max: 45900 }),
  });
  type Row = { buyer: number; amount: number; counted: number; date: number };
  const run = (rows: readonly Row[], window: { from?: number; to?: number } = {}) =>
    repurchaseRate(Int32Array.from(rows, (r) => r.buyer), {
      amounts: Float64Array.from(rows, (r) => r.amount),
      counted: Uint8Array.from(rows, (r) => r.counted),
      dates: Float64Array.from(rows, (r) => r.date),
      ...window,
    });

  it("matches a count per buyer, and lies in [0, 1]", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.integer({ min: 45800, max: 45900 }), fc.integer({ min: 0, max: 60 }), (rows, from, length) => {
        const to = from + length;
        const orders = new Map<number, number>();
        for (const r of rows) {
          if (r.buyer >= 0 && r.amount === r.amount && r.counted === 1 && r.date >= from && r.date < to) orders.set(r.buyer, (orders.get(r.buyer) ?? 0) + 1);
        }
        const result = run(rows, { from, to });
        if (orders.size === 0) {
          expect(isMetricError(result)).toBe(true);
          return;
        }
        const { buyers, repeatBuyers, rate } = result as RepurchaseResult;
        expect(buyers).toBe(orders.size);
        expect(repeatBuyers).toBe([...orders.values()].filter((n) => n >= 2).length);
        expect(rate).toBeGreaterThanOrEqual(0);
        expect(rate).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it("does not change when the rows are permuted", () => {
    const rows = fc.array(row, { maxLength: 60 });
    const permuted = rows.chain((r) => fc.tuple(fc.constant(r), fc.shuffledSubarray(r, { minLength: r.length, maxLength: r.length })));
    fc.assert(
      fc.property(permuted, ([r, p]) => {
        expect(run(p)).toEqual(run(r));
      }),
      { numRuns: 150 },
    );
  });
});

describe("repurchaseRateOfCounts: the review's repurchase rate from its one-pass counts", () => {
  it("is repeat buyers ÷ buyers, #DIV/0! without buyers, and what repurchaseRate gives", () => {
    expect(repurchaseRateOfCounts(18, 100)).toBeCloseTo(0.18, 12);
    expect(repurchaseRateOfCounts(0, 0)).toMatchObject({ code: "DIV0", key: "argument.noBuyers" });
    expect((repurchaseRate(Int32Array.of(0, 0, 1)) as RepurchaseResult).rate).toBe(repurchaseRateOfCounts(1, 2));
  });
});
