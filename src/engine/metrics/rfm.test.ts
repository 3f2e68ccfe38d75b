import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { quintileScores, RFM_SEGMENTS, rfm, rfmScores, rfmSegment, summarizeRfm, type RfmBuyer, type RfmSegment } from "./rfm";
import { isMetricError } from "../metric-error";

describe("rfmSegment", () => {
  it("names every (R, F) pair on the usual grid", () => {
    // Rows R = 5 … 1, columns F = 1 … 5. The rules apply in the order listed: R ≥ 4 with F 3 is
    // loyal (R ≥ 3, F ≥ 3) before it is a potential loyalist.
    const grid: RfmSegment[][] = [
      ["newCustomers", "potentialLoyalists", "loyal", "champions", "champions"],
      ["promising", "potentialLoyalists", "loyal", "champions", "champions"],
      ["aboutToSleep", "needAttention", "loyal", "loyal", "loyal"],
      ["aboutToSleep", "aboutToSleep", "atRisk", "atRisk", "atRisk"],
      ["lost", "hibernating", "atRisk", "cannotLose", "cannotLose"],
    ];
    grid.forEach((row, i) => row.forEach((segment, j) => expect(rfmSegment(5 - i, j + 1), `R${5 - i} F${j + 1}`).toBe(segment)));
    expect(new Set(grid.flat())).toEqual(new Set(RFM_SEGMENTS));
  });
});

describe("quintileScores", () => {
  it("scores five distinct values 1 to 5, either way round", () => {
    const values = Float64Array.of(30, 10, 50, 20, 40);
    expect(Array.from(quintileScores(values, true))).toEqual([3, 1, 5, 2, 4]);
    expect(Array.from(quintileScores(values, false))).toEqual([3, 5, 1, 4, 2]);
  });

  it("puts a fifth of the values in each score", () => {
    const values = Float64Array.from({ length: 10 }, (_, i) => i + 1);
    expect(Array.from(quintileScores(values, true))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it("gives equal values one score, by the count of values strictly worse", () => {
    expect(Array.from(quintileScores(Float64Array.of(5, 5, 5, 1), true))).toEqual([2, 2, 2, 1]);
    expect(Array.from(quintileScores(Float64Array.of(7, 7, 7), true))).toEqual([1, 1, 1]);
    expect(Array.from(quintileScores(Float64Array.of(7, 7, 7), false))).toEqual([1, 1, 1]);
    // Below five values the best cannot reach 5: of two, the better scores 1 + ⌊5 × 1 ÷ 2⌋ = 3.
    expect(Array.from(quintileScores(Float64Array.of(1, 2), true))).toEqual([1, 3]);
  });

  it("scores nothing for no values", () => {
    expect(quintileScores(new Float64Array(0), true).length).toBe(0);
  });

  it("scores 1–5, equal values equally, better values no lower", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 40 }), fc.boolean(), (list, higherIsBetter) => {
        const values = Float64Array.from(list);
        const scores = quintileScores(values, higherIsBetter);
        for (let i = 0; i < list.length; i++) {
          expect(scores[i]).toBeGreaterThanOrEqual(1);
          expect(scores[i]).toBeLessThanOrEqual(5);
          const worse = list.filter((v) => (higherIsBetter ? v < list[i] : v > list[i])).length;
          expect(scores[i]).toBe(1 + Math.min(4, Math.floor((5 * worse) / list.length)));
          for (let j = 0; j < list.length; j++) {
            if (list[i] === list[j]) expect(scores[i]).toBe(scores[j]);
            const better = higherIsBetter ? list[j] > list[i] : list[j] < list[i];
            if (better) expect(scores[j]).toBeGreaterThanOrEqual(scores[i]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("rfm", () => {
  const D = 45900;
  // buyer 0: 4 orders of 200, last today; 1: 3 of 100, last 10 days ago; 2: 2 of 250, 40 days ago;
  // 3: one of 50, 5 days ago (and a cancelled one today); 4: one of 1000, 200 days ago.
  const rows = [
    [0, D, 200], [0, D - 1, 200], [0, D - 2, 200], [0, D - 3, 200],
    [1, D - 10, 100], [1, D - 20, 100], [1, D - 30, 100],
    [2, D - 40, 250], [2, D - 50, 250],
    [3, D - 5, 50], [3, D, 999],
    [4, D - 200, 1000],
    [-1, D, 10], [2, NaN, 10], [1, D - 1, NaN],
  ];
  const counted = Uint8Array.from(rows, (_, i) => (i === 10 ? 0 : 1));
  const buyers = Int32Array.from(rows, (r) => r[0]);
  const dates = Float64Array.from(rows, (r) => r[1]);
  const amounts = Float64Array.from(rows, (r) => r[2]);

  it("scores recency, frequency and monetary by quintile and names the segment", () => {
    const scored = rfm(buyers, dates, amounts, { counted }) as RfmBuyer[];
    expect(scored.map((b) => [b.buyer, b.recencyDays, b.frequency, b.monetary, b.r, b.f, b.m, b.segment])).toEqual([
      [0, 0, 4, 800, 5, 5, 4, "champions"],
      [1, 10, 3, 300, 3, 4, 2, "loyal"],
      [2, 40, 2, 500, 2, 3, 3, "atRisk"],
      [3, 5, 1, 50, 4, 1, 1, "promising"],
      [4, 200, 1, 1000, 1, 1, 5, "lost"],
    ]);
  });

  it("measures recency in whole days from a reference date", () => {
    const scored = rfm(buyers, dates, amounts, { counted, asOf: D + 7.9 }) as RfmBuyer[];
    expect(scored.map((b) => b.recencyDays)).toEqual([7, 17, 47, 12, 207]);
    const early = rfm(Int32Array.of(0, 1), Float64Array.of(45809.9, 45800), Float64Array.of(1, 1), { asOf: 45805 }) as RfmBuyer[];
    expect(early.map((b) => b.recencyDays)).toEqual([0, 5]); // an order after the reference date is 0 days old
    const late = rfm(Int32Array.of(0, 1), Float64Array.of(45809.9, 45800), Float64Array.of(1, 1), { asOf: 45810.1 }) as RfmBuyer[];
    expect(late[0].recencyDays).toBe(1);
  });

  it("scores a sole buyer 5-5-5, a champion", () => {
    expect(rfm(Int32Array.of(3, 3), Float64Array.of(D, D - 9), Float64Array.of(10, 20))).toEqual([
      { buyer: 3, recencyDays: 0, frequency: 2, monetary: 30, r: 5, f: 5, m: 5, segment: "champions" },
    ]);
  });

  it("is #DIV/0! without a buyer with a counted, dated order", () => {
    const noBuyers = { kind: "metric-error", code: "DIV0", key: "argument.noBuyers", params: {} };
    expect(rfm(new Int32Array(0), new Float64Array(0), new Float64Array(0))).toEqual(noBuyers);
    expect(rfm(Int32Array.of(0, -1, 1), Float64Array.of(NaN, D, D), Float64Array.of(5, 5, NaN))).toEqual(noBuyers);
    expect(rfm(Int32Array.of(0), Float64Array.of(D), Float64Array.of(5), { counted: Uint8Array.of(0) })).toEqual(noBuyers);
  });
});

describe("summarizeRfm", () => {
  it("lists every segment, in review order, with buyers and GMV and their shares", () => {
    const D = 45900;
    const scored = rfm(Int32Array.of(0, 1, 2, 3, 4), Float64Array.of(D, D - 1, D - 2, D - 3, D - 4), Float64Array.of(100, 100, 100, 100, 600)) as RfmBuyer[];
    const summary = summarizeRfm(scored);
    expect(summary.map((s) => s.segment)).toEqual(RFM_SEGMENTS);
    const total = summary.reduce((s, row) => ({ buyers: s.buyers + row.buyers, buyerShare: s.buyerShare + row.buyerShare, gmv: s.gmv + row.gmv, gmvShare: s.gmvShare + row.gmvShare }), {
      buyers: 0,
      buyerShare: 0,
      gmv: 0,
      gmvShare: 0,
    });
    expect(total.buyers).toBe(5);
    expect(total.gmv).toBe(1000);
    expect(total.buyerShare).toBeCloseTo(1, 12);
    expect(total.gmvShare).toBeCloseTo(1, 12);
    // Every buyer ordered once (F = 1): recency decides — R 5 new customer … R 1 lost.
    const of = (segment: RfmSegment) => summary.find((s) => s.segment === segment)!;
    expect(of("newCustomers")).toEqual({ segment: "newCustomers", buyers: 1, buyerShare: 0.2, gmv: 100, gmvShare: 0.1 });
    expect(of("lost")).toEqual({ segment: "lost", buyers: 1, buyerShare: 0.2, gmv: 600, gmvShare: 0.6 });
    expect(of("champions")).toEqual({ segment: "champions", buyers: 0, buyerShare: 0, gmv: 0, gmvShare: 0 });
  });

  it("gives zeros for no buyers", () => {
    const summary = summarizeRfm([]);
    expect(summary).toHaveLength(RFM_SEGMENTS.length);
    expect(summary.every((s) => s.buyers === 0 && s.buyerShare === 0 && s.gmv === 0 && s.gmvShare === 0)).toBe(true);
  });
});

describe("rfm properties", () => {
  type Row = { buyer: number; date: number; amount: number; counted: number };
  const row = fc.record({
    buyer: fc.integer({ min: -1, max: 25 }),
    date: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 45600, max: 45900 }) }, { weight: 1, arbitrary: fc.constant(NaN) }),
    amount: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 2000 }) }, { weight: 1, arbitrary: fc.constant(NaN) }),
    counted: fc.constantFrom(0, 1, 1, 1),
  });
  const rows = fc.array(row, { maxLength: 80 });
  const run = (rs: readonly Row[]) =>
    rfm(Int32Array.from(rs, (r) => r.buyer), Float64Array.from(rs, (r) => r.date), Float64Array.from(rs, (r) => r.amount), {
      counted: Uint8Array.from(rs, (r) => r.counted),
    });

  it("scores 1–5, gives equal values equal scores, and names the segment from R and F", () => {
    fc.assert(
      fc.property(rows, (rs) => {
        const result = run(rs);
        if (isMetricError(result)) {
          expect(rs.some((r) => r.buyer >= 0 && r.date === r.date && r.amount === r.amount && r.counted === 1)).toBe(false);
          return;
        }
        for (const b of result) {
          for (const score of [b.r, b.f, b.m]) expect(score >= 1 && score <= 5 && Number.isInteger(score)).toBe(true);
          expect(b.segment).toBe(rfmSegment(b.r, b.f));
        }
        for (const a of result) {
          for (const b of result) {
            if (a.recencyDays === b.recencyDays) expect(a.r).toBe(b.r);
            if (a.frequency === b.frequency) expect(a.f).toBe(b.f);
            if (a.monetary === b.monetary) expect(a.m).toBe(b.m);
            if (a.recencyDays < b.recencyDays) expect(a.r).toBeGreaterThanOrEqual(b.r);
            if (a.monetary > b.monetary) expect(a.m).toBeGreaterThanOrEqual(b.m);
          }
        }
        const summary = summarizeRfm(result);
        expect(summary.reduce((s, x) => s + x.buyerShare, 0)).toBeCloseTo(1, 12);
        expect(summary.reduce((s, x) => s + x.gmvShare, 0)).toBeCloseTo(1, 12);
      }),
      { numRuns: 150 },
    );
  });

  it("does not change, nor does its summary, when the rows are permuted", () => {
    const permuted = rows.chain((r) => fc.tuple(fc.constant(r), fc.shuffledSubarray(r, { minLength: r.length, maxLength: r.length })));
    fc.assert(
      fc.property(permuted, ([r, p]) => {
        const a = run(r);
        const b = run(p);
        expect(b).toEqual(a);
        if (!isMetricError(a)) expect(summarizeRfm(b as RfmBuyer[])).toEqual(summarizeRfm(a));
      }),
      { numRuns: 150 },
    );
  });
});

describe("rfmScores", () => {
  it("gives each buyer the day of their last counted order, from which the recency counts", () => {
    // Buyer 0: orders on 45900.7 and 45880.2 (and an uncounted one later); buyer 1 on 45895.1.
    const scores = rfmScores(Int32Array.of(0, 0, 1, 0), Float64Array.of(45900.7, 45880.2, 45895.1, 45903), Float64Array.of(10, 10, 10, 10), {
      counted: Uint8Array.of(1, 1, 1, 0), asOf: 45902.5,
    });
    if (isMetricError(scores)) throw new Error("no buyers");
    expect(Array.from(scores.lastOrder)).toEqual([45900, 45895]);
    expect(Array.from(scores.recencyDays)).toEqual([2, 7]);
  });

  it("holds the same scores as rfm's objects, and summarizes to the same segments", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 45000, max: 45400 }), fc.integer({ min: 1, max: 900 })), { minLength: 1, maxLength: 120 }),
        (orders) => {
          const buyers = Int32Array.from(orders, ([b]) => b);
          const dates = Float64Array.from(orders, ([, d]) => d);
          const amounts = Float64Array.from(orders, ([, , a]) => a);
          const objects = rfm(buyers, dates, amounts);
          const scores = rfmScores(buyers, dates, amounts);
          const withoutM = rfmScores(buyers, dates, amounts, { monetaryScore: false });
          if (isMetricError(objects) || isMetricError(scores) || isMetricError(withoutM)) throw new Error("no buyers");
          expect(Array.from(scores.buyer)).toEqual(objects.map((row) => row.buyer));
          expect(Array.from(scores.r)).toEqual(objects.map((row) => row.r));
          expect(Array.from(scores.f)).toEqual(objects.map((row) => row.f));
          expect(Array.from(scores.m!)).toEqual(objects.map((row) => row.m));
          expect(withoutM.m).toBeNull();
          expect(summarizeRfm(withoutM)).toEqual(summarizeRfm(objects));
        },
      ),
      { numRuns: 100 },
    );
  });
});
