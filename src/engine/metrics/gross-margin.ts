import { metricError, type MetricError } from "../metric-error";

/**
 * Gross margin (`EC.MARGIN`): (revenue − cost) ÷ revenue.
 *
 * Over many rows the sums are used: (Σ revenue − Σ cost) ÷ Σ revenue, a revenue-weighted margin,
 * not the mean of per-row margins. Rows where revenue or cost is blank (NaN) are skipped: a
 * missing cost is unknown, and counting it as 0 would overstate the margin.
 * Units: a fraction (0.1 is 10%); a change of margin is reported in percentage points.
 * Edge cases: Σ revenue = 0 → #DIV/0!; Σ revenue below 0 (more refunded than sold) → #NUM!, a
 * margin whose sign would mislead; a negative result is a loss, not an error.
 *
 * @example grossMargin(Float64Array.of(100), Float64Array.of(90)) // 0.1
 */
export function grossMargin(revenue: Float64Array, cost: Float64Array): number | MetricError {
  let revenueTotal = 0;
  let costTotal = 0;
  for (let i = 0; i < revenue.length; i++) {
    const r = revenue[i];
    const c = cost[i];
    if (r !== r || c !== c) continue;
    revenueTotal += r;
    costTotal += c;
  }
  return grossMarginOfTotals(revenueTotal, costTotal);
}

/** Gross margin from Σ revenue and Σ cost (for callers that summed in one pass); `EC.MARGIN` and the review end here. */
export function grossMarginOfTotals(revenue: number, cost: number): number | MetricError {
  if (revenue === 0) return metricError("DIV0", "argument.zero", { what: "what.revenueTotal" });
  if (revenue < 0) return metricError("NUM", "argument.negative", { what: "what.revenueTotal", found: revenue });
  return (revenue - cost) / revenue;
}

/**
 * Margin change in percentage points: (current − previous) × 100, rid of float noise.
 *
 * @example marginChangePoints(0.182, 0.25) // -6.8
 */
export function marginChangePoints(current: number, previous: number): number {
  return Math.round((current - previous) * 100 * 1e9) / 1e9;
}
