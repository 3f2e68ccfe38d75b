import { metricError, type MetricError } from "../metric-error";

/** How ROI is reported: `gmv` is 投产比 as Chinese ad platforms report it; `profit` nets out cost. */
export type RoiMode = "gmv" | "profit";

/**
 * ROI of ad spend (`EC.ROI`).
 *
 * - `gmv` mode (投产比, the default): attributed GMV ÷ spend. 1.2 means ¥1.2 of GMV per ¥1 spent.
 * - `profit` mode: (GMV × gross margin − spend) ÷ spend; 0 is break-even, −0.5 loses half the spend.
 *
 * Units: a ratio (not a percentage). Edge cases: spend = 0 → #DIV/0!; negative spend → #NUM!;
 * profit mode without a margin in [−1, 1] → #NUM!.
 *
 * @example roi(120, 100) // 1.2
 * @example roi(1000, 100, { mode: "profit", margin: 0.3 }) // 2
 */
export function roi(attributedGmv: number, spend: number, options: { mode?: RoiMode; margin?: number } = {}): number | MetricError {
  if (spend < 0) return metricError("NUM", "argument.negative", { what: "what.spendTotal", found: spend });
  if (spend === 0) return metricError("DIV0", "argument.zero", { what: "what.spendTotal" });
  if ((options.mode ?? "gmv") === "gmv") return attributedGmv / spend;
  const margin = options.margin;
  if (margin === undefined || !(margin >= -1 && margin <= 1)) return metricError("NUM", "argument.marginRequired");
  return (attributedGmv * margin - spend) / spend;
}
