import { metricError, type MetricError } from "../metric-error";

/**
 * The p-th percentile of a list of numbers as Excel's `PERCENTILE.INC` computes it (and DuckDB's
 * `quantile_cont`, R's type 7): the values sorted, the rank h = (n − 1) × p counted from 0, and
 * the value at h, interpolated linearly between the two values around it.
 *
 * - Formula: x₍⌊h⌋₎ + (h − ⌊h⌋) × (x₍⌊h⌋+1₎ − x₍⌊h⌋₎), h = (n − 1) × p, x sorted ascending.
 * - The median is p = 0.5 (Excel's `MEDIAN`); p = 0 is the smallest value, p = 1 the largest.
 * - NaN values (blanks) are left out before ranking. O(n log n).
 * - Edge cases: no value → #NUM! (`argument.noValues`, as Excel's `PERCENTILE.INC` of an empty
 *   range); p outside [0, 1] → #NUM!.
 *
 * @example percentileInc(Float64Array.of(1, 2, 3, 4), 0.9) // 3.7 (h = 2.7: 3 + 0.7 × (4 − 3))
 */
export function percentileInc(values: Float64Array, p: number): number | MetricError {
  if (!(p >= 0 && p <= 1)) return metricError("NUM", "argument.outOfRange", { what: "what.percentile", min: 0, max: 1, found: p });
  const sorted = sortedValues(values);
  if (sorted.length === 0) return metricError("NUM", "argument.noValues");
  return percentileOfSorted(sorted, p);
}

/** `percentileInc` of values already sorted ascending, without NaN, at least one: for several percentiles of one sort. */
export function percentileOfSorted(sorted: Float64Array, p: number): number {
  const h = (sorted.length - 1) * p;
  const low = Math.floor(h);
  const high = Math.min(low + 1, sorted.length - 1);
  return sorted[low] + (h - low) * (sorted[high] - sorted[low]);
}

/** The values that are numbers, sorted ascending (a new array). */
export function sortedValues(values: Float64Array): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) n++;
  const sorted = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === values[i]) sorted[j++] = values[i];
  return sorted.sort();
}

/**
 * Several `percentileInc` values of one list of numbers (no NaN, at least one), found by selection,
 * not by sorting: O(n) per percentile instead of O(n log n). Reorders `values` in place (the caller
 * passes a scratch array). `ps` in any order; the results follow it.
 *
 * @example percentilesBySelection(Float64Array.of(4, 1, 3, 2), [0.5, 0.9]) // [2.5, 3.7]
 */
export function percentilesBySelection(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  const order = ps.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const results = new Array<number>(ps.length);
  // Each selection leaves everything left of its rank no larger: the next, higher rank is sought to its right.
  let lo = 0;
  for (const { p, i } of order) {
    const h = (n - 1) * p;
    const low = Math.floor(h);
    selectRank(values, lo, n - 1, low);
    lo = low;
    let value = values[low];
    if (h > low) {
      let next = Infinity;
      for (let j = low + 1; j < n; j++) if (values[j] < next) next = values[j];
      value += (h - low) * (next - value);
    }
    results[i] = value;
  }
  return results;
}

/**
 * Reorders `a[lo..hi]` so that `a[k]` holds the value of rank k, the values before it no larger and
 * those after it no smaller (Hoare's selection with a median-of-three pivot).
 */
function selectRank(a: Float64Array, lo: number, hi: number, k: number): void {
  while (hi > lo) {
    const mid = (lo + hi) >>> 1;
    // Median of three to a[mid], then partition around it.
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    // Now a[lo..j] ≤ pivot ≤ a[i..hi], and a[j+1..i−1] equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}
