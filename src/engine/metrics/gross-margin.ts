import { metricError, type MetricError } from "../metric-error";

/**
 * Gross margin: (revenue − cost) ÷ revenue.
 *
 * Over many rows the sums are used: (Σ revenue − Σ cost) ÷ Σ revenue, a revenue-weighted margin,
 * not the mean of per-row margins. Rows where revenue or cost is blank (NaN) are skipped: a
 * missing cost is unknown, and counting it as 0 would overstate the margin.
 * Units: a fraction (0.1 is 10%); a change of margin is reported in percentage points.
 * Edge cases: Σ revenue = 0 → #DIV/0!; a negative result is a loss, not an error.
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
  if (revenueTotal === 0) return metricError("DIV0", "argument.zero", { what: "what.revenueTotal" });
  return (revenueTotal - costTotal) / revenueTotal;
}

/**
 * Margin change in percentage points: (current − previous) × 100.
 *
 * @example marginChangePoints(0.182, 0.25) // -6.8
 */
export function marginChangePoints(current: number, previous: number): number {
  return Math.round((current - previous) * 100 * 1e9) / 1e9;
}
