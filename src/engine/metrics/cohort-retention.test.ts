import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cohortRetention, MAX_RETENTION_MONTHS, type Cohort } from "./cohort-retention";
import { monthIndexFromSerial, serialFromCivil } from "../calendar";
import { isMetricError } from "../metric-error";

const JUNE = 2025 * 12 + 5;
const day = (month: number, d = 1) => serialFromCivil(2025, month, d);

describe("cohortRetention", () => {
  it("follows the JSDoc example: buyer 0 in June and August, buyer 1 in June only", () => {
    expect(cohortRetention(Int32Array.of(0, 0, 1), Float64Array.of(45809, 45870, 45810))).toEqual([
      { month: JUNE, size: 2, retention: [1, 0, 0.5], active: [2, 0, 1] },
    ]);
  });

  it("groups buyers by the month of their first counted order", () => {
    // June cohort: buyers 0, 1; July cohort: buyers 2, 3, 4 (buyer 4's June order was cancelled).
    const buyers = Int32Array.of(0, 1, 4, 0, 2, 3, 4, 1, 2, 0);
    const dates = Float64Array.of(day(6, 3), day(6, 20), day(6, 25), day(7, 2), day(7, 5), day(7, 9), day(7, 30), day(8, 1), day(8, 15), day(8, 31));
    const counted = Uint8Array.of(1, 1, 0, 1, 1, 1, 1, 1, 1, 1);
    const cohorts = cohortRetention(buyers, dates, { counted }) as Cohort[];
    expect(cohorts).toEqual([
      { month: JUNE, size: 2, retention: [1, 0.5, 1], active: [2, 1, 2] },
      { month: JUNE + 1, size: 3, retention: [1, 1 / 3], active: [3, 1] },
    ]);
  });

  it("leaves months not yet observed absent, never 0, and skips months with no new buyers", () => {
    const cohorts = cohortRetention(Int32Array.of(0, 1, 0), Float64Array.of(day(6), day(8), day(9))) as Cohort[];
    expect(cohorts.map((c) => [c.month, c.retention])).toEqual([
      [JUNE, [1, 0, 0, 1]],
      [JUNE + 2, [1, 0]],
    ]);
  });

  it("counts a buyer once per month however many orders", () => {
    const cohorts = cohortRetention(Int32Array.of(0, 0, 0, 0), Float64Array.of(day(6, 1), day(6, 2), day(7, 1), day(7, 2))) as Cohort[];
    expect(cohorts).toEqual([{ month: JUNE, size: 1, retention: [1, 1], active: [1, 1] }]);
  });

  it("skips rows without a buyer, a date or an amount", () => {
    const cohorts = cohortRetention(Int32Array.of(0, -1, 1, 2), Float64Array.of(day(6), day(5), NaN, day(6)), {
      amounts: Float64Array.of(10, 10, 10, NaN),
    }) as Cohort[];
    expect(cohorts).toEqual([{ month: JUNE, size: 1, retention: [1], active: [1] }]);
  });

  it("reports as many months after the cohort as asked, up to 31", () => {
    const buyers = Int32Array.of(0, 0, 0);
    const dates = Float64Array.of(day(1), day(3), day(12));
    expect((cohortRetention(buyers, dates, { months: 2 }) as Cohort[])[0].retention).toEqual([1, 0, 1]);
    expect((cohortRetention(buyers, dates, { months: 0 }) as Cohort[])[0].retention).toEqual([1]);
    expect((cohortRetention(buyers, dates) as Cohort[])[0].retention).toHaveLength(12); // observed: 11 months after January

    expect(MAX_RETENTION_MONTHS).toBe(31);
    const late = Float64Array.of(serialFromCivil(2023, 1, 5), serialFromCivil(2025, 8, 5)); // 31 months apart
    const cohort = (cohortRetention(Int32Array.of(0, 0), late, { months: 99 }) as Cohort[])[0];
    expect(cohort.retention).toHaveLength(32);
    expect(cohort.retention[31]).toBe(1);
    expect(cohort.retention.slice(1, 31).every((r) => r === 0)).toBe(true);
  });

  it("takes month indexes already computed", () => {
    const orderMonths = Int32Array.of(JUNE, JUNE + 1, JUNE);
    expect(cohortRetention(Int32Array.of(0, 0, 1), new Float64Array(3), { orderMonths })).toEqual([
      { month: JUNE, size: 2, retention: [1, 0.5], active: [2, 1] },
    ]);
  });

  it("is #N/A without a dated counted order", () => {
    const noDates = { kind: "metric-error", code: "NA", key: "argument.noDates", params: {} };
    expect(cohortRetention(new Int32Array(0), new Float64Array(0))).toEqual(noDates);
    expect(cohortRetention(Int32Array.of(0, 1), Float64Array.of(NaN, NaN))).toEqual(noDates);
    expect(cohortRetention(Int32Array.of(-1), Float64Array.of(day(6)))).toEqual(noDates);
    expect(cohortRetention(Int32Array.of(0), Float64Array.of(day(6)), { counted: Uint8Array.of(0) })).toEqual(noDates);
  });
});

describe("cohortRetention properties", () => {
  type Row = { buyer: number; date: number; counted: number };
  const row = fc.record({
    buyer: fc.integer({ min: -1, max: 15 }),
    date: fc.oneof({ weight: 9, arbitrary: fc.integer({ min: day(1), max: day(1) + 400 }) }, { weight: 1, arbitrary: fc.constant(NaN) }),
    counted: fc.constantFrom(0, 1, 1, 1),
  });
  const run = (rows: readonly Row[], months?: number) =>
    cohortRetention(Int32Array.from(rows, (r) => r.buyer), Float64Array.from(rows, (r) => r.date), { counted: Uint8Array.from(rows, (r) => r.counted), months });

  it("matches cohorts counted buyer by buyer, with retention[0] exactly 1", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), fc.integer({ min: 0, max: 14 }), (rows, months) => {
        const monthsOf = new Map<number, Set<number>>();
        for (const r of rows) {
          if (r.buyer < 0 || r.date !== r.date || r.counted !== 1) continue;
          if (!monthsOf.has(r.buyer)) monthsOf.set(r.buyer, new Set());
          monthsOf.get(r.buyer)!.add(monthIndexFromSerial(r.date));
        }
        const result = run(rows, months);
        if (monthsOf.size === 0) {
          expect(isMetricError(result)).toBe(true);
          return;
        }
        const cohorts = result as Cohort[];
        const last = Math.max(...[...monthsOf.values()].flatMap((s) => [...s]));
        const expected = new Map<number, Set<number>[]>(); // cohort month → buyers' month sets
        for (const set of monthsOf.values()) {
          const first = Math.min(...set);
          if (!expected.has(first)) expected.set(first, []);
          expected.get(first)!.push(set);
        }
        expect(cohorts.map((c) => c.month)).toEqual([...expected.keys()].sort((a, b) => a - b));
        for (const cohort of cohorts) {
          const members = expected.get(cohort.month)!;
          expect(cohort.size).toBe(members.length);
          expect(cohort.retention[0]).toBe(1);
          expect(cohort.retention).toHaveLength(Math.min(months, last - cohort.month) + 1);
          cohort.retention.forEach((share, k) => {
            const active = members.filter((set) => set.has(cohort.month + k)).length;
            expect(cohort.active[k]).toBe(active);
            expect(share).toBe(active / members.length);
          });
        }
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
