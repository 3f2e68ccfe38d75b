import { monthIndexColumn } from "../calendar";
import { metricError, type MetricError } from "../metric-error";

/** At most this many months after the cohort month are tracked (one bit per month per buyer). */
export const MAX_RETENTION_MONTHS = 31;

/** How many months after the cohort month are reported when the caller does not say. */
export const DEFAULT_RETENTION_MONTHS = 12;

export interface Cohort {
  /** `year × 12 + (month − 1)` of the cohort's first orders (see `monthLabel`). */
  readonly month: number;
  /** Buyers whose first counted order fell in this month. */
  readonly size: number;
  /**
   * `retention[k]`: the share of the cohort with a counted order in month `month + k`.
   * `retention[0]` is 1 by definition. The array stops at the last month the data covers,
   * so a young cohort has fewer entries: a month not yet observed is absent, never 0.
   */
  readonly retention: readonly number[];
  /** `active[k]`: the buyer counts behind `retention[k]`. */
  readonly active: readonly number[];
}

export interface CohortRetentionOptions {
  readonly amounts?: Float64Array;
  readonly counted?: Uint8Array;
  readonly buyerCount?: number;
  /** How many months after the cohort month to report (default 12, at most 31). */
  readonly months?: number;
  /** Month indexes of `dates`, when already computed. */
  readonly orderMonths?: Int32Array;
}

/**
 * Monthly cohort retention (`EC.RETENTION`, and the review's cohort table).
 *
 * Buyers are grouped by the month of their first counted order (their cohort). For k = 0, 1, 2 …
 * retention[k] = (cohort buyers with a counted order in month cohort + k) ÷ cohort size.
 * k = 0 is 100%: every buyer ordered in their first month.
 * Units: fractions. Edge cases: no dated counted order → #N/A (`argument.noDates`).
 * Complexity: two passes over the rows, O(n + buyers), one 32-bit mask per buyer.
 *
 * @example
 * // buyer 0 orders in June and August, buyer 1 in June only
 * cohortRetention(Int32Array.of(0, 0, 1), Float64Array.of(45809, 45870, 45810))
 * // [{ month: 2025*12+5, size: 2, retention: [1, 0, 0.5] , active: [2, 0, 1] }]
 */
export function cohortRetention(buyers: Int32Array, dates: Float64Array, options: CohortRetentionOptions = {}): Cohort[] | MetricError {
  const { amounts, counted } = options;
  const horizon = Math.min(Math.max(0, Math.floor(options.months ?? DEFAULT_RETENTION_MONTHS)), MAX_RETENTION_MONTHS);
  const orderMonths = options.orderMonths ?? monthIndexColumn(dates);
  let buyerCount = options.buyerCount ?? 0;
  if (options.buyerCount === undefined) for (let i = 0; i < buyers.length; i++) if (buyers[i] >= buyerCount) buyerCount = buyers[i] + 1;

  const firstMonth = new Int32Array(buyerCount).fill(0x7fffffff);
  let lastMonth = -1;
  let minMonth = 0x7fffffff;
  for (let i = 0; i < buyers.length; i++) {
    const buyer = buyers[i];
    const month = orderMonths[i];
    if (buyer < 0 || month < 0) continue;
    if (amounts !== undefined && amounts[i] !== amounts[i]) continue;
    if (counted !== undefined && counted[i] !== 1) continue;
    if (month < firstMonth[buyer]) firstMonth[buyer] = month;
    if (month > lastMonth) lastMonth = month;
    if (month < minMonth) minMonth = month;
  }
  if (lastMonth < 0) return metricError("NA", "argument.noDates");

  const activeMonths = new Uint32Array(buyerCount);
  for (let i = 0; i < buyers.length; i++) {
    const buyer = buyers[i];
    const month = orderMonths[i];
    if (buyer < 0 || month < 0) continue;
    if (amounts !== undefined && amounts[i] !== amounts[i]) continue;
    if (counted !== undefined && counted[i] !== 1) continue;
    const k = month - firstMonth[buyer];
    if (k <= horizon) activeMonths[buyer] |= 1 << k;
  }

  const cohortCount = lastMonth - minMonth + 1;
  const sizes = new Float64Array(cohortCount);
  const active = new Float64Array(cohortCount * (horizon + 1));
  for (let buyer = 0; buyer < buyerCount; buyer++) {
    const first = firstMonth[buyer];
    if (first === 0x7fffffff) continue;
    const cohort = first - minMonth;
    sizes[cohort]++;
    let mask = activeMonths[buyer];
    for (let k = 0; mask !== 0; k++, mask >>>= 1) if (mask & 1) active[cohort * (horizon + 1) + k]++;
  }

  const cohorts: Cohort[] = [];
  for (let c = 0; c < cohortCount; c++) {
    if (sizes[c] === 0) continue;
    const observed = Math.min(horizon, lastMonth - (minMonth + c));
    const retention: number[] = [];
    const counts: number[] = [];
    for (let k = 0; k <= observed; k++) {
      const count = active[c * (horizon + 1) + k];
      counts.push(count);
      retention.push(count / sizes[c]);
    }
    cohorts.push({ month: minMonth + c, size: sizes[c], retention, active: counts });
  }
  return cohorts;
}
