import { metricError, type MetricError } from "../metric-error";

/**
 * Cost per new buyer (CAC, `EC.CAC`): spend ÷ buyers whose first order came through the channel in the period.
 *
 * Units: currency per new buyer. Edge cases: no new buyer → #DIV/0!; negative inputs → #NUM!.
 * The review's figure: 38 per new buyer against an industry 25.
 *
 * @example costPerNewBuyer(3800, 100) // 38
 */
export function costPerNewBuyer(spend: number, newBuyers: number): number | MetricError {
  if (spend < 0) return metricError("NUM", "argument.negative", { what: "what.spendTotal", found: spend });
  if (newBuyers < 0) return metricError("NUM", "argument.negative", { what: "what.newBuyerCount", found: newBuyers });
  if (newBuyers === 0) return metricError("DIV0", "argument.zero", { what: "what.newBuyerCount" });
  return spend / newBuyers;
}
