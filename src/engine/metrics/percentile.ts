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
